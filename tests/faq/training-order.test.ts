import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMatcher } from '../../faq/matcher.ts';
import { distinctKeys, epochOrder, EXAMPLE_KIND, exampleKey } from '../../faq/training-order.ts';
import type { FaqPack } from '../../faq/types.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';

const keysOf = (texts: readonly string[]) => distinctKeys(texts.map((t) => exampleKey(t.split(' '), EXAMPLE_KIND.document)));
const TEXTS = Array.from({ length: 200 }, (_, i) => `question ${i} about the wallet`);

describe('the order of the training examples', () => {
  it('keeps every other example in place, relative to the rest, when one is added', () => {
    const keys = keysOf(TEXTS);
    const added = keysOf([...TEXTS.slice(0, 50), 'one more way to ask', ...TEXTS.slice(50)]);
    for (const epoch of [0, 1, 2]) {
      const before = [...epochOrder(keys, 77, epoch)].map((i) => TEXTS[i]);
      const after = [...epochOrder(added, 77, epoch)].map((i) => (i < 50 ? TEXTS[i] : i === 50 ? null : TEXTS[i - 1]));
      expect(after.filter((t) => t !== null)).toEqual(before);
    }
  });

  it('is another permutation for another epoch or seed', () => {
    const keys = keysOf(TEXTS);
    const orders = [epochOrder(keys, 77, 0), epochOrder(keys, 77, 1), epochOrder(keys, 78, 0)].map((o) => [...o]);
    for (const order of orders) expect([...order].sort((a, b) => a - b)).toEqual(TEXTS.map((_, i) => i));
    expect(orders[1]).not.toEqual(orders[0]);
    expect(orders[2]).not.toEqual(orders[0]);
  });

  it('tells repeats, kinds and feature boundaries apart', () => {
    const keys = keysOf(['same text', 'same text', 'same text']);
    expect(new Set(keys).size).toBe(3);
    expect(exampleKey(['same', 'text'], EXAMPLE_KIND.document)).not.toBe(exampleKey(['same', 'text'], EXAMPLE_KIND.outOfScope));
    expect(exampleKey(['ab', 'c'], EXAMPLE_KIND.document)).not.toBe(exampleKey(['a', 'bc'], EXAMPLE_KIND.document));
  });
});

describe('training on one more document', () => {
  let pack: FaqPack;
  let plusOne: FaqPack;
  beforeAll(async () => {
    pack = await loadPackFromDir(join(import.meta.dirname, '../fixtures/faq-mini'));
    const [first, ...rest] = pack.entries;
    const ja = first!.locales.ja!;
    plusOne = { ...pack, entries: [{ ...first!, locales: { ...first!.locales, ja: { ...ja, alternates: [...ja.alternates, 'これについてもう少し詳しく知りたいです'] } } }, ...rest] };
  });

  // A shuffle of positions reshuffled every language's training: the same check there moved the top entry's probability
  // by 0.013 and swapped the second and third entries; keyed by example, every one moves by 0.00002 (the IDF of n + 1).
  it('leaves the classifier of languages that share no feature with it as it was', () => {
    const before = createMatcher(pack);
    const after = createMatcher(plusOne);
    let moved = 0;
    for (const locale of ['en', 'ko', 'es']) {
      for (const text of pack.entries.flatMap((entry) => entry.locales[locale]!.alternates)) {
        const [a, b] = [before, after].map((m) => m.match(text, locale, 3)!.ranked);
        expect(b!.map((r) => r.index)).toEqual(a!.map((r) => r.index));
        a!.forEach((r, i) => (moved = Math.max(moved, Math.abs(r.evidence.probability - b![i]!.evidence.probability))));
      }
    }
    expect(moved).toBeLessThan(0.001);
  });
});
