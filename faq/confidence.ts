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

/** Logistic fit on held-out questions (see scripts/eval.ts --calibrate). */
export const CALIBRATION = Object.freeze({ bias: -6, probability: 3, nearest: 7, margin: 3 });

export function confidence({ probability, nearest, margin }: ConfidenceInputs, c = CALIBRATION): number {
  const z = c.bias + c.probability * probability + c.nearest * nearest + c.margin * margin;
  return 1 / (1 + Math.exp(-z));
}
