import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createFaqEngine, readModel, type FaqEngine, type FaqModel } from '../../faq/index.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';

const MODEL = 'faq-model.bin';
export const WALLET_PACK = path.resolve(import.meta.dirname, '../../faq/packs/wallet');
/** The three-entry pack of the tests (tests/fixtures/faq-mini): the servers, clusters and engines that need a small pack. */
export const MINI_PACK = path.resolve(import.meta.dirname, '../fixtures/faq-mini');

/**
 * The packs whose trained FAQ models a test run keeps: trained once per run by tests/helpers/run-models-setup.ts
 * (vitest globalSetup), which names each model's file in the pack's variable. Outside vitest (the bench, `npm run
 * soak`) they are unset and everything trains as it would.
 */
export const RUN_MODELS = [
  { name: 'wallet', pack: WALLET_PACK, env: 'KEFU_TEST_WALLET_MODEL' },
  { name: 'mini', pack: MINI_PACK, env: 'KEFU_TEST_MINI_MODEL' },
] as const;

/** The file of the run's model for the pack in `packDir`, if the run keeps one. */
const modelFile = (packDir: string): string | undefined => {
  const kept = RUN_MODELS.find((m) => m.pack === path.resolve(packDir));
  return kept === undefined ? undefined : process.env[kept.env];
};

/** For createFaqEngine(pack, { model }): the engine uses it only when its key is the pack's, else trains. */
export function runModel(packDir: string): FaqModel | undefined {
  const file = modelFile(packDir);
  return file === undefined ? undefined : readModel(readFileSync(file));
}

export const walletModel = (): FaqModel | undefined => runModel(WALLET_PACK);

/** The engine of the pack in `packDir`, built from the run's model (the same engine as one trained now, without training). */
export async function runEngine(packDir: string): Promise<FaqEngine> {
  return createFaqEngine(await loadPackFromDir(packDir), { model: runModel(packDir) });
}

/** The shipped wallet pack's engine, built from the run's model. */
export const walletEngine = (): Promise<FaqEngine> => runEngine(WALLET_PACK);

/** What `engine` gives `text`, as a test compares it: the entry answered, else the reply's kind ('suggest', 'handoff'…). */
export function replyOf(engine: FaqEngine, text: string) {
  const answer = engine.answer(text);
  return answer.kind === 'answer' ? answer.faqId : answer.kind;
}

/**
 * Before a server (in the test's process or a child) starts on a data directory: one on the shipped pack (no
 * KEFU_FAQ_PACK_DIR) or on the mini pack gets the run's model of it as its saved model, unless it has one, instead of
 * training the pack (≈3 s of CPU for the wallet pack, ≈1 s for the mini one). Safe: the server uses the file only when
 * its key is the pack's, else trains and rewrites it.
 */
export function seedFaqModel(dataDir: string, packDir: string | undefined): void {
  const file = modelFile(packDir ?? WALLET_PACK);
  if (file === undefined || existsSync(path.join(dataDir, MODEL))) return;
  copyFileSync(file, path.join(dataDir, MODEL));
}
