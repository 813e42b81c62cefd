import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskIdNumbers } from '../../protocol/id-numbers.ts';
import { maskPersonalText, maskPhone } from '../../server/services/personal-data.ts';

/**
 * Finding 1: contact masking runs on every agent frame and REST answer, so it must take time linear in the text.
 * The previous regexes (kept here as the reference, with the same per-number masking) backtracked quadratically; the linear one must
 * give the same answer on every text, which fast-check searches over an alphabet of the characters that matter. In
 * both, ID numbers are found after the emails, and phone numbers between them.
 */
const OLD_EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Chinese, Japanese and Korean characters do not glue to a number (they write it against their words with no space).
const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}';
const OLD_PHONE = new RegExp(`(?<!(?![${CJK}])[\\p{L}\\p{N}_+])(?:\\+|\\uFF0B)?(?:\\(\\d{1,5}\\)[ .-]?)?\\d+(?:[ .-]\\d+)*(?!(?![${CJK}])[\\p{L}\\p{N}_]|[.,]\\d)`, 'gu');
// Chinese, Japanese or Korean words written against an address stay (`email是jane@…`), unless they are all its local part.
const WORDS_THEN_ADDRESS = new RegExp(`^(.*[${CJK}](?=[^${CJK}]+@))?(.*)$`, 'su');
const shownEmail = (m: string) => {
  const [, words, address] = WORDS_THEN_ADDRESS.exec(m)!;
  return `${words ?? ''}${address!.slice(0, 1)}***${address!.slice(address!.lastIndexOf('@'))}`;
};
const reference = (text: string) => maskIdNumbers(text.replace(OLD_EMAIL, shownEmail), (part) => part.replace(OLD_PHONE, maskPhone));

const ALPHABET = ['1', '3', '8', '0', ' ', '.', '-', '+', '(', ')', '@', 'a', 'b', 'c', 'o', 'm', '_', ',', '李', 'は', '한', '＋', 'x'];

describe('contact masking is linear and unchanged', () => {
  it('gives the same masked text as the previous regexes (fast-check, 3,000 texts)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(maskPersonalText(text)).toBe(reference(text));
      }),
      { numRuns: 3000, seed: 20261201 },
    );
    for (const text of ['reach me at jane.doe@example.com or +86 138 0013 1234', 'a@b.co@c.com', 'email是jane@example.com', '李@b.co', 'x1 2345 6789', '13800138000 13900139000', 'tel:+1 (415) 555-2671.']) {
      expect(maskPersonalText(text)).toBe(reference(text));
    }
  });

  it('leaves the crafted 16 KiB texts of the audit as they are (each run regex reads a character once)', () => {
    // Time is not asserted here (tests/server/regex-safety.test.ts proves every regex linear with recheck).
    for (const text of ['1 '.repeat(8192) + 'x', 'a'.repeat(16384) + '@', `a@${'b.'.repeat(8000)}1`, 'A1'.repeat(8192), `${'AB123456'.repeat(2048)}(`]) {
      expect(maskPersonalText(text)).toBe(text);
    }
  });
});
