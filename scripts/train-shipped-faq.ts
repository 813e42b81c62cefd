/**
 * `npm run build`'s last step: trains the shipped FAQ pack (faq/packs/wallet) once and writes its model to
 * dist/faq-models/<hash of the pack>.bin, so that a server starting on a fresh data dir (a first start, a new node of a
 * cluster) builds its engine from it instead of training (see server/services/faq-model-cache.ts). Written aside and
 * renamed: a server starting meanwhile reads the old file or the new one whole.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createFaqEngine, exportModel } from '../faq/index.ts';
import { BUILT_FAQ_MODELS, builtModelFile } from '../server/services/faq-model-cache.ts';
import { loadPackFromDir } from '../server/services/faq-pack-files.ts';
import { ROOT } from '../server/paths.ts';

const pack = await loadPackFromDir(path.join(ROOT, 'faq/packs/wallet'));
const file = builtModelFile(BUILT_FAQ_MODELS, pack);
const started = performance.now();
const bytes = exportModel(createFaqEngine(pack));
mkdirSync(BUILT_FAQ_MODELS, { recursive: true });
// One model: an earlier build's, of another pack, would never be read again.
for (const old of readdirSync(BUILT_FAQ_MODELS)) if (path.join(BUILT_FAQ_MODELS, old) !== file) rmSync(path.join(BUILT_FAQ_MODELS, old), { force: true });
writeFileSync(`${file}.partial`, bytes);
renameSync(`${file}.partial`, file);
console.log(`FAQ model of the shipped pack: ${path.relative(ROOT, file)} (${(bytes.length / 1e6).toFixed(1)} MB, trained in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
