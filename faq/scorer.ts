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
  updates: 30_000,
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

/** Documents grouped by class, for exact cosines against a few candidate classes. */
function groupByClass(labels: readonly number[], classes: number): number[][] {
  const groups: number[][] = Array.from({ length: classes }, () => []);
  labels.forEach((label, d) => groups[label]!.push(d));
  return groups;
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
  const vectorizer = fitVectorizer(
    docs.map((d) => d.features),
    options.weights,
  );
  const vectors = docs.map((d) => vectorizer.vectorize(d.features));
  const labels = docs.map((d) => d.label);
  const epochs = Math.min(options.maxEpochs, Math.max(options.minEpochs, Math.ceil(options.updates / docs.length)));
  const model = trainSoftmax(vectors, labels, classes, vectorizer.size, { ...options, epochs });
  const centroids = buildCentroids(vectors, labels, classes, vectorizer.size);
  const docsOf = groupByClass(labels, classes);
  const nearestKinds = new Set<FeatureKind>(options.nearestKinds);
  const keep = (id: number) => nearestKinds.has(vectorizer.kinds[id]!);
  const nearestVectors = vectors.map((v) => restrict(v, keep));
  // The question scattered into a dense array: a document's cosine is then one pass over its features.
  const dense = new Float32Array(vectorizer.size);

  const nearestIn = (label: number): [number, number] => {
    let best = 0;
    let bestDoc = -1;
    for (const d of docsOf[label]!) {
      const v = nearestVectors[d]!;
      let dot = 0;
      for (let k = 0; k < v.ids.length; k++) dot += v.vals[k]! * dense[v.ids[k]!]!;
      if (dot > best) [best, bestDoc] = [dot, d];
    }
    return [best, bestDoc];
  };

  return {
    classes,
    score(features, limit) {
      const x = vectorizer.vectorize(features);
      if (x.ids.length === 0) return [];
      const probability = new Float64Array(classes);
      addScores(x, model.weights, classes, probability);
      softmax(probability);
      const centroid = new Float64Array(classes);
      addScores(x, centroids, classes, centroid);
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
