import { epochOrder } from './training-order.ts';
import type { SparseVector } from './vectorize.ts';

/**
 * Multinomial logistic regression on sparse vectors, trained at build time with plain SGD and
 * averaging of the per-epoch weights. Deterministic: each epoch visits the examples in an order keyed by example and
 * seed (see training-order.ts).
 */
export interface TrainOptions {
  epochs: number;
  rate: number;
  seed: number;
}

/** Row-major weights: feature id × class. */
export interface LinearModel {
  classes: number;
  weights: Float32Array;
}

/**
 * Bump when trainSoftmax changes what it computes, or the engine what it fits (a saved model carries the thresholds
 * fitted with its training, and they depend on the whole confidence): weights trained by another version are never
 * reused. tests/faq/trainer-version.test.ts records the engine's sources with it, so a change to faq/ cannot forget it.
 */
export const TRAINER_VERSION = 713;

/** Gradients smaller than this are skipped: they would not change a ranking. */
const GRADIENT_FLOOR = 1e-3;

/** Mulberry32: small, fast, seedable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Adds x·W into out (length = classes). Four classes per step: the same sums, in the same order, fewer loop checks. */
export function addScores(x: SparseVector, weights: Float32Array, classes: number, out: Float64Array): void {
  for (let k = 0; k < x.ids.length; k++) {
    const v = x.vals[k]!;
    const row = x.ids[k]! * classes;
    let c = 0;
    for (; c + 3 < classes; c += 4) {
      out[c]! += v * weights[row + c]!;
      out[c + 1]! += v * weights[row + c + 1]!;
      out[c + 2]! += v * weights[row + c + 2]!;
      out[c + 3]! += v * weights[row + c + 3]!;
    }
    for (; c < classes; c++) out[c]! += v * weights[row + c]!;
  }
}

/** In place: scores → probabilities. */
export function softmax(scores: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c++) if (scores[c]! > max) max = scores[c]!;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) sum += scores[c] = Math.exp(scores[c]! - max);
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
}

/** What the classifier is trained on: each example's vector, label and key. */
export interface Examples {
  xs: readonly SparseVector[];
  labels: readonly number[];
  /** Distinct (see training-order.ts): they decide each example's place in each epoch's order. */
  keys: Uint32Array;
}

export function trainSoftmax({ xs, labels, keys }: Examples, classes: number, features: number, options: TrainOptions): LinearModel {
  const weights = new Float32Array(features * classes);
  // The mean of the weights at the end of each epoch: as good as a tuned penalty, for free.
  const average = new Float32Array(features * classes);
  const probs = new Float64Array(classes);
  const active = new Int32Array(classes);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch);
    for (const i of epochOrder(keys, options.seed, epoch)) {
      const x = xs[i]!;
      probs.fill(0);
      addScores(x, weights, classes, probs);
      softmax(probs);
      probs[labels[i]!]! -= 1;
      // Only classes with a gradient worth the work: after an epoch or two, a handful.
      let n = 0;
      for (let c = 0; c < classes; c++) if (probs[c]! > GRADIENT_FLOOR || probs[c]! < -GRADIENT_FLOOR) active[n++] = c;
      for (let k = 0; k < x.ids.length; k++) {
        const row = x.ids[k]! * classes;
        const g = rate * x.vals[k]!;
        for (let a = 0; a < n; a++) {
          const c = active[a]!;
          weights[row + c]! -= g * probs[c]!;
        }
      }
    }
    for (let j = 0; j < weights.length; j++) average[j]! += weights[j]! / options.epochs;
  }
  return { classes, weights: average };
}

/** A 64-bit hash of 32-bit words (two multiply-xor lanes, cyrb53's mix): tells inputs apart, not a cryptographic hash. */
export class WordHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;
  add(word: number): void {
    this.h1 = Math.imul(this.h1 ^ word, 2654435761);
    this.h2 = Math.imul(this.h2 ^ word, 1597334677);
  }
  addWords(words: ArrayLike<number>): void {
    for (let i = 0; i < words.length; i++) this.add(words[i]!);
  }
  digest(): string {
    const h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
  }
}

/** The bits of 32-bit floats as words. */
export const floatBits = (x: Float32Array): Uint32Array => new Uint32Array(x.buffer, x.byteOffset, x.length);

/**
 * What a training run depends on, hashed: the trainer's version, the examples (feature ids, the bits of their
 * values, labels, keys, in order), the shape and the options. The same key means trainSoftmax would compute the same
 * weights, bit for bit, so weights saved under that key can be used instead.
 */
export function trainingKey({ xs, labels, keys }: Examples, classes: number, features: number, options: TrainOptions): string {
  const hash = new WordHash();
  hash.addWords([TRAINER_VERSION, classes, features, xs.length, options.epochs, options.seed >>> 0]);
  hash.addWords(new Uint32Array(Float64Array.of(options.rate).buffer));
  xs.forEach((x, i) => {
    hash.addWords([labels[i]!, keys[i]!, x.ids.length]);
    hash.addWords(x.ids);
    hash.addWords(floatBits(x.vals));
  });
  return hash.digest();
}
