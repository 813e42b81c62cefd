import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createFaqEngine, readModel, type FaqEngine, type FaqModel } from '../../faq/index.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';

/**
 * The shipped wallet pack's trained FAQ model, trained once per test run by tests/helpers/wallet-model-setup.ts
 * (vitest globalSetup), which names its file in this variable. Outside vitest (the bench, `npm run soak`) it is
 * unset and everything trains as it would.
 */
export const WALLET_MODEL_ENV = 'KEFU_TEST_WALLET_MODEL';
const MODEL = 'faq-model.bin';
export const WALLET_PACK = path.resolve(import.meta.dirname, '../../faq/packs/wallet');

const walletModelFile = (): string | undefined => process.env[WALLET_MODEL_ENV];

/** For createFaqEngine(walletPack, { model }): the engine uses it only when its key is the pack's, else trains. */
export function walletModel(): FaqModel | undefined {
  const file = walletModelFile();
  return file === undefined ? undefined : readModel(readFileSync(file));
}

/** The shipped wallet pack's engine, built from the run's model (the same engine as one trained now, without training). */
export async function walletEngine(): Promise<FaqEngine> {
  return createFaqEngine(await loadPackFromDir(WALLET_PACK), { model: walletModel() });
}

/**
 * Before a server (in the test's process or a child) starts on a data directory: one on the shipped pack (no
 * KEFU_FAQ_PACK_DIR) gets the run's model as its saved model, unless it has one, instead of training the pack
 * (≈3 s of CPU). Safe: the server uses the file only when its key is the pack's, else trains and rewrites it.
 */
export function seedFaqModel(dataDir: string, packDir: string | undefined): void {
  const file = walletModelFile();
  if (packDir !== undefined || file === undefined || existsSync(path.join(dataDir, MODEL))) return;
  copyFileSync(file, path.join(dataDir, MODEL));
}
