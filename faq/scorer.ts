import { addScores, softmax, trainSoftmax } from './classifier.ts';
import { fitVectorizer, type FeatureWeights, type SparseVector } from './vectorize.ts';

/**
 * Ranks classes (FAQ entries) for a question with three views of the same TF-IDF vectors:
 * a softmax classifier trained on the alternates, the nearest alternate (cosine, kNN with k = 1)
 * and the class centroid (cosine). The ranking score mixes them; the parts are kept for confidence.
 */
export interface ScorerOptions {
  weights: FeatureWeights;
  epochs: number;
  rate: number;
  seed: number;
  /** Ranking score = classifier probability + nearest·cosine + centroid·cosine. */
  mix: { nearest: number; centroid: number };
}

export const DEFAULT_SCORER_OPTIONS: ScorerOptions = Object.freeze({
  weights: Object.freeze({ w: 1, b: 1, g: 1, c: 1 }),
  epochs: 6,
  rate: 1,
  seed: 77,
  mix: Object.freeze({ nearest: 1, centroid: 0.5 }),
});

export interface LabelledDoc {
  label: number;
  features: readonly string[];
}

export interface Scores {
  /** The ranking score per class. */
  combined: Float64Array;
  /** Classifier probability per class (sums to 1). */
  probability: Float64Array;
  /** Cosine of the question with the class's nearest alternate. */
  nearest: Float64Array;
  /** Index of that nearest alternate's document per class (−1 when none shares a feature). */
  nearestDoc: Int32Array;
}

export interface Scorer {
  readonly classes: number;
  score(features: readonly string[]): Scores;
}

/** Feature → documents containing it, compressed rows. */
interface Postings {
  start: Int32Array;
  docs: Int32Array;
  vals: Float32Array;
}

function buildPostings(vectors: readonly SparseVector[], features: number): Postings {
  const start = new Int32Array(features + 1);
  for (const v of vectors) for (const id of v.ids) start[id + 1]!++;
  for (let f = 0; f < features; f++) start[f + 1]! += start[f]!;
  const fill = start.slice(0, features);
  const docs = new Int32Array(start[features]!);
  const vals = new Float32Array(start[features]!);
  vectors.forEach((v, d) => {
    for (let k = 0; k < v.ids.length; k++) {
      const at = fill[v.ids[k]!]!++;
      docs[at] = d;
      vals[at] = v.vals[k]!;
    }
  });
  return { start, docs, vals };
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
  const model = trainSoftmax(vectors, labels, classes, vectorizer.size, options);
  const centroids = buildCentroids(vectors, labels, classes, vectorizer.size);
  const postings = buildPostings(vectors, vectorizer.size);
  const docScores = new Float64Array(docs.length);
  const touched = new Int32Array(docs.length);

  return {
    classes,
    score(features) {
      const x = vectorizer.vectorize(features);
      const probability = new Float64Array(classes);
      addScores(x, model.weights, classes, probability);
      softmax(probability);
      const centroid = new Float64Array(classes);
      addScores(x, centroids, classes, centroid);

      let touchedCount = 0;
      for (let k = 0; k < x.ids.length; k++) {
        const id = x.ids[k]!;
        const v = x.vals[k]!;
        for (let p = postings.start[id]!; p < postings.start[id + 1]!; p++) {
          const d = postings.docs[p]!;
          if (docScores[d] === 0) touched[touchedCount++] = d;
          docScores[d]! += v * postings.vals[p]!;
        }
      }
      const nearest = new Float64Array(classes);
      const nearestDoc = new Int32Array(classes).fill(-1);
      for (let t = 0; t < touchedCount; t++) {
        const d = touched[t]!;
        const label = labels[d]!;
        if (docScores[d]! > nearest[label]!) {
          nearest[label] = docScores[d]!;
          nearestDoc[label] = d;
        }
        docScores[d] = 0;
      }

      const combined = new Float64Array(classes);
      for (let c = 0; c < classes; c++) {
        combined[c] = probability[c]! + options.mix.nearest * nearest[c]! + options.mix.centroid * centroid[c]!;
      }
      return { combined, probability, nearest, nearestDoc };
    },
  };
}
