import { seededRandom } from './classifier.ts';
import { createMatcher, outOfScopeOf, type Matcher } from './matcher.ts';
import type { ScorerOptions } from './scorer.ts';
import type { FaqPack } from './types.ts';

/**
 * The pack's answer and suggest thresholds, fitted when it is built instead of typed into pack.json: a pack of three
 * entries is sure of anything its classifier sees, a pack of two hundred is not, so one number cannot serve both.
 *
 * FOLDS-fold cross-validation: each fold holds out every FOLDS-th alternate of each entry and language and every
 * FOLDS-th built-in off-topic question, trains a matcher on the rest (with the same options and the rest of the
 * off-topic class) and asks it the held-out questions; every alternate and off-topic question is asked once (one
 * fold alone made the answer threshold jump by 0.15 when a few alternates changed: it rested on two questions).
 * - answer: where answering gains most, per question asked, when OFF_TOPIC_SHARE of the questions are off-topic
 *   and the rest are like the held-out alternates: +1 for a right answer, −WRONG_COST for a wrong one or for an
 *   off-topic question answered (the highest threshold within TOLERANCE of the best);
 * - suggest: above all but SUGGESTED of the off-topic questions ("did you mean" for at most that share of them).
 * Both are kept within [FLOOR, CEILING] and suggest ≤ answer. The wallet pack's answer threshold comes out near 0.47,
 * a three-entry pack's near 0.56: the few alternates of a small pack are all right, but its off-topic questions
 * would be answered more often below that.
 */
export interface Thresholds {
  answer: number;
  suggest: number;
}

const FOLDS = 3;
const OFF_TOPIC_SHARE = 0.2;
const TOLERANCE = 0.005;
const WRONG_COST = 1;
const SUGGESTED = 0.1;
const FLOOR = { answer: 0.35, suggest: 0.15 };
const CEILING = { answer: 0.95, suggest: 0.5 };
/** Thresholds sit a hair above the confidence that decided them (a question at a threshold is answered). */
const STEP = 1e-3;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The confidence a question would be answered with (0 when it would never be: nothing matched, or generic). */
function answerConfidence(matcher: Matcher, text: string, locale: string): { confidence: number; index: number } {
  const match = matcher.match(text, locale, 2);
  const best = match?.ranked[0];
  return !best || match.generic ? { confidence: 0, index: -1 } : { confidence: best.confidence, index: best.index };
}

/** The held-out confidences a pack's thresholds are chosen from (see fitThresholds). */
export interface HeldOutConfidences {
  /** Held-out alternates: the confidence they would be answered with, and whether with their own entry. */
  positives: { confidence: number; right: boolean }[];
  /** Held-out off-topic questions: the confidence they would be answered with. */
  negatives: number[];
}

export function heldOutConfidences(pack: FaqPack, options?: ScorerOptions): HeldOutConfidences {
  const outside = outOfScopeOf(pack.locales);
  const negatives: number[] = [];
  const positives: { confidence: number; right: boolean }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held: { text: string; locale: string; index: number }[] = [];
    const entries = pack.entries.map((entry, index) => ({
      ...entry,
      locales: Object.fromEntries(
        Object.entries(entry.locales).map(([locale, content]) => {
          content.alternates.forEach((text, i) => i % FOLDS === fold && held.push({ text, locale, index }));
          return [locale, { ...content, alternates: content.alternates.filter((_, i) => i % FOLDS !== fold) }];
        }),
      ),
    }));
    const matcher = createMatcher({ ...pack, entries }, options, undefined, outside.filter((_, i) => i % FOLDS !== fold));
    for (const q of outside.filter((_, i) => i % FOLDS === fold)) negatives.push(answerConfidence(matcher, q.text, q.locale).confidence);
    for (const q of held) {
      const { confidence, index } = answerConfidence(matcher, q.text, q.locale);
      positives.push({ confidence, right: index === q.index });
    }
  }
  return { positives, negatives };
}

