import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restrict, type SparseVector } from '../../faq/vectorize.ts';

const FEATURES = 16;

const vector = fc.uniqueArray(fc.integer({ min: 0, max: FEATURES - 1 }), { maxLength: 10 }).chain((ids) =>
  fc
    .array(fc.float({ min: Math.fround(0.01), max: 1, noNaN: true }), { minLength: ids.length, maxLength: ids.length })
    .map((vals): SparseVector => ({ ids: Int32Array.from(ids.sort((a, b) => a - b)), vals: Float32Array.from(vals) })),
);
const keep = fc.array(fc.boolean(), { minLength: FEATURES, maxLength: FEATURES }).map((marks) => Uint8Array.from(marks, Number));

describe('restrict', () => {
  it('gives the same vector into a scratch buffer as into new arrays, whatever the buffer held', () => {
    const scratch: SparseVector = { ids: new Int32Array(FEATURES), vals: new Float32Array(FEATURES) };
    fc.assert(
      fc.property(vector, keep, (x, marks) => {
        const own = restrict(x, marks);
        const into = restrict(x, marks, scratch);
        expect(Array.from(into.ids)).toEqual(Array.from(own.ids));
        expect(Array.from(into.vals)).toEqual(Array.from(own.vals));
        expect(into.ids.buffer).toBe(scratch.ids.buffer);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
