import fc from 'fast-check';
import { expect, it } from 'vitest';
import { byFirstUnit } from '../../faq/synonyms.ts';

/**
 * byFirstUnit finds what the alternation of its patterns finds (see synonyms.ts): patterns shaped as the spacing-free
 * Korean members are (literal syllables, an optional space or particle between them, the longer first), over a small
 * alphabet so that patterns share first syllables, overlap and match inside one another; with and without word bounds.
 */
const SYLLABLES = ['가', '나', '이', '에', '결', '제'];
const GAPS = ['', ' ?', '(?:에서|이|가)? ?'];
const pattern = fc
  .array(fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.map(([syllable, gap], i) => (i < parts.length - 1 ? syllable + gap : syllable)).join(''));
const text = fc.array(fc.constantFrom(...SYLLABLES, ' ', 'a'), { maxLength: 24 }).map((chars) => chars.join(''));
const wrappers = [(alternation: string) => alternation, (alternation: string) => `(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`];

it('finds what the alternation of the patterns finds', () => {
  fc.assert(
    fc.property(fc.uniqueArray(pattern, { minLength: 1, maxLength: 12 }), fc.array(text, { minLength: 1, maxLength: 8 }), fc.constantFrom(0, 1), (patterns, texts, w) => {
      const whole = wrappers[w]!;
      const regex = new RegExp(whole(patterns.join('|')), 'gu');
      const replaceMembers = byFirstUnit(patterns, whole);
      for (const t of texts) expect(replaceMembers(t, (found) => `<${found}>`)).toBe(t.replace(regex, (found) => `<${found}>`));
    }),
    { numRuns: 500 },
  );
});

/**
 * A first unit with more patterns than one regex holds (the Korean folder's 결, 계, 비… have up to 90): its patterns are
 * split into regexes tried in turn, and the fold is still the one alternation's, the longest member first.
 */
const longestFirst = (patterns: readonly string[]) => [...patterns].sort((a, b) => b.replace(/\(\?:[^)]*\)\?| \?/g, '').length - a.replace(/\(\?:[^)]*\)\?| \?/g, '').length);

it('finds what the alternation finds when one first unit has a hundred patterns', () => {
  const sharedFirst = pattern.map((p) => `결${p}`);
  fc.assert(
    fc.property(fc.uniqueArray(sharedFirst, { minLength: 33, maxLength: 110 }), fc.array(text.map((t) => `결${t}`), { minLength: 1, maxLength: 8 }), fc.constantFrom(0, 1), (patterns, texts, w) => {
      const whole = wrappers[w]!;
      const ordered = longestFirst(patterns);
      const regex = new RegExp(whole(ordered.join('|')), 'gu');
      const replaceMembers = byFirstUnit(ordered, whole);
      for (const t of texts) expect(replaceMembers(t, (found) => `<${found}>`)).toBe(t.replace(regex, (found) => `<${found}>`));
    }),
    { numRuns: 200 },
  );
});

it('folds the longest of overlapping members when they fall in different regexes of one first unit', () => {
  // 100 members starting with 결, the longest first: 결제 실패 (in the first 32) holds 결제 (the last), which holds 결.
  const fillers = Array.from({ length: 97 }, (_, i) => `결${String.fromCharCode(0xac00 + 500 + i)}`);
  const patterns = ['결제(?:에서|이|가)? ?실패', ...fillers, '결제', '결'];
  const replaceMembers = byFirstUnit(patterns, (alternation) => alternation);
  const fold = (t: string) => replaceMembers(t, (found) => `<${found}>`);
  expect(fold('결제가 실패했어요')).toBe('<결제가 실패>했어요');
  expect(fold('결제했어요 결')).toBe('<결제>했어요 <결>');
  expect(fold(`결${String.fromCharCode(0xac00 + 596)}제`)).toBe(`<결${String.fromCharCode(0xac00 + 596)}>제`);
  expect(fold('결제실패 결제 실패')).toBe('<결제실패> <결제 실패>');
});
