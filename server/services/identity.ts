import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Signed identity for logged-in wallet users. The wallet's backend signs
 *   payload = base64url(JSON {"sub", "iat", "exp", "name"?, "email"?, "phone"?})
 *   token   = payload + "." + base64url(HMAC-SHA256(secret, payload))
 * Two secrets may be valid at once (rotation). Name, email and phone are trusted only from inside the
 * signed payload. A native app's token (a socket without an Origin) is signed the same way with
 * `"typ": "app"` and `sub: "app:<name>"`; the two types never verify as each other: an identity has no `typ` (or
 * `"identity"`) and a `sub` that does not start with `app:`.
 */
export const IdentityClaims = z.object({
  sub: z.string().min(1).max(128),
  iat: z.number().int(),
  exp: z.number().int(),
  name: z.string().max(120).optional(),
  email: z.string().max(254).optional(),
  phone: z.string().max(32).optional(),
  typ: z.enum(['identity', 'app']).optional(),
});
export type IdentityClaims = z.infer<typeof IdentityClaims>;

export type IdentityResult =
  | { ok: true; claims: IdentityClaims }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' | 'not_yet_valid' | 'too_long_lived' | 'wrong_type' };

export type TokenType = 'identity' | 'app';
const typeOf = (claims: IdentityClaims): TokenType => (claims.typ === 'app' || claims.sub.startsWith('app:') ? 'app' : 'identity');

/** Longest lifetime a token may claim; longer-lived tokens are refused (a leaked token must die soon). */
export const MAX_LIFETIME_S = 24 * 3600;
const CLOCK_SKEW_S = 60;

export function signIdentity(claims: IdentityClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`;
}

/** A wallet user's signed identity (never an app token). */
export function verifyIdentity(token: string, secrets: readonly string[], nowMs = Date.now()): IdentityResult {
  return verifySigned(token, secrets, 'identity', nowMs);
}

/** A native app's token: `typ: "app"`, `sub: "app:<name>"` (never a user's identity). */
export function verifyAppToken(token: string, secrets: readonly string[], nowMs = Date.now()): IdentityResult {
  return verifySigned(token, secrets, 'app', nowMs);
}

function verifySigned(token: string, secrets: readonly string[], type: TokenType, nowMs: number): IdentityResult {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1] || token.length > 2048) return { ok: false, reason: 'malformed' };
  const [payload, signature] = parts as [string, string];
  // Compared as text with the canonical encoding: base64url decoding skips stray characters and ignores the
  // last character's spare bits, so a decoded comparison would accept `<signature>!` and look-alike signatures.
  const given = Buffer.from(signature);
  const valid = secrets.some((secret) => {
    const expected = Buffer.from(createHmac('sha256', secret).update(payload).digest('base64url'));
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!valid) return { ok: false, reason: 'bad_signature' };
  let claims: IdentityClaims;
  try {
    const parsed = IdentityClaims.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    if (!parsed.success) return { ok: false, reason: 'malformed' };
    claims = parsed.data;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeOf(claims) !== type || (type === 'app' && (claims.typ !== 'app' || !claims.sub.startsWith('app:')))) return { ok: false, reason: 'wrong_type' };
  const now = Math.floor(nowMs / 1000);
  if (claims.exp <= now) return { ok: false, reason: 'expired' };
  if (claims.iat > now + CLOCK_SKEW_S) return { ok: false, reason: 'not_yet_valid' };
  if (claims.exp - claims.iat > MAX_LIFETIME_S) return { ok: false, reason: 'too_long_lived' };
  return { ok: true, claims };
}
