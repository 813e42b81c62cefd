import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A server key: the configured value when set (several nodes share it), else 32 random bytes kept in
 * `<dataDir>/<file>` (readable by the server's user only), made on the first start. Used for the HMAC of
 * attachment links (KEFU_FILE_LINK_SECRET, file-link.key) and the sealing of TOTP secrets (KEFU_TOTP_KEY, totp.key).
 */
export function serverSecret(configured: string | null, dataDir: string, file: string): Buffer {
  if (configured) return Buffer.from(configured, 'utf8');
  const where = path.join(dataDir, file);
  try {
    writeFileSync(where, randomBytes(32), { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return readFileSync(where);
}
