/**
 * Calibrated confidence that the top-ranked entry is the right one: a logistic function of the
 * classifier probability, the cosine with the nearest alternate (low for out-of-scope questions,
 * whatever the classifier says), the ranking margin over the runner-up, and the share of the question's
 * words the pack knows (the vectoriser keeps only known words and re-normalises, so an off-topic question
 * made of a question template and unknown words looks like a short in-scope one to the other three).
 *
 * The probability, nearest and margin are measured among the entries alone, and the hidden out-of-scope class's share
 * entered only as one more linear input, so a question it took for off-topic ("高尔夫有什么技巧", outside 0.96; "what are
 * the limits of my car insurance", 0.83) was answered at 0.6–0.9 whenever one entry stood out among the others. Once the
 * hidden class holds more than half of the probability, the odds are scaled by the share left to the entries against
 * that half: (1 − outside) / (1 − OFF_TOPIC_SHARE); below it, the entries' evidence stands. Scaling from any share
 * on cost 1 point of the Chinese alternates answered in cross-validation (short ones, typos: "怎么快速上手", "提令").
 */
export interface ConfidenceInputs {
  /** The classifier's probability of the entry among the entries. */
  probability: number;
  nearest: number;
  margin: number;
  coverage: number;
  /** The classifier's probability of the hidden out-of-scope class (0 without one). */
  outside: number;
}

/** The hidden class's share from which a question is more likely off-topic than in scope. */
export const OFF_TOPIC_SHARE = 0.5;

export type Calibration = { bias: number } & ConfidenceInputs;

const INPUTS = ['probability', 'nearest', 'margin', 'coverage', 'outside'] as const;

/**
 * Logistic fit on held-out questions (see scripts/eval.ts --calibrate), refitted in session 17 on main 0cdc4c6: the fit
 * of session 15 (bias −1.806, probability 1.607, nearest 0.932, margin 3.559, coverage 0.423, outside −3.26) predates
 * the hidden class's growth, the concepts and the unknown-word feature, and gave the share of a question's words the
 * pack knows a fifth of the weight the engine's evidence now warrants. The nearest alternate's cosine comes out
 * negative: it says little that the probability and the known-word share do not, once both are in.
 */
export const CALIBRATION: Calibration = Object.freeze({ bias: -2.425, probability: 1.538, nearest: -0.376, margin: 1.943, coverage: 2.086, outside: -1.773 });

export function confidence({ probability, nearest, margin, coverage, outside }: ConfidenceInputs, c: Calibration = CALIBRATION): number {
  const z = c.bias + c.probability * probability + c.nearest * nearest + c.margin * margin + c.coverage * coverage + c.outside * outside;
  const inScope = Math.min(1, (1 - outside) / (1 - OFF_TOPIC_SHARE));
  return inScope > 0 ? inScope / (inScope + Math.exp(-z)) : 0;
}

/** Maximum-likelihood logistic fit (full-batch gradient descent, deterministic) of "top-1 was right". */
export function fitCalibration(samples: readonly (ConfidenceInputs & { correct: boolean })[], steps = 3000, rate = 0.5): Calibration {
  const c: Calibration = { bias: 0, probability: 0, nearest: 0, margin: 0, coverage: 0, outside: 0 };
  for (let step = 0; step < steps; step++) {
    const g: Calibration = { bias: 0, probability: 0, nearest: 0, margin: 0, coverage: 0, outside: 0 };
    for (const s of samples) {
      const error = confidence(s, c) - (s.correct ? 1 : 0);
      g.bias += error;
      for (const k of INPUTS) g[k] += error * s[k];
    }
    for (const k of Object.keys(g) as (keyof Calibration)[]) c[k] -= (rate * g[k]) / samples.length;
  }
  return c;
}
