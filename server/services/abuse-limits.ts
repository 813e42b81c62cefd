import { createHash } from 'node:crypto';
import type { LimitStore, TakeResult } from '../cluster/types.ts';
import type { SecurityConfig } from '../security-config.ts';

/** An account locks after 10 failed logins, each within 30 minutes of the last, for 30 minutes. */
const LOCKOUT = { maxFailures: 10, lockMs: 30 * 60_000 };
/** Files a visitor may send: images are decoded and re-encoded, so few a minute. */
const UPLOADS_PER_VISITOR = { perMinute: 6, burst: 10 };
/** Password guessing (and scrypt's CPU cost) is bounded per address. */
const LOGIN_PER_IP = { perMinute: 20, burst: 30 };
/**
 * E-mailed copies of tickets: a visitor chooses both the address and the text, so few go to one address (3, then 6 an
 * hour) and a few dozen from one IP (30, then 60 an hour); past either the ticket is stored as ever, without its copy.
 */
const TICKET_COPIES_PER_ADDRESS = { perMinute: 0.1, burst: 3 };
const TICKET_COPIES_PER_IP = { perMinute: 1, burst: 30 };

/**
 * Every abuse limit in one place, kept in the shared limit store (Redis with several nodes, so N nodes do
 * not allow N times a limit). Per-visitor limits protect the bot and the agents from one noisy visitor;
 * per-IP limits are set high enough that many visitors behind one NAT each get their own quota.
 */
export interface AbuseLimits {
  message(visitorId: string, ip: string): Promise<TakeResult>;
  /** A file: a message, and one of a few files a minute. */
  upload(visitorId: string, ip: string): Promise<TakeResult>;
  botAnswer(visitorId: string): Promise<TakeResult>;
  /** The e-mail copy of a ticket a visitor left, to `address` (compared trimmed, in lower case and without a +tag). */
  ticketCopy(ip: string, address: string): Promise<TakeResult>;
  newConversation(ip: string): Promise<TakeResult>;
  /** A visitor socket's hello (a new visitor's or a returning one's). */
  hello(ip: string): Promise<TakeResult>;
  rest(ip: string): Promise<TakeResult>;
  /** A file download (`/files/…`): at the REST calls' rate, in a bucket of its own. */
  files(ip: string): Promise<TakeResult>;
  openSocket(ip: string): Promise<boolean>;
  closeSocket(ip: string): void;
  /**
   * Seconds before this login may be tried (the address's attempts, then the email's lockout); 0: now.
   * Keyed by the submitted email whether or not an account exists, so a locked unknown email answers
   * exactly like a locked real one.
   */
  loginWait(ip: string, email: string): Promise<number>;
  loginFailed(email: string): Promise<void>;
  loginSucceeded(email: string): Promise<void>;
}

/** Emails are personal data: the store sees a digest. */
const digest = (email: string) => createHash('sha256').update(email).digest('base64url');
const emailKey = (email: string) => `login:${digest(email)}`;
/** One mailbox however it is spelled: "Name+1@X" and "name+2@x" are name@x (a +tag reaches the same inbox). */
const mailbox = (address: string) => {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  return `${lower.slice(0, at).split('+')[0]}${lower.slice(at)}`;
};

export function createAbuseLimits(limits: SecurityConfig['limits'], store: LimitStore, onError: (err: unknown) => void): AbuseLimits {
  const take = (key: string, rule: { perMinute: number; burst: number }) => store.take([{ key, rule }]);
  return {
    message: (visitorId, ip) =>
      store.take([
        { key: `msg:v:${visitorId}`, rule: limits.visitorMessages },
        { key: `msg:ip:${ip}`, rule: limits.ipMessages },
      ]),
    upload: (visitorId, ip) =>
      store.take([
        { key: `msg:v:${visitorId}`, rule: limits.visitorMessages },
        { key: `msg:ip:${ip}`, rule: limits.ipMessages },
        { key: `file:v:${visitorId}`, rule: UPLOADS_PER_VISITOR },
      ]),
    botAnswer: (visitorId) => take(`bot:${visitorId}`, limits.botAnswers),
    ticketCopy: (ip, address) =>
      store.take([
        { key: `copy:to:${digest(mailbox(address))}`, rule: TICKET_COPIES_PER_ADDRESS },
        { key: `copy:ip:${ip}`, rule: TICKET_COPIES_PER_IP },
      ]),
    newConversation: (ip) => take(`conv:${ip}`, limits.newConversations),
    hello: (ip) => take(`hello:${ip}`, limits.ipHellos),
    rest: (ip) => take(`rest:${ip}`, limits.rest),
    files: (ip) => take(`files:${ip}`, limits.rest),
    openSocket: (ip) => store.acquire(`ws:${ip}`, limits.socketsPerIp),
    closeSocket: (ip) => void store.release(`ws:${ip}`).catch(onError),
    async loginWait(ip, email) {
      const allowed = await take(`login-ip:${ip}`, LOGIN_PER_IP);
      return allowed.ok ? store.lockedFor(emailKey(email)) : allowed.retryAfter;
    },
    loginFailed: (email) => store.fail(emailKey(email), LOCKOUT),
    loginSucceeded: (email) => store.clearFailures(emailKey(email)),
  };
}
