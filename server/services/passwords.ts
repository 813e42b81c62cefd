import { scrypt, randomBytes, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost as log2(N). Production uses 2^17 (128 MiB of memory per hash with r = 8). */
export const DEFAULT_SCRYPT_LOG2N = 17;
const R = 8;
const P = 1;
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, log2N: number): Promise<Buffer> {
  const N = 2 ** log2N;
  // scrypt needs 128·N·r bytes; Node's default maxmem (32 MiB) is below that for N = 2^17.
  const options: ScryptOptions = { N, r: R, p: P, maxmem: 256 * N * R };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `scrypt$<log2N>$<r>$<p>$<salt>$<key>` (base64url), so the cost can rise later without breaking old hashes. */
export async function hashPassword(password: string, log2N: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, log2N);
  return ['scrypt', log2N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, log2N, r, p, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || Number(r) !== R || Number(p) !== P || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), Number(log2N));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
