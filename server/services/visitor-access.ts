import type { ResumedVisitor, Storage, Visitor } from '../storage/types.ts';
import type { VerifiedUser } from '../storage/identity-types.ts';
import { verifyIdentity } from './identity.ts';
import type { TakeResult } from '../cluster/types.ts';
import { hashToken, newVisitorToken } from './tokens.ts';

export interface VisitorCredentials {
  /** The visitor token the widget stored from an earlier welcome. */
  token?: string | undefined;
  /** A signed identity from the wallet's backend (see identity.ts). */
  identity?: string | undefined;
  /** The code of an e-mail's reopen link, to exchange for that visitor's session on this device. */
  reopen?: string | undefined;
  locale: string;
}

/** What became of a reopen link's code: see the welcome frame's `reopen`. */
export type ReopenOutcome = 'ok' | 'invalid' | 'sign_in';

export type VisitorAccess =
  /** `known`: the visitor's conversations, when they were read with the visitor (a token's visitor, kept). */
  | { kind: 'ok'; visitor: Visitor; token: string; reopen?: ReopenOutcome; known?: Omit<ResumedVisitor, 'visitor'> }
  | { kind: 'limited'; retryAfter: number };

/** The signed user, or null when there is no signature, no secret configured, or the signature fails. */
export function verifiedUser(identity: string | undefined, secrets: readonly string[]): VerifiedUser | null {
  if (!identity || secrets.length === 0) return null;
  const result = verifyIdentity(identity, secrets);
  if (!result.ok) return null;
  const c = result.claims;
  return { userId: c.sub, name: c.name ?? null, email: c.email ?? null, phone: c.phone ?? null };
}

/**
 * Exchange a reopen link's code (once, before it expires) for a new token on this device that finds the link's
 * visitor. A visitor bound to a wallet user opens only with that user's signature, as with a stored token.
 */
async function reopenVisitor(storage: Storage, code: string, user: VerifiedUser | null): Promise<{ visitor: Visitor; token: string } | Exclude<ReopenOutcome, 'ok'>> {
  const token = newVisitorToken();
  if (!(await storage.useReopenLink(hashToken(code), hashToken(token), Date.now()))) return 'invalid';
  const visitor = await storage.findVisitorByTokenHash(hashToken(token));
  if (!visitor) return 'invalid';
  if (visitor.userId && visitor.userId !== user?.userId) return 'sign_in';
  return { visitor, token };
}

/**
 * Who is this visitor? Rules:
 * - a reopen link's code (valid, unused, not expired) makes this device that e-mail's visitor; otherwise the
 *   rules below decide, and the outcome says why the link did not open;
 * - a token finds its visitor, unless that visitor is bound to a wallet user and this request does not
 *   carry that same user's valid signature (a shared phone after logout must not show the last user's chats);
 * - a valid signature finds the user's visitor on any device (issuing this device a fresh token), or binds
 *   the current anonymous visitor to the user;
 * - otherwise a new anonymous visitor, if `mayCreate` allows (new conversations are rate-limited per IP).
 */
export async function resolveVisitor(
  storage: Storage,
  secrets: readonly string[],
  credentials: VisitorCredentials,
  mayCreate: () => Promise<TakeResult>,
): Promise<VisitorAccess> {
  const user = verifiedUser(credentials.identity, secrets);
  if (credentials.reopen) {
    const opened = await reopenVisitor(storage, credentials.reopen, user);
    if (typeof opened !== 'string') return { kind: 'ok', ...opened, reopen: 'ok' };
    const access = await resolveVisitor(storage, secrets, { ...credentials, reopen: undefined }, mayCreate);
    return access.kind === 'ok' ? { ...access, reopen: opened } : access;
  }
  // With its conversations (one read): most hellos are a known visitor coming back.
  const resumed = credentials.token ? await storage.resumeVisitor(hashToken(credentials.token)) : null;
  const known = resumed ? { open: resumed.open, hasClosed: resumed.hasClosed } : undefined;
  let visitor = resumed?.visitor ?? null;
  if (visitor?.userId && visitor.userId !== user?.userId) visitor = null;

  if (user) {
    const owned = await storage.findVisitorByUserId(user.userId);
    if (owned && owned.id !== visitor?.id) {
      const token = newVisitorToken();
      await storage.rotateVisitorToken(owned.id, hashToken(token));
      await storage.bindVisitorUser(owned.id, user); // refresh the signed profile fields
      return { kind: 'ok', visitor: owned, token };
    }
    if (visitor) {
      await storage.bindVisitorUser(visitor.id, user);
      return { kind: 'ok', visitor: { ...visitor, userId: user.userId }, token: credentials.token!, known };
    }
  } else if (visitor) {
    return { kind: 'ok', visitor, token: credentials.token!, known };
  }

  const allowed = await mayCreate();
  if (!allowed.ok) return { kind: 'limited', retryAfter: allowed.retryAfter };
  const token = newVisitorToken();
  const created = await storage.createVisitor(hashToken(token), credentials.locale);
  const none = { open: null, hasClosed: false }; // a new visitor has no conversation yet
  if (!user) return { kind: 'ok', visitor: created, token, known: none };
  await storage.bindVisitorUser(created.id, user);
  return { kind: 'ok', visitor: { ...created, userId: user.userId }, token, known: none };
}
