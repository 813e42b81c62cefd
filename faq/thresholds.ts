import { seededRandom } from './classifier.ts';
import { createMatcher, outOfScopeOf, type Matcher, type OutOfScopeQuestion } from './matcher.ts';
import type { ScorerOptions } from './scorer.ts';
import { EXAMPLE_KIND, exampleKey } from './training-order.ts';
import type { FaqPack } from './types.ts';

/**
 * The pack's answer and suggest thresholds, fitted when it is built instead of typed into pack.json: a pack of three
 * entries is sure of anything its classifier sees, a pack of two hundred is not, so one number cannot serve both.
 *
 * FOLDS-fold cross-validation: each fold holds out every FOLDS-th alternate of each entry and language and a third of
 * the built-in off-topic questions (see outOfScopeFold), trains a matcher on the rest (with the same options and the
 * rest of the off-topic class) and asks it the held-out questions; every alternate and off-topic question is asked once (one
 * fold alone made the answer threshold jump by 0.15 when a few alternates changed: it rested on two questions).
 * - answer: where the expected gain is highest, per held-out question: +1 for an alternate answered with its own entry,
 *   −WRONG_COST for one answered with another, −OFF_TOPIC_COST for an off-topic question answered (each as a share of
 *   its set), a question at confidence c counting as answered at threshold t with probability σ((c − t) / SOFTNESS)
 *   (a paraphrase of it could be that much surer or less sure). The exact gain is flat within 0.005 over 0.35–0.6 for
 *   the wallet pack, and its top jumped between 0.53 and 0.63 with any content change; the smoothed curve has one
 *   peak, which moves little (see answerThresholdSpread);
 * - suggest: above all but SUGGESTED of the off-topic questions ("did you mean" for at most that share of them);
 * - answerByLocale: each language's answer threshold, from its own held-out questions (see answerByLocaleOf).
 * All are kept within [FLOOR, CEILING] and suggest ≤ answer.
 */
export interface Thresholds {
  answer: number;
  suggest: number;
  /** The answer threshold of each language the pack's held-out alternates are in (see answerByLocaleOf); any other uses `answer`. */
  answerByLocale?: Record<string, number>;
}

export const FOLDS = 3;
/**
 * A wrong answer, or an off-topic question answered, costs what a right answer gains (as shares of their sets). 1.25
 * for an off-topic question moved the wallet pack's threshold to 0.58 and cost 0.2–0.5 points of the cross-validation's
 * answered alternates in four languages for 0–0.7 points fewer off-topic questions answered.
 */
const OFF_TOPIC_COST = 1;
const WRONG_COST = 1;
/** σ's scale: 0.06 left the wallet pack's threshold refitted on resamples an sd of 0.012, 0.09 of 0.007 (the exact top's 0.024). */
const SOFTNESS = 0.09;
/** The smoothed gain is computed from confidences rounded to BIN and at thresholds GRID apart (fast enough to resample). */
const BIN = 0.0025;
const GRID = 0.001;
/** For npm run eval: thresholds whose smoothed gain is within this of the best. */
const TOLERANCE = 0.005;
const SUGGESTED = 0.1;
/**
 * The answer threshold is never below the confidence at which answering breaks even: the calibrated confidence c is the
 * chance that the top entry is right (faq/confidence.ts; of the calibration's samples over ten training seeds, those at
 * 0.35–0.5 were right 38–47 % of the time), so answering gains c − WRONG_COST · (1 − c), which is negative below
 * WRONG_COST / (1 + WRONG_COST), whatever a pack's own held-out alternates say. A three-entry pack's are all answered
 * right (its classifier is sure of anything), so its fitted threshold fell to the old floor, 0.35, and it answered
 * "password or refund or transfer" with transfer at 0.36. The wallet pack's fitted threshold is 0.497–0.507.
 */
