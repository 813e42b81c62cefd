import { describe, expect, it } from 'vitest';
import { estimateWaitSec, reachOf, serviceFigures } from '../../server/services/availability.ts';
import { Hours } from '../../protocol/sites.ts';
import { contactProblem, guessContactKind } from '../../protocol/contact.ts';

const times = (pairs: Array<[number, number | null]>) => pairs.map(([w, h], i) => ({ claimedAt: i, waitedMs: w * 1000, handledMs: h === null ? null : h * 1000 }));

describe('measured service figures', () => {
  it('are medians in seconds, and only once three chats were measured', () => {
    expect(serviceFigures(times([[30, 600], [90, 300]]))).toEqual({ waitSec: null, handleSec: null });
    expect(serviceFigures(times([[30, 600], [90, 300], [60, null]]))).toEqual({ waitSec: 60, handleSec: null });
    expect(serviceFigures(times([[30, 600], [90, 300], [60, 420], [10, 900]]))).toEqual({ waitSec: 45, handleSec: 510 });
  });

  it('the estimate: the typical wait, plus a share of a typical chat for each one ahead, spread over the slots online', () => {
    const f = { waitSec: 60, handleSec: 600 };
    expect(estimateWaitSec(1, 3, f)).toBe(60);
    expect(estimateWaitSec(4, 3, f)).toBe(60 + 3 * 200);
    expect(estimateWaitSec(4, 6, f)).toBe(60 + 3 * 100); // twice the slots, half the wait per one ahead
    expect(estimateWaitSec(2, 3, { waitSec: null, handleSec: 600 })).toBe(400);
    expect(estimateWaitSec(2, 3, { waitSec: 60, handleSec: null })).toBe(120);
    expect(estimateWaitSec(2, 3, { waitSec: null, handleSec: null })).toBeUndefined();
  });
});

describe('reach: one truth at a time', () => {
  const weekdays = Hours.parse({ timezone: 'Asia/Shanghai', weekly: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']] } });
  const f = { waitSec: 150, handleSec: 600 };
  const tuesdayNoon = Date.parse('2026-12-01T04:00:00Z');
  const tuesdayNight = Date.parse('2026-12-01T14:00:00Z');

  it('within hours with someone online: online with the typical reply time, until the closing time (18:00 Shanghai)', () => {
    expect(reachOf({ channels: { phones: [], social: [] }, hours: weekdays }, 2, f, tuesdayNoon)).toEqual({ kind: 'online', replySec: 150, until: Date.parse('2026-12-01T10:00:00Z') });
  });
  it('at the opening minute it is online; the minute before, away until then; at the closing minute, away again', () => {
    const settings = { channels: { phones: [], social: [] }, hours: weekdays };
    const nine = Date.parse('2026-12-01T01:00:00Z');
    expect(reachOf(settings, 1, f, nine - 1)).toEqual({ kind: 'away', reason: 'closed', backAt: nine });
    expect(reachOf(settings, 1, f, nine)).toMatchObject({ kind: 'online', until: Date.parse('2026-12-01T10:00:00Z') });
    expect(reachOf(settings, 1, f, Date.parse('2026-12-01T10:00:00Z') - 1)).toMatchObject({ kind: 'online' });
    expect(reachOf(settings, 1, f, Date.parse('2026-12-01T10:00:00Z'))).toEqual({ kind: 'away', reason: 'closed', backAt: Date.parse('2026-12-07T01:00:00Z') });
  });
  it('outside hours, even with an agent online: away until the next opening (Monday 09:00 Shanghai)', () => {
    expect(reachOf({ channels: { phones: [], social: [] }, hours: weekdays }, 2, f, tuesdayNight)).toEqual({
      kind: 'away',
      reason: 'closed',
      backAt: Date.parse('2026-12-07T01:00:00Z'),
    });
  });
  it('within hours with nobody online (until the closing time), or no hours and nobody online: away with no known return', () => {
    expect(reachOf({ channels: { phones: [], social: [] }, hours: weekdays }, 0, f, tuesdayNoon)).toEqual({ kind: 'away', reason: 'nobody', backAt: null, until: Date.parse('2026-12-01T10:00:00Z') });
    expect(reachOf(null, 0, f, tuesdayNight)).toEqual({ kind: 'away', reason: 'nobody', backAt: null });
  });
  it('no hours configured: open whenever an agent is online', () => {
    expect(reachOf(null, 1, { waitSec: null, handleSec: null }, tuesdayNight)).toEqual({ kind: 'online', replySec: null });
  });
});

describe('contacts a visitor can leave', () => {
  it.each([
    ['email', 'li.wei@example.com.cn', null],
    ['email', 'li.wei@localhost', 'email'],
    ['email', 'no at sign', 'email'],
    ['phone', '+852 2345-6789', null],
    ['phone', '(021) 555 0199', null],
    ['phone', '1234', 'phone'],
    ['phone', '+86 138 0013 8000 ext', 'phone'],
    ['wechat', 'wallet_fan88', null],
    ['wechat', '88wallet', 'wechat'],
    ['wechat', 'abc', 'wechat'],
    ['line', '@wallet.hk', null],
    ['line', 'ab', 'line'],
    ['other', 'Telegram @walletfan', null],
    ['other', 'ab', 'other'],
    ['email', '   ', 'empty'],
  ] as const)('%s "%s" → %s', (kind, value, problem) => {
    expect(contactProblem(kind, value)).toBe(problem);
  });

  it('without a kind: @ means e-mail, a number a phone, anything else other', () => {
    expect(guessContactKind('me@example.com')).toBe('email');
    expect(guessContactKind('+1 415 555 0100')).toBe('phone');
    expect(guessContactKind('wxid_abc123')).toBe('other');
    expect(guessContactKind('@line_id')).toBe('other');
  });

  it('checks a long hostile input in linear time (no nested quantifiers)', () => {
    const evil = `${'a'.repeat(50_000)}@${'b.'.repeat(20_000)}`;
    expect(contactProblem('email', evil)).toBe('email');
    expect(contactProblem('phone', '1 '.repeat(50_000))).toBe('phone');
  });
});
