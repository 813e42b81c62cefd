/**
 * `npm run build`'s last step: trains the shipped FAQ pack (faq/packs/wallet) and writes its model to
 * dist/faq-models/<hash of the pack>.bin, so that a server starting on a fresh data dir (a first start, a new node of a
 * cluster) builds its engine from it instead of training (see server/services/faq-model-cache.ts). Beside it,
 * shipped.json names it and the sources it was trained from (scripts/built-faq-model.ts): a build of the same sources
 * trains nothing (nor loads the engine), and a test run takes the model as its own. Written aside and renamed.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../server/paths.ts';
import { BUILT_FAQ_MODELS, builtModelFile } from '../server/services/built-faq-models.ts';
import { BUILT_SHIPPED, builtModelOf, faqSourcesHash } from './built-faq-model.ts';

const packDir = path.join(ROOT, 'faq/packs/wallet');
const sources = faqSourcesHash(packDir);
const current = builtModelOf(sources);
if (current) {
  console.log(`FAQ model of the shipped pack: ${path.relative(ROOT, current)}, trained from these sources already`);
} else {
  const { createFaqEngine, exportModel } = await import('../faq/index.ts');
  const { loadPackFromDir } = await import('../server/services/faq-pack-files.ts');
  const pack = await loadPackFromDir(packDir);
  const file = builtModelFile(BUILT_FAQ_MODELS, pack);
  const started = performance.now();
  const bytes = exportModel(createFaqEngine(pack));
  mkdirSync(BUILT_FAQ_MODELS, { recursive: true });
  // One model: an earlier build's, of another pack, would never be read again.
  for (const old of readdirSync(BUILT_FAQ_MODELS)) rmSync(path.join(BUILT_FAQ_MODELS, old), { force: true });
  writeFileSync(`${file}.partial`, bytes);
  renameSync(`${file}.partial`, file);
  writeFileSync(`${BUILT_SHIPPED}.partial`, JSON.stringify({ sources, model: path.basename(file) }));
  renameSync(`${BUILT_SHIPPED}.partial`, BUILT_SHIPPED);
  console.log(`FAQ model of the shipped pack: ${path.relative(ROOT, file)} (${(bytes.length / 1e6).toFixed(1)} MB, trained in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
