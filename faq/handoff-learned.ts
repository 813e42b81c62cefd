import { TRAINER_VERSION, WordHash } from './classifier.ts';
import examples from './handoff-examples.json';
import { normalizeText } from './normalize.ts';
import { personRequestOf } from './handoff.ts';
import { OFF_TOPIC } from './off-topic.ts';
import type { FaqPack } from './types.ts';

/**
 * A learned backstop behind the handoff rules (handoff.ts): a logistic regression over character n-grams, trained on
 * the requests for a person in handoff-examples.json (positives) against that file's not-requests and customer
 * questions that share a request's words, and the generic off-topic questions (off-topic.ts) (negatives). No pack row
 * is trained on, so a pack's new alternate moves no weight and no threshold (sessions 43-44 lost requests to
 * alternates that did): a pack row it would take up is kept aside instead (handoffRecogniserFor). It says "request"
 * a margin above its highest negative. Deterministic: the rows in a fixed order, a fixed number of passes.
 */

/** The threshold's margin above the highest negative, in log-odds. */
const MARGIN = 0.3;
const PASSES = 40;
const RATE = 1;
const L2 = 1e-4;

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A feature: a number for a Han, kana or Hangul character or pair and a three-letter piece, the word itself for a word. */
export type Feature = number | string;

/** Pieces of characters below this code point are numbers (every letter or digit outside Han, kana and Hangul is). */
const PIECE_BASE = 0x20000;
const PAIR_BASE = 0x110000;
const SPACE = 0x20;
/** The pairs at a run's ends are pairs with these (no Han, kana or Hangul character is one). */
const START = 0x5e;
const END = 0x24;
/** The kinds apart by a number's last two bits; each below 2^53, so exact. */
const charFeature = (c: number) => c * 4;
const pairFeature = (a: number, b: number) => (a * PAIR_BASE + b) * 4 + 1;
const pieceFeature = (a: number, b: number, c: number): Feature =>
  a < PIECE_BASE && b < PIECE_BASE && c < PIECE_BASE ? ((a * PIECE_BASE + b) * PIECE_BASE + c) * 4 + 2 : String.fromCodePoint(0, a, b, c);

const RUN = /[\p{L}\p{N}]+/gu;
const PART = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/**
 * The features of a normalised text (normalizeText's: folded, 轉 = 转), in the order first met: a Han, kana or Hangul run
 * as its characters, its character pairs and the pairs at its ends; a word of another script whole and as its
 * three-letter pieces (" ag", "age"…).
 */
export const featuresOf = (normalized: string): Feature[] => [...featureSet(normalized)];

/** featuresOf's features as a set (in the same order): what the recogniser reads. */
function featureSet(normalized: string): Set<Feature> {
  const features = new Set<Feature>();
  for (const run of normalized.match(RUN) ?? []) {
    for (const part of run.match(PART)!) {
      if (CJK_CHAR.test(part)) {
        // Each character, then its pair with the next: 人, 人工, 工…; then the pairs at the ends.
        let previous = -1;
        for (const char of part) {
          const code = char.codePointAt(0)!;
          if (previous >= 0) features.add(pairFeature(previous, code));
          features.add(charFeature(code));
          previous = code;
        }
        features.add(pairFeature(START, part.codePointAt(0)!));
        features.add(pairFeature(previous, END));
      } else {
        features.add(part);
        // Each three-letter piece of the word with a space at each end.
        let a = SPACE;
        let b = -1;
        for (const char of part) {
          const c = char.codePointAt(0)!;
          if (b >= 0) {
            features.add(pieceFeature(a, b, c));
            a = b;
          }
          b = c;
        }
        features.add(pieceFeature(a, b, SPACE));
      }
    }
  }
  return features;
}

/**
 * A trained recogniser as data, saved with the engine's model (model.ts): the key of what it was trained on (see
 * trainingKeyOf), its bias and each feature whose weight is not zero, with that weight.
 */
export interface SavedRecogniser {
  key: string;
  bias: number;
  features: Feature[];
  weights: Float64Array;
}

export interface HandoffRecogniser {
  /** The probability that a text asks for a person, given normalised (normalizeText). */
  probability(normalized: string): number;
  readonly saved: SavedRecogniser;
}

