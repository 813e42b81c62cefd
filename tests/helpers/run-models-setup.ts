import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFaqEngine, exportModel } from '../../faq/index.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';
import { RUN_MODELS } from './faq-model-seed.ts';
import { SYSTEM_TEMP } from './run-temp-setup.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every file under `dir`, by path relative to ROOT, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .sort();
}

/**
 * What a pack's trained model depends on: the pack and the engine's code (faq/, which holds the wallet pack,
 * protocol/ that it imports, and the pack's file reader), every file's path and bytes. Any change there is another
 * file name, so a model trained before it is never used (the engine's own key would catch a changed pack or trainer,
 * not a changed fit of the thresholds).
 */
function contentHash(packDir: string): string {
  const hash = createHash('sha256');
  const files = new Set([...filesUnder(path.join(ROOT, 'faq')), ...filesUnder(path.join(ROOT, 'protocol')), 'server/services/faq-pack-files.ts', ...filesUnder(packDir)]);
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(ROOT, file))).update('\0');
  return hash.digest('hex').slice(0, 20);
}

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
    const file = path.join(process.env[SYSTEM_TEMP] ?? tmpdir(), `kefu-test-${name}-model-${contentHash(pack)}.bin`);
    if (!existsSync(file)) {
      let bytes: Uint8Array;
      try {
        bytes = exportModel(createFaqEngine(await loadPackFromDir(pack)));
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
