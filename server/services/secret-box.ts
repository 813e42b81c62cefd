import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const PREFIX = 'v1.';

/**
 * Secrets stored sealed: AES-256-GCM under a key derived (HKDF-SHA-256) from a server key for one purpose,
 * a fresh 96-bit IV each time, written `v1.<iv>.<ciphertext and tag>` in base64url. A copy of the database
 * alone (a backup, a dump, a read replica) then yields none of them; a changed byte or another key fails
 * to open rather than giving a wrong secret.
 */
export interface SecretBox {
  seal(plain: string): string;
  /** The sealed value's plain text; throws when it was not sealed with this key or was changed. */
  open(sealed: string): string;
  isSealed(value: string): boolean;
}

export class SealedSecretError extends Error {
  override name = 'SealedSecretError';
}

export function secretBox(serverKey: Buffer, purpose: string): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', serverKey, Buffer.alloc(0), `kefu ${purpose}`, 32));
  const isSealed = (value: string) => value.startsWith(PREFIX);
  return {
    isSealed,
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${PREFIX}${iv.toString('base64url')}.${body.toString('base64url')}`;
    },
    open(sealed) {
      const [iv, body] = isSealed(sealed) ? sealed.slice(PREFIX.length).split('.') : [];
      const bytes = body === undefined ? null : Buffer.from(body, 'base64url');
      if (!iv || !bytes || bytes.length < 16) throw new SealedSecretError(`not a sealed ${purpose}`);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(bytes.subarray(bytes.length - 16));
        return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8');
      } catch {
        throw new SealedSecretError(`the ${purpose} does not open with this server's key`);
      }
    },
  };
}
