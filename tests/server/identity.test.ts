import { describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { MAX_LIFETIME_S, signIdentity, verifyAppToken, verifyIdentity } from '../../server/services/identity.ts';

const SECRET = 'current-secret-0123456789abcdef0123';
const OLD = 'previous-secret-0123456789abcdef012';
const now = Date.UTC(2026, 10, 25, 12) / 1000;
const claims = { sub: 'user-42', iat: now, exp: now + 3600, name: 'Li Lei' };
const at = now * 1000;

describe('signed identity', () => {
  it('accepts a valid token and returns the signed claims', () => {
    expect(verifyIdentity(signIdentity(claims, SECRET), [SECRET], at)).toEqual({ ok: true, claims });
  });

  it('accepts a token signed with the previous secret during rotation', () => {
    expect(verifyIdentity(signIdentity(claims, OLD), [SECRET, OLD], at).ok).toBe(true);
    expect(verifyIdentity(signIdentity(claims, OLD), [SECRET], at)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a wrong secret, another user’s payload under this signature, and tampering', () => {
    expect(verifyIdentity(signIdentity(claims, 'wrong-secret-xxxxxxxxxxxxxxxxxxxxxx'), [SECRET], at).ok).toBe(false);
    const mine = signIdentity(claims, SECRET);
    const theirs = signIdentity({ ...claims, sub: 'user-43' }, SECRET);
    const spliced = `${theirs.split('.')[0]}.${mine.split('.')[1]}`;
    expect(verifyIdentity(spliced, [SECRET], at)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it.each([
    ['truncated signature', (t: string) => t.slice(0, -5), 'bad_signature'],
    ['no signature', (t: string) => t.split('.')[0]!, 'malformed'],
    ['empty', () => '', 'malformed'],
    ['three parts', (t: string) => `${t}.x`, 'malformed'],
  ])('refuses a %s', (_n, mutate, reason) => {
    expect(verifyIdentity(mutate(signIdentity(claims, SECRET)), [SECRET], at)).toEqual({ ok: false, reason });
  });

  it('refuses expired, future and too-long-lived tokens', () => {
    expect(verifyIdentity(signIdentity({ ...claims, exp: now - 1 }, SECRET), [SECRET], at)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyIdentity(signIdentity({ ...claims, iat: now + 3600, exp: now + 7200 }, SECRET), [SECRET], at)).toEqual({ ok: false, reason: 'not_yet_valid' });
    expect(verifyIdentity(signIdentity({ ...claims, exp: now + MAX_LIFETIME_S + 1 }, SECRET), [SECRET], at)).toEqual({ ok: false, reason: 'too_long_lived' });
  });

  it('refuses a signature with trailing or look-alike characters (finding 5)', () => {
    const token = signIdentity(claims, SECRET);
    const last = token.at(-1)!;
    // The 43rd character of a base64url SHA-256 carries 2 spare bits: flipping them decodes to the same bytes.
    const lookAlike = `${token.slice(0, -1)}${String.fromCharCode(last.charCodeAt(0) ^ 1)}`;
    for (const forged of [`${token}!`, `${token}=`, `${token} `, `${token}A`, lookAlike]) {
      expect(verifyIdentity(forged, [SECRET], at).ok, forged.slice(-4)).toBe(false);
    }
  });

  it('keeps app tokens and identities apart: neither verifies as the other (finding 5)', () => {
    const app = signIdentity({ sub: 'app:ios', typ: 'app', iat: now, exp: now + 600 }, SECRET);
    expect(verifyAppToken(app, [SECRET], at).ok).toBe(true);
    expect(verifyIdentity(app, [SECRET], at)).toEqual({ ok: false, reason: 'wrong_type' });
    // An old-style app token (sub "app:…", no typ) is not an identity either, and not an app token.
    const untyped = signIdentity({ sub: 'app:ios', iat: now, exp: now + 600 }, SECRET);
    expect(verifyIdentity(untyped, [SECRET], at)).toEqual({ ok: false, reason: 'wrong_type' });
    expect(verifyAppToken(untyped, [SECRET], at)).toEqual({ ok: false, reason: 'wrong_type' });
    const user = signIdentity(claims, SECRET);
    expect(verifyAppToken(user, [SECRET], at)).toEqual({ ok: false, reason: 'wrong_type' });
    expect(verifyAppToken(signIdentity({ ...claims, typ: 'app' }, SECRET), [SECRET], at)).toEqual({ ok: false, reason: 'wrong_type' });
  });

  it('refuses a validly signed payload that is not the claims shape', () => {
    const payload = Buffer.from(JSON.stringify({ sub: 5 })).toString('base64url');
    const token = `${payload}.${createHmac('sha256', SECRET).update(payload).digest('base64url')}`;
    expect(verifyIdentity(token, [SECRET], at)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('the documented signing example', () => {
  it('scripts/sign-identity.mjs produces a token the server accepts', async () => {
    const { execFileSync } = await import('node:child_process');
    const token = execFileSync(process.execPath, ['scripts/sign-identity.mjs', 'user-77', 'Wang Fang'], {
      env: { ...process.env, KEFU_IDENTITY_SECRET: SECRET },
      encoding: 'utf8',
    }).trim();
    const result = verifyIdentity(token, [SECRET]);
    expect(result.ok && result.claims).toMatchObject({ sub: 'user-77', name: 'Wang Fang' });
  });
});
