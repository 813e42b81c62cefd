import { createFeatureIds } from './feature-ids.ts';
import { featureKind, pieceCoverageUnits, pieceNoveltyUnits, remembered, UNKNOWN_WORD, walkPieces, type FeatureKind } from './tokenize.ts';

/** A sparse, L2-normalised vector: feature ids and their weights. */
export interface SparseVector {
  ids: Int32Array;
  vals: Float32Array;
}

export type FeatureWeights = Readonly<Record<FeatureKind, number>>;

export interface Vectorizer {
  readonly size: number;
  /** The kind of each feature id. */
  readonly kinds: readonly FeatureKind[];
  /** Feature string → id. */
  readonly vocabulary: ReadonlyMap<string, number>;
  /**
   * Sublinear TF-IDF of the known features of tokenize(normalized), each kind scaled by its weight, L2-normalised; with
   * UNKNOWN_WORD when the documents have it and the text holds a word (see noveltyUnits) the known documents lack.
   */
  vectorize(normalized: string): SparseVector;
  /** The id of UNKNOWN_WORD, −1 when no document has it. */
  readonly unknownWord: number;
  /**
   * The share (0..1) of the text's words (CJK and Hangul: characters and character pairs) that occur in the known
   * documents (see fitVectorizer); 0 for none.
   */
  coverage(normalized: string): number;
  /** Feature ids below this one occur in the known documents; the others only in the rest. */
  readonly known: number;
}

/**
 * Learns the vocabulary and IDF of the documents and returns their vectors too (each feature string is
 * looked up once: the documents become feature ids on the way). `knownDocs`: the first documents, whose words count
 * as known to coverage() (the rest are the out-of-scope examples: their words are features, not knowledge).
 */
export function fitVectorizer(
  docs: readonly (readonly string[])[],
  weights: FeatureWeights,
  knownDocs = docs.length,
): { vectorizer: Vectorizer; vectors: SparseVector[] } {
  const vocab = new Map<string, number>();
  const df: number[] = [];
  const kinds: FeatureKind[] = [];
  let known = 0;
  const docIds = docs.map((doc, d) => {
    if (d === knownDocs) known = vocab.size;
    const ids = new Int32Array(doc.length);
    doc.forEach((f, k) => {
      let id = vocab.get(f);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(f, id);
        df.push(0);
        kinds.push(featureKind(f));
      }
      ids[k] = id;
    });
    ids.sort();
    for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) df[ids[k]!]!++;
    return ids;
  });
  if (knownDocs >= docs.length) known = vocab.size;
  const n = docs.length;
  const idf = Float32Array.from(df, (d, i) => (Math.log((1 + n) / (1 + d)) + 1) * weights[kinds[i]!]);

  /** Sorted feature ids (repeats kept) → sublinear TF-IDF, L2-normalised. */
  function weigh(sorted: Int32Array): SparseVector {
    let distinct = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
    const ids = new Int32Array(distinct);
    const vals = new Float32Array(distinct);
    let norm = 0;
    for (let i = 0, k = -1; i < sorted.length; i++) {
      const id = sorted[i]!;
      if (k < 0 || ids[k] !== id) {
        ids[++k] = id;
        vals[k] = 0;
      }
      vals[k]!++;
    }
    for (let k = 0; k < distinct; k++) {
      const w = (1 + Math.log(vals[k]!)) * idf[ids[k]!]!;
      vals[k] = w;
      norm += w * w;
    }
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let i = 0; i < vals.length; i++) vals[i]! *= inv;
    }
    return { ids, vals };
  }

  const featureIds = createFeatureIds(vocab);
  const unknownWord = vocab.get(UNKNOWN_WORD) ?? -1;
  const isUnknown = (unit: string) => (vocab.get(unit) ?? known) >= known;
  // A piece's novelty and its coverage units, by piece (see walkPieces): a long message's sentences repeat its pieces.
  const novelPiece = remembered((piece: string, run: boolean) => {
    let unknown = false;
    pieceNoveltyUnits(piece, run, (unit) => {
      if (!unknown && isUnknown(unit)) unknown = true;
    });
    return unknown;
  });
  const coveragePiece = remembered((piece: string, run: boolean) => {
    const weights: number[] = [];
    const inPack: boolean[] = [];
    pieceCoverageUnits(piece, run, (unit, weight) => {
      weights.push(weight);
      inPack.push(!isUnknown(unit));
    });
    return { weights, inPack };
  });
  const holdsUnknownWord = (normalized: string) => {
    let unknown = false;
    walkPieces(normalized, (piece, run) => {
      if (!unknown && novelPiece(piece, run)) unknown = true;
    });
    return unknown;
  };
  const vectorizer: Vectorizer = {
    size: vocab.size,
    kinds,
    vocabulary: vocab,
    known,
    unknownWord,
    vectorize(normalized) {
      const ids = featureIds.collect(normalized);
      if (unknownWord < 0 || !holdsUnknownWord(normalized)) return weigh(ids.sort());
      const withUnknown = new Int32Array(ids.length + 1);
      withUnknown.set(ids);
      withUnknown[ids.length] = unknownWord;
      return weigh(withUnknown.sort());
    },
    coverage(normalized) {
      let inPack = 0;
      let all = 0;
      walkPieces(normalized, (piece, run) => {
        const units = coveragePiece(piece, run);
        for (let i = 0; i < units.weights.length; i++) {
          all += units.weights[i]!;
          if (units.inPack[i]) inPack += units.weights[i]!;
        }
      });
      return all === 0 ? 0 : inPack / all;
    },
  };
  return { vectorizer, vectors: docIds.map(weigh) };
}

/**
 * The vector restricted to the feature ids marked in `keep`, L2-normalised again; into `scratch` (its arrays at least as
 * long as x's) when given: the result's arrays are then views of it, good until its next use.
 */
export function restrict(x: SparseVector, keep: Uint8Array, scratch?: SparseVector): SparseVector {
  let n = 0;
  let norm = 0;
  for (let k = 0; k < x.ids.length; k++) {
    if (keep[x.ids[k]!]) {
      n++;
      norm += x.vals[k]! ** 2;
    }
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const ids = scratch ? scratch.ids.subarray(0, n) : new Int32Array(n);
  const vals = scratch ? scratch.vals.subarray(0, n) : new Float32Array(n);
  for (let k = 0, j = 0; k < x.ids.length; k++) {
    if (keep[x.ids[k]!]) {
      ids[j] = x.ids[k]!;
      vals[j++] = x.vals[k]! * inv;
    }
  }
  return { ids, vals };
}
