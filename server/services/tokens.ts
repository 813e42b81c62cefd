import { createHash, randomBytes } from 'node:crypto';

/** A new visitor token: 256 random bits, URL-safe. Only its hash is stored. */
export function newVisitorToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Agent session tokens have the same shape: 256 random bits, only the hash stored. */
export { newVisitorToken as newSessionToken };
