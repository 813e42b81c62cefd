import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { MINI_PACK } from './faq-model-seed.ts';

const read = (file: string) => JSON.parse(readFileSync(path.join(MINI_PACK, file), 'utf8')) as { locales: Record<string, unknown> };
const LOCALES = ['zh-CN', 'en'];

/**
 * For a test that saves the FAQ pack (each save trains it in the server's worker before it answers) and needs no more
 * than an entry to edit or approve into: the mini pack (tests/fixtures/faq-mini) in two of its languages, written to a
 * directory of its own for the test's KEFU_FAQ_PACK_DIR and removed after the file (or describe) that calls this. It
 * trains in ≈0.2-0.3 s of CPU idle, the mini pack in all six in ≈1.1 s, the wallet pack ≈3.4 s: under a full run's
 * load (20-27 on two cores) a save of the wallet pack took past Playwright's 15 s and vitest's 30 s.
 */
export function twoLanguageMiniPack(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kefu-faq-pack-'));
  mkdirSync(path.join(dir, 'entries'));
  writeFileSync(path.join(dir, 'pack.json'), JSON.stringify({ ...read('pack.json'), locales: LOCALES }));
  for (const file of readdirSync(path.join(MINI_PACK, 'entries'))) {
    const entry = read(`entries/${file}`);
    const locales = Object.fromEntries(LOCALES.map((l) => [l, entry.locales[l]]));
    writeFileSync(path.join(dir, 'entries', file), JSON.stringify({ ...entry, locales }));
  }
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
