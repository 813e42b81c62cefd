/**
 * Calibrated confidence that the top-ranked entry is the right one: a logistic function of the
 * classifier probability, the cosine with the nearest alternate (low for out-of-scope questions,
 * whatever the classifier says) and the ranking margin over the runner-up.
 */
export interface ConfidenceInputs {
  probability: number;
  nearest: number;
  margin: number;
}

export interface Calibration {
  bias: number;
  probability: number;
  nearest: number;
  margin: number;
}

/** Logistic fit on held-out questions (see scripts/eval.ts --calibrate). */
export const CALIBRATION: Calibration = Object.freeze({ bias: -3.492, probability: 4.239, nearest: 2.163, margin: 1.413 });

export function confidence({ probability, nearest, margin }: ConfidenceInputs, c: Calibration = CALIBRATION): number {
  const z = c.bias + c.probability * probability + c.nearest * nearest + c.margin * margin;
  return 1 / (1 + Math.exp(-z));
}

/** Maximum-likelihood logistic fit (full-batch gradient descent, deterministic) of "top-1 was right". */
export function fitCalibration(samples: readonly (ConfidenceInputs & { correct: boolean })[], steps = 3000, rate = 0.5): Calibration {
  const c: Calibration = { bias: 0, probability: 0, nearest: 0, margin: 0 };
  for (let step = 0; step < steps; step++) {
    const g = { bias: 0, probability: 0, nearest: 0, margin: 0 };
    for (const s of samples) {
      const error = confidence(s, c) - (s.correct ? 1 : 0);
      g.bias += error;
      g.probability += error * s.probability;
      g.nearest += error * s.nearest;
      g.margin += error * s.margin;
    }
    for (const k of Object.keys(g) as (keyof Calibration)[]) c[k] -= (rate * g[k]) / samples.length;
  }
  return c;
}
