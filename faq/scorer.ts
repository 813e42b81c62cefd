import { addScores, softmax, trainSoftmax } from './classifier.ts';
import { fitVectorizer, restrict, type FeatureWeights, type SparseVector } from './vectorize.ts';
import type { FeatureKind } from './tokenize.ts';

/**
 * Ranks classes (FAQ entries) for a question with three views of the same TF-IDF vectors:
 * a softmax classifier trained on the alternates, the class centroid (cosine), and for the few best
 * classes the nearest alternate (cosine, kNN with k = 1). The ranking score mixes them; the parts
 * are kept for confidence.
 */
export interface ScorerOptions {
  weights: FeatureWeights;
  /** Training passes: enough for about `updates` example updates, within [minEpochs, maxEpochs]. */
  updates: number;
  minEpochs: number;
  maxEpochs: number;
  rate: number;
  seed: number;
  /** Ranking score = classifier probability + centroid·cosine, then + nearest·cosine for the best `rerank`. */
  mix: { nearest: number; centroid: number };
  rerank: number;
  /** The kinds of feature the nearest-alternate cosine looks at (fewer is faster). */
  nearestKinds: readonly FeatureKind[];
}

export const DEFAULT_SCORER_OPTIONS: ScorerOptions = Object.freeze({
  weights: Object.freeze({ w: 1, b: 1, g: 1, c: 1 }),
  updates: 20_000,
  minEpochs: 3,
  maxEpochs: 10,
  rate: 3,
  seed: 77,
  mix: Object.freeze({ nearest: 1, centroid: 0.5 }),
  rerank: 10,
  nearestKinds: Object.freeze(['w', 'c'] as const),
});

export interface LabelledDoc {
  label: number;
  features: readonly string[];
}

/** One of the best-ranked classes for a question. */
export interface Candidate {
  index: number;
  /** The ranking score. */
  score: number;
  /** Classifier probability (over all classes, sums to 1). */
  probability: number;
  /** Cosine of the question with the class's nearest alternate. */
  nearest: number;
  /** That alternate's document index, −1 when none shares a feature with the question. */
  nearestDoc: number;
}

export interface Scorer {
  readonly classes: number;
  /** The best `limit` classes, best first; empty when the question shares no feature with the pack. */
  score(features: readonly string[], limit: number): Candidate[];
}

/**
 * Sparse vectors packed end to end in class order (compressed sparse rows): a class's documents are one
 * contiguous run of memory, so the exact cosines against a few candidate classes stream through the cache.
 */
interface ClassRows {
  /** Rows of class c: classStart[c] to classStart[c + 1]. */
  classStart: Int32Array;
  /** Features of row r: rowStart[r] to rowStart[r + 1]. */
  rowStart: Int32Array;
  ids: Int32Array;
  vals: Float32Array;
  /** Row → document index. */
  doc: Int32Array;
}

function packByClass(vectors: readonly SparseVector[], labels: readonly number[], classes: number): ClassRows {
  const order = labels.map((_, d) => d).sort((a, b) => labels[a]! - labels[b]! || a - b);
  const classStart = new Int32Array(classes + 1);
  for (const label of labels) classStart[label + 1]!++;
  for (let c = 0; c < classes; c++) classStart[c + 1]! += classStart[c]!;
  const rowStart = new Int32Array(order.length + 1);
  order.forEach((d, r) => (rowStart[r + 1] = rowStart[r]! + vectors[d]!.ids.length));
  const ids = new Int32Array(rowStart[order.length]!);
  const vals = new Float32Array(ids.length);
  order.forEach((d, r) => {
    ids.set(vectors[d]!.ids, rowStart[r]!);
    vals.set(vectors[d]!.vals, rowStart[r]!);
  });
  return { classStart, rowStart, ids, vals, doc: Int32Array.from(order) };
}

function buildCentroids(vectors: readonly SparseVector[], labels: readonly number[], classes: number, features: number): Float32Array {
  const centroids = new Float32Array(features * classes);
  vectors.forEach((v, d) => {
    for (let k = 0; k < v.ids.length; k++) centroids[v.ids[k]! * classes + labels[d]!]! += v.vals[k]!;
  });
  const norms = new Float64Array(classes);
  for (let i = 0; i < centroids.length; i++) norms[i % classes]! += centroids[i]! ** 2;
  for (let i = 0; i < centroids.length; i++) centroids[i]! /= Math.sqrt(norms[i % classes]!) || 1;
  return centroids;
}

export function buildScorer(docs: readonly LabelledDoc[], classes: number, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): Scorer {
  const { vectorizer, vectors } = fitVectorizer(
    docs.map((d) => d.features),
    options.weights,
  );
  const labels = docs.map((d) => d.label);
  const epochs = Math.min(options.maxEpochs, Math.max(options.minEpochs, Math.ceil(options.updates / docs.length)));
  const model = trainSoftmax(vectors, labels, classes, vectorizer.size, { ...options, epochs });
  const centroids = buildCentroids(vectors, labels, classes, vectorizer.size);
  // Each feature's classifier weights and centroid weights side by side: one row read per question feature.
  const joint = new Float32Array(vectorizer.size * 2 * classes);
  for (let f = 0; f < vectorizer.size; f++) {
    joint.set(model.weights.subarray(f * classes, (f + 1) * classes), 2 * f * classes);
    joint.set(centroids.subarray(f * classes, (f + 1) * classes), (2 * f + 1) * classes);
  }
  const nearestKinds = new Set<FeatureKind>(options.nearestKinds);
  const keep = (id: number) => nearestKinds.has(vectorizer.kinds[id]!);
  const rows = packByClass(vectors.map((v) => restrict(v, keep)), labels, classes);
  // The question scattered into a dense array: a document's cosine is then one pass over its features.
  const dense = new Float32Array(vectorizer.size);

  const { classStart, rowStart, ids, vals, doc } = rows;
  const nearestIn = (label: number): [number, number] => {
    let best = 0;
    let bestRow = -1;
    for (let r = classStart[label]!, end = classStart[label + 1]!; r < end; r++) {
      let dot = 0;
      for (let k = rowStart[r]!, stop = rowStart[r + 1]!; k < stop; k++) dot += vals[k]! * dense[ids[k]!]!;
      if (dot > best) {
        best = dot;
        bestRow = r;
      }
    }
    return [best, bestRow < 0 ? -1 : doc[bestRow]!];
  };

  return {
    classes,
    score(features, limit) {
      const x = vectorizer.vectorize(features);
      if (x.ids.length === 0) return [];
      const scores = new Float64Array(2 * classes);
      addScores(x, joint, 2 * classes, scores);
      const probability = scores.subarray(0, classes);
      softmax(probability);
      const centroid = scores.subarray(classes);
      const first = Array.from({ length: classes }, (_, c) => c)
        .map((index) => ({ index, score: probability[index]! + options.mix.centroid * centroid[index]! }))
        .sort((a, b) => b.score - a.score)
        .slice(0, Math.max(limit, options.rerank));

      const xn = restrict(x, keep);
      for (let k = 0; k < xn.ids.length; k++) dense[xn.ids[k]!] = xn.vals[k]!;
      const candidates = first.map(({ index, score }): Candidate => {
        const [nearest, nearestDoc] = nearestIn(index);
        return { index, score: score + options.mix.nearest * nearest, probability: probability[index]!, nearest, nearestDoc };
      });
      for (let k = 0; k < xn.ids.length; k++) dense[xn.ids[k]!] = 0;
      return candidates.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
