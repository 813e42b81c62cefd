import type { Visitor } from './types.ts';

/** A wallet user, as asserted by the wallet backend's signature. */
export interface VerifiedUser {
  userId: string;
  name: string | null;
  email: string | null;
  phone: string | null;
}

/** Storage for signed identities: a verified user has one visitor record across devices. */
export interface IdentityStore {
  /** The visitor bound to this wallet user, or null. */
  findVisitorByUserId(userId: string): Promise<Visitor | null>;
  /** Bind a visitor to a wallet user and record the signed profile fields. */
  bindVisitorUser(visitorId: string, user: VerifiedUser): Promise<void>;
  /** Replace the visitor's token (a verified user signing in on another device gets a fresh one). */
  rotateVisitorToken(visitorId: string, tokenHash: string): Promise<void>;
}