/**
 * The expected gain of answering at or above each threshold, per question asked: OFF_TOPIC_SHARE of them off-topic
 * (each one answered costs WRONG_COST), the rest like the held-out alternates (+1 right, −WRONG_COST wrong). One point
 * per distinct confidence at or above FLOOR.answer, highest threshold first.
 */
export function gainCurve({ positives, negatives }: HeldOutConfidences): { threshold: number; gain: number }[] {
  const events = [
    ...positives.map((p) => ({ confidence: p.confidence, gain: ((1 - OFF_TOPIC_SHARE) * (p.right ? 1 : -WRONG_COST)) / positives.length })),
    ...negatives.map((confidence) => ({ confidence, gain: (-OFF_TOPIC_SHARE * WRONG_COST) / Math.max(1, negatives.length) })),
  ].sort((a, b) => b.confidence - a.confidence);
  const curve: { threshold: number; gain: number }[] = [];
  let gain = 0;
  events.forEach((e, k) => {
    gain += e.gain;
    const next = events[k + 1]?.confidence ?? 0;
    // A threshold between this confidence and the next one answers exactly the events so far.
    if (next !== e.confidence && e.confidence >= FLOOR.answer) curve.push({ threshold: next + STEP, gain });
  });
  return curve;
}

/**
 * The thresholds within TOLERANCE of the best gain, highest first (the curve is flat near its top: the alternates there
 * are about as often right as wrong).
 */
function plateauOf(curve: readonly { threshold: number; gain: number }[]): number[] {
  const best = Math.max(0, ...curve.map((c) => c.gain));
  return curve.filter((c) => c.gain >= best - TOLERANCE).map((c) => c.threshold);
}

export function chooseThresholds(confidences: HeldOutConfidences): Thresholds {
  // The highest threshold of the plateau, so that a few edited alternates do not move it across the plateau.
  const top = plateauOf(gainCurve(confidences))[0];
  const answer = clamp(top ?? CEILING.answer, FLOOR.answer, CEILING.answer);
  const negatives = [...confidences.negatives].sort((a, b) => b - a);
  const share = negatives.length > 0 ? negatives[Math.floor(SUGGESTED * negatives.length)]! + STEP : FLOOR.suggest;
  const suggest = Math.min(answer, clamp(share, FLOOR.suggest, CEILING.suggest));
  return { answer, suggest };
}

export const fitThresholds = (pack: FaqPack, options?: ScorerOptions): Thresholds => chooseThresholds(heldOutConfidences(pack, options));

/**
 * How steady the fitted answer threshold is (for npm run eval): the plateau it is taken from, and the answer threshold
 * fitted again on `resamples` bootstrap resamples of the held-out confidences (questions drawn with replacement, a
 * seeded draw): their mean, standard deviation and 5th–95th percentiles. A wide spread means a few edited alternates
 * can move the threshold as far, and one or two questions of a set with it.
 */
export function answerThresholdSpread(confidences: HeldOutConfidences, resamples = 100, seed = 1) {
  const plateau = plateauOf(gainCurve(confidences));
  const random = seededRandom(seed);
  const draw = <T>(items: readonly T[]) => items.map(() => items[Math.floor(random() * items.length)]!);
  const fitted = Array.from({ length: resamples }, () => chooseThresholds({ positives: draw(confidences.positives), negatives: draw(confidences.negatives) }).answer).sort((a, b) => a - b);
  const mean = fitted.reduce((sum, t) => sum + t, 0) / resamples;
  const at = (p: number) => fitted[Math.min(resamples - 1, Math.floor(p * resamples))]!;
  return {
    plateau: { high: plateau[0] ?? null, low: plateau.at(-1) ?? null },
    resampled: { mean, sd: Math.sqrt(fitted.reduce((sum, t) => sum + (t - mean) ** 2, 0) / resamples), p5: at(0.05), p95: at(0.95) },
  };
}
