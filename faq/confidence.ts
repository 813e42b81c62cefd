/**
 * Calibrated confidence that the top-ranked entry is the right one: a logistic function of the
 * classifier probability, the cosine with the nearest alternate (low for out-of-scope questions,
 * whatever the classifier says), the ranking margin over the runner-up, and the share of the question's
 * words the pack knows (the vectoriser keeps only known words and re-normalises, so an off-topic question
 * made of a question template and unknown words looks like a short in-scope one to the other three).
 */
export interface ConfidenceInputs {
  probability: number;
  nearest: number;
  margin: number;
  coverage: number;
}

export type Calibration = { bias: number } & ConfidenceInputs;

const INPUTS = ['probability', 'nearest', 'margin', 'coverage'] as const;

/** Logistic fit on held-out questions (see scripts/eval.ts --calibrate). */
export const CALIBRATION: Calibration = Object.freeze({ bias: -7.113, probability: 3.139, nearest: 0.215, margin: 2.504, coverage: 5.652 });

export function confidence({ probability, nearest, margin, coverage }: ConfidenceInputs, c: Calibration = CALIBRATION): number {
  const z = c.bias + c.probability * probability + c.nearest * nearest + c.margin * margin + c.coverage * coverage;
  return 1 / (1 + Math.exp(-z));
}

/** Maximum-likelihood logistic fit (full-batch gradient descent, deterministic) of "top-1 was right". */
export function fitCalibration(samples: readonly (ConfidenceInputs & { correct: boolean })[], steps = 3000, rate = 0.5): Calibration {
  const c: Calibration = { bias: 0, probability: 0, nearest: 0, margin: 0, coverage: 0 };
  for (let step = 0; step < steps; step++) {
    const g: Calibration = { bias: 0, probability: 0, nearest: 0, margin: 0, coverage: 0 };
    for (const s of samples) {
      const error = confidence(s, c) - (s.correct ? 1 : 0);
      g.bias += error;
      for (const k of INPUTS) g[k] += error * s[k];
    }
    for (const k of Object.keys(g) as (keyof Calibration)[]) c[k] -= (rate * g[k]) / samples.length;
  }
  return c;
}
