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
