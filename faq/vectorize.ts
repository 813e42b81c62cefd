import { featureKind, type FeatureKind } from './tokenize.ts';

/** A sparse, L2-normalised vector: feature ids and their weights. */
export interface SparseVector {
  ids: Int32Array;
  vals: Float32Array;
}

export type FeatureWeights = Readonly<Record<FeatureKind, number>>;

export interface Vectorizer {
  readonly size: number;
  /** Sublinear TF-IDF of known features, each kind scaled by its weight, L2-normalised. */
  vectorize(features: readonly string[]): SparseVector;
}

function countKnown(features: readonly string[], vocab: ReadonlyMap<string, number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const f of features) {
    const id = vocab.get(f);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export function fitVectorizer(docs: readonly (readonly string[])[], weights: FeatureWeights): Vectorizer {
  const vocab = new Map<string, number>();
  const df: number[] = [];
  const kindWeight: number[] = [];
  for (const doc of docs) {
    for (const f of new Set(doc)) {
      let id = vocab.get(f);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(f, id);
        df.push(0);
        kindWeight.push(weights[featureKind(f)]);
      }
      df[id]!++;
    }
  }
  const n = docs.length;
  const idf = Float32Array.from(df, (d, i) => (Math.log((1 + n) / (1 + d)) + 1) * kindWeight[i]!);

  return {
    size: vocab.size,
    vectorize(features) {
      const counts = countKnown(features, vocab);
      const ids = new Int32Array(counts.size);
      const vals = new Float32Array(counts.size);
      let norm = 0;
      let k = 0;
      for (const [id, count] of counts) {
        const w = (1 + Math.log(count)) * idf[id]!;
        ids[k] = id;
        vals[k++] = w;
        norm += w * w;
      }
      if (norm > 0) {
        const inv = 1 / Math.sqrt(norm);
        for (let i = 0; i < vals.length; i++) vals[i]! *= inv;
      }
      return { ids, vals };
    },
  };
}
