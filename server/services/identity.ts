import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Signed identity for logged-in wallet users. The wallet's backend signs
 *   payload = base64url(JSON {"sub", "iat", "exp", "name"?, "email"?, "phone"?})
 *   token   = payload + "." + base64url(HMAC-SHA256(secret, payload))
 * Two secrets may be valid at once (rotation). Name, email and phone are trusted only from inside the
 * signed payload.
 */
export const IdentityClaims = z.object({
  sub: z.string().min(1).max(128),
  iat: z.number().int(),
  exp: z.number().int(),
  name: z.string().max(120).optional(),
  email: z.string().max(254).optional(),
  phone: z.string().max(32).optional(),
});
export type IdentityClaims = z.infer<typeof IdentityClaims>;

export type IdentityResult =
  | { ok: true; claims: IdentityClaims }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' | 'not_yet_valid' | 'too_long_lived' };

/** Longest lifetime a token may claim; longer-lived tokens are refused (a leaked token must die soon). */
export const MAX_LIFETIME_S = 24 * 3600;
const CLOCK_SKEW_S = 60;

export function signIdentity(claims: IdentityClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`;
}

export function verifyIdentity(token: string, secrets: readonly string[], nowMs = Date.now()): IdentityResult {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1] || token.length > 2048) return { ok: false, reason: 'malformed' };
  const [payload, signature] = parts as [string, string];
  const given = Buffer.from(signature, 'base64url');
  const valid = secrets.some((secret) => {
    const expected = createHmac('sha256', secret).update(payload).digest();
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
  const now = Math.floor(nowMs / 1000);
  if (claims.exp <= now) return { ok: false, reason: 'expired' };
  if (claims.iat > now + CLOCK_SKEW_S) return { ok: false, reason: 'not_yet_valid' };
  if (claims.exp - claims.iat > MAX_LIFETIME_S) return { ok: false, reason: 'too_long_lived' };
  return { ok: true, claims };
}
