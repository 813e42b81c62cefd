import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../server/paths.ts';
import { BUILT_FAQ_MODELS } from '../server/services/built-faq-models.ts';

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
 * hash, so a model trained before it is never used (the engine's own key would catch a changed pack or trainer,
 * not a changed fit of the thresholds). The build's model (scripts/train-shipped-faq.ts) records it beside itself;
 * the test run's (tests/helpers/run-models-setup.ts) is named by it.
 */
export function faqSourcesHash(packDir: string): string {
  const hash = createHash('sha256');
  const files = new Set([...filesUnder(path.join(ROOT, 'faq')), ...filesUnder(path.join(ROOT, 'protocol')), 'server/services/faq-pack-files.ts', ...filesUnder(packDir)]);
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(ROOT, file))).update('\0');
  return hash.digest('hex').slice(0, 20);
}

/**
 * Beside the build's model: which file it is and the sources it was trained from (see faqSourcesHash), so that a build
 * of the same sources trains nothing and a test run takes the model as its own, neither loading the pack to name it.
 */
export const BUILT_SHIPPED = path.join(BUILT_FAQ_MODELS, 'shipped.json');

/** The build's model of the shipped pack when it was trained from the sources `sources` names (the tree as it is now). */
export function builtModelOf(sources: string): string | undefined {
  if (!existsSync(BUILT_SHIPPED)) return undefined;
  const recorded = JSON.parse(readFileSync(BUILT_SHIPPED, 'utf8')) as { sources: string; model: string };
  const file = path.join(BUILT_FAQ_MODELS, recorded.model);
  return recorded.sources === sources && existsSync(file) ? file : undefined;
}
