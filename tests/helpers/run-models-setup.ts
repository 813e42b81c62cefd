import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFaqEngine, exportModel } from '../../faq/index.ts';
import { builtModelOf, faqSourcesHash } from '../../scripts/built-faq-model.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';
import { RUN_MODELS } from './faq-model-seed.ts';
import { SYSTEM_TEMP } from './run-temp-setup.ts';

/**
 * vitest globalSetup: each pack of RUN_MODELS (the shipped wallet pack, ≈3 s of CPU: four trainings with its fitted
 * thresholds; the tests' mini pack, ≈1 s) trained once per run, not once per test file or test server. A model is kept
 * in the OS temp folder (not the run's own: tests/helpers/run-temp-setup.ts) under the hash of what it was trained from, so a second run of the same tree trains nothing,
 * and its path is handed to the test processes in the pack's variable (tests/helpers/faq-model-seed.ts reads it).
 * Without the pack in the tree, or when it does not build, nothing is handed over: each test trains (and fails) on its
 * own, saying why.
 */
export default async function setup(): Promise<void> {
  for (const { name, pack, env } of RUN_MODELS) {
    if (!existsSync(path.join(pack, 'pack.json'))) continue;
    const sources = faqSourcesHash(pack);
    const file = path.join(process.env[SYSTEM_TEMP] ?? tmpdir(), `kefu-test-${name}-model-${sources}.bin`);
    if (!existsSync(file)) {
      let bytes: Uint8Array;
      try {
        const loaded = await loadPackFromDir(pack);
        // npm test builds first: the build's model of the shipped pack, trained from these same sources, is this one.
        const built = name === 'wallet' ? builtModelOf(sources) : undefined;
        bytes = built ? readFileSync(built) : exportModel(createFaqEngine(loaded));
      } catch (err) {
        console.warn(`\n!!! the ${name} pack does not build, so each test trains it: ${String(err)} !!!\n`);
        continue;
      }
      // Written aside and renamed: another run (another checkout of the same tree) never reads half a file.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, bytes);
      renameSync(partial, file);
    }
    process.env[env] = file;
  }
}