/** A recogniser with its pack's threshold: what the engine asks. */
export interface PackRecogniser extends HandoffRecogniser {
  /** From this probability a message the rules turn down is a request ("bot, stop. human.", "Kundendienst bitte"). */
  readonly threshold: number;
  /** Whether a normalised text the rules turn down asks for a person. */
  isRequest(normalized: string): boolean;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A saved recogniser ready to score: trained now or read back, the same sums in the same order. */
export function recogniserOf(saved: SavedRecogniser): HandoffRecogniser {
  const weights = new Map<Feature, number>();
  saved.features.forEach((feature, i) => weights.set(feature, saved.weights[i]!));
  return {
    saved,
    probability(normalized: string) {
      const features = featureSet(normalized);
      const scale = 1 / Math.sqrt(features.size || 1);
      let z = saved.bias;
      for (const k of features) {
        const weight = weights.get(k);
        if (weight !== undefined) z += weight * scale;
      }
      return sigmoid(z);
    },
  };
}

/**
 * What a training depends on, hashed: the trainer's version (faq/*.ts changes bump it) and settings, and every row in
 * order. The same key means trainRecogniser would compute the same weights, bit for bit.
 */
export function trainingKeyOf(positives: readonly string[], negatives: readonly string[]): string {
  const hash = new WordHash();
  hash.addWords([TRAINER_VERSION, PASSES, positives.length, negatives.length]);
  hash.addWords(new Uint32Array(Float64Array.of(RATE, L2).buffer));
  for (const row of [...positives, ...negatives]) {
    hash.add(row.length);
    for (let i = 0; i < row.length; i++) hash.add(row.charCodeAt(i));
  }
  return hash.digest();
}

/**
 * Trains the regression with stochastic gradient descent, the classes interleaved and each weighted to half the data,
 * the learning rate falling with each pass; a text's features are scaled to a unit length.
 */
export function trainRecogniser(positives: readonly string[], negatives: readonly string[], key = trainingKeyOf(positives, negatives)): HandoffRecogniser {
  const ids = new Map<Feature, number>();
  const idsOf = (text: string) => Int32Array.from(featuresOf(normalizeText(text)), (k) => ids.get(k) ?? (ids.set(k, ids.size), ids.size - 1));
  const positive = positives.map(idsOf);
  const negative = negatives.map(idsOf);
  const rows = interleave(positive.map((f) => ({ f, y: 1 })), negative.map((f) => ({ f, y: 0 })));
  const classWeight = [rows.length / (2 * Math.max(1, negative.length)), rows.length / (2 * Math.max(1, positive.length))];
  const weights = new Float64Array(ids.size);
  let bias = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const rate = RATE / (1 + pass);
    for (const { f, y } of rows) {
      const scale = 1 / Math.sqrt(f.length || 1);
      let z = bias;
      for (const k of f) z += weights[k]! * scale;
      const gradient = (sigmoid(z) - y) * classWeight[y]!;
      bias -= rate * gradient;
      for (const k of f) weights[k]! -= rate * (gradient * scale + L2 * weights[k]!);
    }
  }
  // A feature of weight zero adds nothing to a sum (and still counts in a text's length): it is left out. The numbers
  // first, then the words (the order model.ts keeps them in), each in the order first met.
  const kept = [...ids].filter(([, id]) => weights[id] !== 0).sort(([a], [b]) => Number(typeof a === 'string') - Number(typeof b === 'string'));
  return recogniserOf({
    key,
    bias,
    features: kept.map(([feature]) => feature),
    weights: Float64Array.from(kept, ([, id]) => weights[id]!),
  });
}

/** The two lists merged, each item placed at its share of the way through (no pass ends with a long run of one class). */
function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && i * b.length <= j * a.length)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

const POSITIVES = Object.values(examples.requests).flat();
const NEGATIVES = [...Object.values(examples.notRequests).flat(), ...Object.values(examples.questions).flat(), ...Object.values(OFF_TOPIC).flat()];
const KEY = trainingKeyOf(POSITIVES, NEGATIVES);

/** The recogniser, trained once a process (the same for every pack), and its threshold. */
let trained: { recogniser: HandoffRecogniser; threshold: number } | undefined;

const logOddsOf = (recogniser: HandoffRecogniser, text: string) => {
  const p = recogniser.probability(normalizeText(text));
  return Math.log(p / (1 - p));
};

/** The features of each pack's rows kept aside, by the pack's entries (an evaluation's seeds build engines of one pack). */
const keptAsideOf = new WeakMap<FaqPack['entries'], Set<Feature>[]>();

/** A pack row this close to a message (the cosine of their feature sets) keeps it from being a request. */
const NEAR = 0.7;
const cosine = (a: Set<Feature>, b: Set<Feature>) => {
  let both = 0;
  for (const k of a) if (b.has(k)) both++;
  return both / Math.sqrt(a.size * b.size || 1);
};

/**
 * The recogniser for a pack: the examples' requests against their not-requests and questions and the off-topic
 * questions (`saved`, the engine's saved model's, when it was trained on exactly those, else trained now). Its
 * threshold is MARGIN above the highest of those negatives that the rules leave to it (neither asking for a person nor
 * mentioning one). A pack row above it ("is your support a bot or a person") is no request, and nor is a message near
 * one: the row is kept aside, not trained on, so the other requests stay as they were.
 */
export function handoffRecogniserFor(pack: Pick<FaqPack, 'entries'>, saved?: SavedRecogniser): PackRecogniser {
  if (trained?.recogniser.saved.key !== KEY) {
    const recogniser = saved?.key === KEY ? recogniserOf(saved) : trainRecogniser(POSITIVES, NEGATIVES, KEY);
    const asked = NEGATIVES.filter((text) => personRequestOf(text) === 'neither');
    trained = { recogniser, threshold: sigmoid(Math.max(...asked.map((text) => logOddsOf(recogniser, text))) + MARGIN) };
  }
  // The saved one when given (the same weights as the one trained here: the same key), so the engine keeps it.
  const recogniser = saved?.key === KEY && saved !== trained.recogniser.saved ? recogniserOf(saved) : trained.recogniser;
  const { threshold } = trained;
  const above = (normalized: string) => recogniser.probability(normalized) >= threshold;
  let keptAside = keptAsideOf.get(pack.entries);
  if (!keptAside) {
    const packRows = pack.entries.flatMap((entry) => Object.values(entry.locales).flatMap((locale) => [locale.question, ...locale.alternates]));
    keptAside = packRows.filter((text) => above(normalizeText(text)) && personRequestOf(text) === 'neither').map((text) => featureSet(normalizeText(text)));
    keptAsideOf.set(pack.entries, keptAside);
  }
  return {
    ...recogniser,
    threshold,
    isRequest: (normalized) => above(normalized) && (keptAside.length === 0 || keptAside.every((row) => cosine(featureSet(normalized), row) < NEAR)),
  };
}
