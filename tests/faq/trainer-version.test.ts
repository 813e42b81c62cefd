import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { TRAINER_VERSION } from '../../faq/classifier.ts';

/**
 * A server keeps its trained model with the thresholds fitted to it (`<data dir>/faq-model.bin`) and reuses it while
 * the training key matches. The key covers the training examples and TRAINER_VERSION, not the code that scores and
 * fits: after an upgrade that changes how confidence is computed, a kept model would serve thresholds fitted by the
 * old code. So the engine's sources are recorded here with the version; a change to faq/*.ts fails this test until
 * TRAINER_VERSION is bumped (faq/classifier.ts) and both are recorded again.
 */
const RECORDED = { version: 713, sources: '9f74fd2449300bf2' };

const FAQ = path.resolve(import.meta.dirname, '../../faq');
function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(FAQ).filter((n) => n.endsWith('.ts')).sort()) hash.update(`${name}\0`).update(readFileSync(path.join(FAQ, name))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

it("TRAINER_VERSION moves with the FAQ engine's code (a kept model is never reused with another engine's thresholds)", () => {
  const now = { version: TRAINER_VERSION, sources: sourcesHash() };
  if (now.sources !== RECORDED.sources && now.version === RECORDED.version) {
    throw new Error(`faq/*.ts changed (${now.sources}): bump TRAINER_VERSION in faq/classifier.ts and record { version, sources } here`);
  }
  expect(now).toEqual(RECORDED);
});
