import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EmailStore } from '../storage/email-types.ts';
import { parseDsn, parseMessage } from './dsn.ts';

/** Where bounces go, and the token the bounce route asks for (it also keys the return paths' tags). */
export interface BounceConfig {
  /** e.g. `bounces@mail.wallet.example`: each e-mail's return path is `bounces+<e-mail id>.<tag>@mail.wallet.example`. */
  address: string;
  token: string;
}

/** 64 bits of HMAC: a return path cannot be made up for another e-mail without the token. */
const tagOf = (config: BounceConfig, emailId: string) => createHmac('sha256', config.token).update(`kefu-return-path\n${emailId}`).digest('hex').slice(0, 16);
const split = (address: string) => {
  const at = address.lastIndexOf('@');
  return { local: address.slice(0, at), domain: address.slice(at + 1) };
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The return path (envelope MAIL FROM) of one e-mail (VERP): a report sent back to it names the e-mail. */
export function returnPath(config: BounceConfig, emailId: string): string {
  const { local, domain } = split(config.address);
  return `${local}+${emailId}.${tagOf(config, emailId)}@${domain}`;
}

/** The e-mail ids named by return paths (with a valid tag) anywhere in `text`. */
export function emailIdsIn(config: BounceConfig, text: string): string[] {
  const { local, domain } = split(config.address);
  const pattern = new RegExp(`${escape(local)}\\+([0-9a-f-]{36})\\.([0-9a-f]{16})@${escape(domain)}`, 'gi');
  const ids = new Set<string>();
  for (const [, id, tag] of text.slice(0, 64 * 1024).matchAll(pattern)) {
    const expected = Buffer.from(tagOf(config, id!.toLowerCase()));
    const given = Buffer.from(tag!.toLowerCase());
    if (given.length === expected.length && timingSafeEqual(given, expected)) ids.add(id!.toLowerCase());
  }
  return [...ids];
}

/** The headers that carry the address a report was sent to (set by the receiving mail server, or the report's To). */
const ADDRESSED_TO = ['x-original-to', 'delivered-to', 'envelope-to', 'to'];

/**
 * A report (RFC 3464) that came back to an e-mail's return path: when it says the message failed, the e-mail
 * becomes failed ("Not delivered") with what the remote server said, and `changed` is told its conversation (the
 * consoles showing it read its e-mails again). Returns how many e-mails it marked; anything else that reaches the
 * return path (a delay notice, an auto-reply, a forged address) marks none.
 */
export async function receiveBounce(
  deps: { config: BounceConfig; storage: Pick<EmailStore, 'recordEmailBounce'>; changed: (conversationId: string) => Promise<void> },
  raw: string,
): Promise<number> {
  const { headers } = parseMessage(raw);
  const ids = emailIdsIn(deps.config, ADDRESSED_TO.flatMap((name) => headers.get(name) ?? []).join('\n'));
  if (ids.length === 0) return 0;
  const failed = (parseDsn(raw) ?? []).find((r) => r.action === 'failed');
  if (!failed) return 0;
  // The remote server's words (agents see it as "returned by the recipient's server: …"); sentAt stays, so a
  // failed e-mail with a sentAt is one that bounced after it was accepted.
  const reason = (failed.diagnostic ?? `status ${failed.status ?? 'unknown'}`).slice(0, 300);
  // A permanent failure (status 5.x.x, else a 5xx answer): the address is not e-mailed again. A full mailbox
  // given up on (4.x.x) may work later.
  const suppress = failed.status ? failed.status.startsWith('5.') : /^5\d\d\b/.test(failed.diagnostic ?? '');
  let marked = 0;
  for (const id of ids) {
    const conversationId = await deps.storage.recordEmailBounce(id, reason, { suppress });
    if (conversationId === null) continue;
    marked++;
    await deps.changed(conversationId);
  }
  return marked;
}