const FLOOR = { answer: WRONG_COST / (1 + WRONG_COST), suggest: 0.15 };
const CEILING = { answer: 0.95, suggest: 0.5 };
/** The suggest threshold sits a hair above the confidence that decided it (a question at a threshold is answered). */
const STEP = 1e-3;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * An off-topic question's fold, by a hash of its language and text: one added or removed leaves every other in its
 * fold. (By position in the list of all languages', one more zh-CN question moved every later one, in every language,
 * to another fold, and the wallet pack's fitted threshold by up to 0.007 over ten training seeds.)
 */
export const outOfScopeFold = (q: OutOfScopeQuestion): number => exampleKey([q.locale, q.text], EXAMPLE_KIND.outOfScope) % FOLDS;

/** The confidence a question would be answered with (0 when it would never be: nothing matched, or generic). */
function answerConfidence(matcher: Matcher, text: string, locale: string): { confidence: number; index: number } {
  const match = matcher.match(text, locale, 2);
  const best = match?.ranked[0];
  return !best || match.generic ? { confidence: 0, index: -1 } : { confidence: best.confidence, index: best.index };
}

/** The held-out confidences a pack's thresholds are chosen from (see fitThresholds). */
export interface HeldOutConfidences {
  /** Held-out alternates: the confidence they would be answered with, whether with their own entry, and their language. */
  positives: { confidence: number; right: boolean; locale: string }[];
  /** Held-out off-topic questions: the confidence they would be answered with, and their language. */
  negatives: { confidence: number; locale: string }[];
}

export function heldOutConfidences(pack: FaqPack, options?: ScorerOptions): HeldOutConfidences {
  const outside = outOfScopeOf(pack.locales);
  const outsideFolds = outside.map(outOfScopeFold);
  const negatives: HeldOutConfidences['negatives'] = [];
  const positives: HeldOutConfidences['positives'] = [];
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
    const matcher = createMatcher({ ...pack, entries }, options, undefined, outside.filter((_, i) => outsideFolds[i] !== fold));
    for (const q of outside.filter((_, i) => outsideFolds[i] === fold)) negatives.push({ confidence: answerConfidence(matcher, q.text, q.locale).confidence, locale: q.locale });
    for (const q of held) {
      const { confidence, index } = answerConfidence(matcher, q.text, q.locale);
      positives.push({ confidence, right: index === q.index, locale: q.locale });
    }
  }
  return { positives, negatives };
}

/**
 * The expected gain of answering at each threshold from FLOOR.answer to CEILING.answer (GRID apart), per held-out
 * question (see the top of this file). A confidence of 0 is a question that is never answered (nothing matched, or
 * generic): it counts for its set's size only.
 */
export function gainCurve({ positives, negatives }: HeldOutConfidences): { threshold: number; gain: number }[] {
  // Each question's gain added into its confidence's bin: the curve is then bins × thresholds, whatever the questions.
  const bins = new Float64Array(Math.round(1 / BIN) + 1);
  for (const p of positives) if (p.confidence > 0) bins[Math.round(p.confidence / BIN)]! += (p.right ? 1 : -WRONG_COST) / positives.length;
  for (const { confidence: c } of negatives) if (c > 0) bins[Math.round(c / BIN)]! -= OFF_TOPIC_COST / Math.max(1, negatives.length);
  const curve: { threshold: number; gain: number }[] = [];
  for (let k = 0, steps = Math.round((CEILING.answer - FLOOR.answer) / GRID); k <= steps; k++) {
    const threshold = (Math.round(FLOOR.answer / GRID) + k) / Math.round(1 / GRID);
    let gain = 0;
    for (let b = 0; b < bins.length; b++) if (bins[b] !== 0) gain += bins[b]! / (1 + Math.exp((threshold - b * BIN) / SOFTNESS));
    curve.push({ threshold, gain });
  }
  return curve;
}

/** The thresholds within TOLERANCE of the best smoothed gain, lowest first. */
function plateauOf(curve: readonly { threshold: number; gain: number }[]): number[] {
  const best = Math.max(...curve.map((c) => c.gain));
  return curve.filter((c) => c.gain >= best - TOLERANCE).map((c) => c.threshold);
}

