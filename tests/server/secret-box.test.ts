import { describe, expect, it } from 'vitest';
import { SealedSecretError, secretBox } from '../../server/services/secret-box.ts';

describe('secret box (sealed secrets at rest)', () => {
  const box = secretBox(Buffer.from('k'.repeat(32)), 'TOTP secret');

  it('opens what it sealed; the same secret seals differently each time and never shows in the sealed text', () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const a = box.seal(secret);
    const b = box.seal(secret);
    expect(a).not.toBe(b);
    for (const sealed of [a, b]) {
      expect(box.isSealed(sealed)).toBe(true);
      expect(sealed).not.toContain(secret);
      expect(box.open(sealed)).toBe(secret);
    }
    expect(box.isSealed(secret)).toBe(false);
  });

  it('refuses a changed byte, another key, another purpose and text that was never sealed', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    const flipped = sealed.slice(0, -2) + (sealed.at(-2) === 'A' ? 'B' : 'A') + sealed.at(-1);
    expect(() => box.open(flipped)).toThrow(SealedSecretError);
    expect(() => secretBox(Buffer.from('j'.repeat(32)), 'TOTP secret').open(sealed)).toThrow(SealedSecretError);
    expect(() => secretBox(Buffer.from('k'.repeat(32)), 'other').open(sealed)).toThrow(SealedSecretError);
    for (const text of ['JBSWY3DPEHPK3PXP', 'v1.', 'v1.abc', 'v1.abc.', '']) expect(() => box.open(text)).toThrow(SealedSecretError);
  });
});
