import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopList } from '../../faq/top-list.ts';

describe('TopList', () => {
  it('keeps what a stable sort by score, best first, then a cut would keep', () => {
    // Few distinct scores, so ties are common.
    const scores = fc.array(fc.integer({ min: 0, max: 5 }).map((n) => n / 4), { maxLength: 40 });
    fc.assert(
      fc.property(scores, fc.integer({ min: 0, max: 12 }), (list, size) => {
        const top = new TopList(size);
        list.forEach((score, index) => top.add(index, score));
        const expected = list
          .map((score, index) => ({ index, score }))
          .sort((a, b) => b.score - a.score)
          .slice(0, size);
        expect(Array.from(top.index.subarray(0, top.length))).toEqual(expected.map((e) => e.index));
        expect(Array.from(top.score.subarray(0, top.length))).toEqual(expected.map((e) => e.score));
      }),
      { seed: 9, numRuns: 500 },
    );
  });
});
