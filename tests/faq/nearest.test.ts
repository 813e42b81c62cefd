import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNearestIndex } from '../../faq/nearest.ts';
import { DEFAULT_SCORER_OPTIONS, forDocuments } from '../../faq/scorer.ts';
import type { SparseVector } from '../../faq/vectorize.ts';

const FEATURES = 12;

/** A sparse vector over a few features; values from a small set, so equal cosines (ties) happen. */
const vector = fc
  .uniqueArray(fc.integer({ min: 0, max: FEATURES - 1 }), { maxLength: 6 })
  .chain((ids) => fc.array(fc.integer({ min: 1, max: 3 }), { minLength: ids.length, maxLength: ids.length }).map((vals) => ({ ids, vals })))
  .map(({ ids, vals }): SparseVector => {
    const order = ids.map((_, k) => k).sort((a, b) => ids[a]! - ids[b]!);
    return { ids: Int32Array.from(order, (k) => ids[k]!), vals: Float32Array.from(order, (k) => vals[k]! / 4) };
  });

/** The plain definition: every document of the class, its own features in order, the first best wins. */
function bruteForce(x: SparseVector, vectors: readonly SparseVector[], labels: readonly number[], label: number): [number, number] {
  const dense = new Float32Array(FEATURES);
  x.ids.forEach((id, k) => (dense[id] = x.vals[k]!));
  let best = 0;
  let bestDoc = -1;
  vectors.forEach((v, d) => {
    if (labels[d] !== label) return;
    let dot = 0;
    for (let k = 0; k < v.ids.length; k++) dot += v.vals[k]! * dense[v.ids[k]!]!;
    if (dot > best) [best, bestDoc] = [dot, d];
  });
  return [best, bestDoc];
}

describe('nearest alternate through the inverted index', () => {
  it('gives the same cosine and document as a dot product with every document of the class', () => {
    // Up to 120 documents: a class's rows then span several 32-row words of the index's touched bits. Half the corpora
    // draw their documents from a few vectors: the same document in one class and in others (the index keeps the first).
    const label = fc.integer({ min: 0, max: 3 });
    const corpus = fc.oneof(
      fc.array(fc.tuple(vector, label), { minLength: 1, maxLength: 120 }),
      fc.array(vector, { minLength: 1, maxLength: 4 }).chain((pool) => fc.array(fc.tuple(fc.constantFrom(...pool), label), { minLength: 1, maxLength: 60 })),
    );
    const candidates = fc.uniqueArray(label, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(corpus, fc.array(vector, { minLength: 1, maxLength: 4 }), candidates, (docs, questions, labels) => {
        const vectors = docs.map(([v]) => v);
        const docLabels = docs.map(([, label]) => label);
        const index = buildNearestIndex(vectors, docLabels, 4, FEATURES);
        for (const x of questions) {
          const cosine = new Float64Array(labels.length);
          const found = new Int32Array(labels.length);
          index.nearest(x, labels, labels.length, cosine, found);
          labels.forEach((label, i) => expect([cosine[i], found[i]]).toEqual(bruteForce(x, vectors, docLabels, label)));
        }
      }),
      { seed: 17, numRuns: 300 },
    );
  });
});

describe('the nearest alternate in the ranking', () => {
  it('weighs in full from denseDocs documents per entry and language, in proportion below (trained on copies without n-grams)', () => {
    expect(forDocuments(DEFAULT_SCORER_OPTIONS, DEFAULT_SCORER_OPTIONS.denseDocs)).toBe(DEFAULT_SCORER_OPTIONS);
    expect(forDocuments(DEFAULT_SCORER_OPTIONS, 55)).toBe(DEFAULT_SCORER_OPTIONS);
    expect(DEFAULT_SCORER_OPTIONS.sparseCopy).toEqual([]);
    const few = forDocuments(DEFAULT_SCORER_OPTIONS, DEFAULT_SCORER_OPTIONS.denseDocs / 3);
    expect(few.mix.nearest).toBeCloseTo(DEFAULT_SCORER_OPTIONS.mix.nearest / 3, 12);
    expect(few.sparseCopy).toEqual(['g']);
    expect({ ...few, mix: { ...few.mix, nearest: DEFAULT_SCORER_OPTIONS.mix.nearest }, sparseCopy: [] }).toEqual(DEFAULT_SCORER_OPTIONS);
  });
});
