import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The trained FAQ model of a pack folder, shared by the test servers of every test file: a fresh data directory gets
 * a copy, so each server does not train the same pack again (with its fitted thresholds that is four trainings, about
 * 1.4 s of CPU for the wallet pack). Safe when stale: the server uses the file only when its key is the pack's, else
 * trains and writes its own, which then replaces this one.
 */
const SHIPPED = path.resolve(import.meta.dirname, '../../faq/packs/wallet');
/** One seed per pack folder (by its absolute path: checkouts side by side do not share one). */
const seedOf = (packDir: string | undefined) =>
  path.join(tmpdir(), `kefu-test-faq-model-${createHash('sha256').update(path.resolve(packDir ?? SHIPPED)).digest('hex').slice(0, 16)}.bin`);
const MODEL = 'faq-model.bin';

/** Before a server starts on a fresh data directory. */
export function seedFaqModel(dataDir: string, packDir: string | undefined): void {
  const seed = seedOf(packDir);
  if (existsSync(seed) && !existsSync(path.join(dataDir, MODEL))) copyFileSync(seed, path.join(dataDir, MODEL));
}

/** Once it has started: its model (the shipped pack's, trained or the seed itself) becomes the seed. */
export function keepFaqModel(dataDir: string, packDir: string | undefined): void {
  const own = path.join(dataDir, MODEL);
  if (!existsSync(own)) return;
  const seed = seedOf(packDir);
  const bytes = readFileSync(own);
  if (existsSync(seed) && readFileSync(seed).equals(bytes)) return;
  // Written aside and renamed: another test process never reads half a file.
  const partial = `${seed}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, seed);
}