/** The answer threshold at the smoothed gain's peak; the ceiling where answering never gains (no held-out alternate is answered right). */
function answerThresholdOf(confidences: HeldOutConfidences): number {
  const peak = gainCurve(confidences).reduce((best, c) => (c.gain > best.gain ? c : best));
  return peak.gain > 0 ? peak.threshold : CEILING.answer;
}

/**
 * Each language's answer threshold: the peak of the gain curve of its own held-out alternates and off-topic questions,
 * shrunk towards the pack's by SHRINK held-out alternates' weight, and never above the pack's. Confidences are not
 * scaled alike across languages (seed 77: the peaks were zh-CN 0.514, zh-TW 0.500, en 0.524, ja 0.549, ko 0.533, es
 * 0.515 against the pack's 0.525), but a language's held-out alternates are surer than questions written apart from the
 * pack: raised to their peak, ja and ko answered fewer of those (ten seeds, session 42), lowered, zh-TW and es answered
 * more, no more off-topic ones. Shrunk, a language with few alternates stays near the pack's threshold.
 */
const SHRINK = 500;
function answerByLocaleOf(confidences: HeldOutConfidences, answer: number): Record<string, number> {
  const locales = [...new Set(confidences.positives.map((p) => p.locale))].sort();
  return Object.fromEntries(
    locales.map((locale) => {
      const positives = confidences.positives.filter((p) => p.locale === locale);
      const own = answerThresholdOf({ positives, negatives: confidences.negatives.filter((n) => n.locale === locale) });
      return [locale, Math.min(answer, answer + ((own - answer) * positives.length) / (positives.length + SHRINK))];
    }),
  );
}

export function chooseThresholds(confidences: HeldOutConfidences): Thresholds {
  const answer = answerThresholdOf(confidences);
  const negatives = confidences.negatives.map((n) => n.confidence).sort((a, b) => b - a);
  const share = negatives.length > 0 ? negatives[Math.floor(SUGGESTED * negatives.length)]! + STEP : FLOOR.suggest;
  const suggest = Math.min(answer, clamp(share, FLOOR.suggest, CEILING.suggest));
  return { answer, suggest, answerByLocale: answerByLocaleOf(confidences, answer) };
}

export const fitThresholds = (pack: FaqPack, options?: ScorerOptions): Thresholds => chooseThresholds(heldOutConfidences(pack, options));

/**
 * How steady the fitted answer threshold is (for npm run eval): the thresholds within TOLERANCE of the best smoothed
 * gain (how flat the curve is about its peak), and the answer threshold
 * fitted again on `resamples` bootstrap resamples of the held-out confidences (questions drawn with replacement, a
 * seeded draw): their mean, standard deviation and 5th–95th percentiles. A wide spread means a few edited alternates
 * can move the threshold as far, and one or two questions of a set with it.
 */
export function answerThresholdSpread(confidences: HeldOutConfidences, resamples = 100, seed = 1) {
  const plateau = plateauOf(gainCurve(confidences));
  const random = seededRandom(seed);
  const draw = <T>(items: readonly T[]) => items.map(() => items[Math.floor(random() * items.length)]!);
  const fitted = Array.from({ length: resamples }, () => answerThresholdOf({ positives: draw(confidences.positives), negatives: draw(confidences.negatives) })).sort((a, b) => a - b);
  const mean = fitted.reduce((sum, t) => sum + t, 0) / resamples;
  const at = (p: number) => fitted[Math.min(resamples - 1, Math.floor(p * resamples))]!;
  return {
    plateau: { low: plateau[0] ?? null, high: plateau.at(-1) ?? null },
    resampled: { mean, sd: Math.sqrt(fitted.reduce((sum, t) => sum + (t - mean) ** 2, 0) / resamples), p5: at(0.05), p95: at(0.95) },
  };
}
