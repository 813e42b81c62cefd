import { describe, expect, it } from 'vitest';
import { parseDsn } from '../../server/services/dsn.ts';
import { emailIdsIn, returnPath } from '../../server/services/mail-bounces.ts';
import { postfixReport } from '../helpers/dsn-report.ts';

const BOUNCE = { address: 'bounces@mail.wallet.example', token: 'a-bounce-token-of-at-least-32-characters' };
const ID = '0193d6a4-7f00-7000-8000-0123456789ab';

describe('delivery status notifications (RFC 3464)', () => {
  it("reads Postfix's report: the failed recipient, its status and the remote server's answer (folded lines joined)", () => {
    expect(parseDsn(postfixReport({ to: 'x@y.example', recipient: 'gone.away@example.com' }))).toEqual([
      {
        action: 'failed',
        status: '5.1.1',
        diagnostic: '550 5.1.1 <gone.away@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
        recipient: 'gone.away@example.com',
      },
    ]);
  });

  it('reads CRLF line ends, a delay notice (not a failure), and a report forwarded inside another message', () => {
    expect(parseDsn(postfixReport({ to: 'x@y.example', recipient: 'a@example.com', eol: '\r\n' }))![0]).toMatchObject({ action: 'failed', recipient: 'a@example.com' });
    expect(parseDsn(postfixReport({ to: 'x@y.example', recipient: 'a@example.com', action: 'delayed', status: '4.4.1', diagnostic: 'connect timed out' }))).toEqual([
      { action: 'delayed', status: '4.4.1', diagnostic: 'connect timed out', recipient: 'a@example.com' },
    ]);
    const inner = postfixReport({ to: 'x@y.example', recipient: 'b@example.com' });
    const forwarded = ['Content-Type: multipart/mixed; boundary=outer', '', '--outer', 'Content-Type: text/plain', '', 'see below', '--outer', inner, '--outer--', ''].join('\n');
    expect(parseDsn(forwarded)![0]).toMatchObject({ action: 'failed', recipient: 'b@example.com' });
  });

  it('reads a base64 status part; says null for an auto-reply or a plain message, and survives garbage', () => {
    const status = Buffer.from('Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; c@example.com\nAction: failed\nStatus: 5.2.2\n').toString('base64');
    const report = ['Content-Type: multipart/report; report-type=delivery-status; boundary="b1"', '', '--b1', 'Content-Type: message/delivery-status', 'Content-Transfer-Encoding: base64', '', status, '--b1--'].join('\n');
    expect(parseDsn(report)).toEqual([{ action: 'failed', status: '5.2.2', diagnostic: null, recipient: 'c@example.com' }]);
    expect(parseDsn('Subject: Out of office\nAuto-Submitted: auto-replied\n\nI am away until Monday.')).toBeNull();
    expect(parseDsn('')).toBeNull();
    expect(parseDsn('Content-Type: multipart/report; boundary=x\n\n--x\n'.repeat(2000))).toBeNull();
  });
});

describe('return paths (VERP)', () => {
  it('name the e-mail with a tag only the token makes; a forged or altered tag names nothing', () => {
    const path = returnPath(BOUNCE, ID);
    expect(path).toMatch(/^bounces\+0193d6a4-7f00-7000-8000-0123456789ab\.[0-9a-f]{16}@mail\.wallet\.example$/);
    expect(path.split('@')[0]!.length).toBeLessThanOrEqual(64); // RFC 5321's limit on a local part
    expect(emailIdsIn(BOUNCE, `To: <${path}>`)).toEqual([ID]);
    expect(emailIdsIn(BOUNCE, `To: <${path.toUpperCase()}>`)).toEqual([ID]); // a mail server may change the case
    const forged = path.replace(/\.([0-9a-f])/, (_, c: string) => `.${c === '0' ? '1' : '0'}`);
    expect(emailIdsIn(BOUNCE, `To: <${forged}>`)).toEqual([]);
    expect(emailIdsIn({ ...BOUNCE, token: 'another-token-of-at-least-32-characters!' }, `To: <${path}>`)).toEqual([]);
    expect(emailIdsIn(BOUNCE, `To: <${path.replace('mail.wallet', 'evil')}>`)).toEqual([]);
  });
});
