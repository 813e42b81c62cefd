import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFaqEngine, exportModel, readModel, type FaqEngine, type FaqPack } from '../../faq/index.ts';
import { createFaqContent } from '../../server/services/faq-admin.ts';
import { builtModelFile } from '../../server/services/built-faq-models.ts';
import { cachedFaqEngineBuilder, type FaqEngineMemo, type FaqModelSource } from '../../server/services/faq-model-cache.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';
import type { FaqStore } from '../../server/storage/faq-types.ts';
import { seedFaqModel, WALLET_PACK } from '../helpers/faq-model-seed.ts';
import { startServer } from '../helpers/server.ts';
import { twoLanguageMiniPack } from '../helpers/small-pack.ts';

/** The mini pack in two languages (tests/helpers/small-pack.ts): a training ≈0.25 s of CPU, in six ≈1.1 s; this file trains a dozen. */
const MINI = twoLanguageMiniPack();
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/faq-eval');
const questions = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => (JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as { text: string }[]).map((q) => q.text));

let mini: FaqPack;
/**
 * The mini pack trained now: what the cache is checked on (the wallet pack is four trainings of ≈3 s of CPU; that its
 * model, handoff backstop and thresholds included, reads back bit for bit and answers as trained is model.test.ts's).
 */
let fresh: FaqEngine;
beforeAll(async () => {
  mini = await loadPackFromDir(MINI);
  fresh = createFaqEngine(mini);
});

let dir: string;
let file: string;
let errors: string[];
const builder = () => cachedFaqEngineBuilder(file, (_err, message) => errors.push(message));
const keyInFile = () => readModel(readFileSync(file)).key;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kefu-faq-model-'));
  file = path.join(dir, 'faq-model.bin');
  errors = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('FAQ model cache file', () => {
  it('is written by the first build and used by the next, whose answers are those of a freshly trained engine', async () => {
    const first = await builder()(mini, 'start');
    expect(first.modelSource).toBe('trained');
    expect(keyInFile()).toBe(first.model.key);
    const cached = await builder()(mini, 'start');
    expect(cached.modelSource).toBe('given');
    for (const text of questions) expect(cached.answer(text)).toEqual(first.answer(text));
    expect(errors).toEqual([]);
  });

  it.each([
    ['garbage', () => writeFileSync(file, 'not a model')],
    ['a truncated file', () => writeFileSync(file, exportModel(fresh).subarray(0, 1000))],
    ['a flipped weight', () => {
      const bytes = exportModel(fresh);
      bytes[bytes.length - 1]! ^= 0x40;
      writeFileSync(file, bytes);
    }],
  ])('ignores %s: reports it, trains, and rewrites the file', async (_name, spoil) => {
    spoil();
    const engine = await builder()(mini, 'start');
    expect(engine.modelSource).toBe('trained');
    expect(errors).toEqual([expect.stringContaining('is unusable: training')]);
    for (const text of questions.slice(0, 50)) expect(engine.answer(text)).toEqual(fresh.answer(text));
    expect(keyInFile()).toBe(fresh.model.key);
  });

  it('trains quietly over the model of another pack, then keeps the new one', async () => {
    seedFaqModel(dir, undefined); // the wallet pack's, whole
    expect(keyInFile()).not.toBe(fresh.model.key);
    const engine = await builder()(mini, 'start');
    expect(engine.modelSource).toBe('trained');
    expect(errors).toEqual([]);
    expect(keyInFile()).toBe(fresh.model.key);
  });

  it("a test process's servers share the engine built from the same file and pack, and only that one", async () => {
    const memo: FaqEngineMemo = new Map();
    const kept = () => cachedFaqEngineBuilder(file, (_err, message) => errors.push(message), { memo });
    const trained = await kept()(mini, 'start');
    expect(trained.modelSource).toBe('trained');
    expect(memo.size).toBe(0);
    const given = await kept()(mini, 'start');
    expect(given.modelSource).toBe('given');
    expect(await kept()(structuredClone(mini), 'start')).toBe(given);
    for (const text of questions.slice(0, 50)) expect(given.answer(text)).toEqual(fresh.answer(text));
    // An answer edited is another pack: the same saved model fits it (its key is the questions'), not the engine built.
    const edited = structuredClone(mini);
    const [locale, content] = Object.entries(edited.entries[0]!.locales)[0]!;
    edited.entries[0]!.locales[locale] = { ...content!, answer: `${content!.answer} (edited)` };
    const other = await kept()(edited, 'start');
    expect(other).not.toBe(given);
    expect(other.modelSource).toBe('given');
    expect(other.pack.entries[0]!.locales[locale]!.answer).toMatch(/\(edited\)$/);
    expect(await kept()(mini, 'start')).toBe(given);
    expect(memo.size).toBe(2);
    expect(errors).toEqual([]);
  });

  describe("the build's model (dist/faq-models: npm run build trains the shipped pack)", () => {
    let builtDir: string;
    let sources: FaqModelSource[];
    beforeEach(() => {
      builtDir = path.join(dir, 'built');
      mkdirSync(builtDir);
      sources = [];
    });
    const fromBuild = () => cachedFaqEngineBuilder(file, (_err, message) => errors.push(message), { builtDir, onSource: (source) => sources.push(source) });

    it('builds the engine of a fresh data dir without training, answering as trained, and says so', async () => {
      writeFileSync(builtModelFile(builtDir, mini), exportModel(fresh));
      const engine = await fromBuild()(mini, 'start');
      expect(engine.modelSource).toBe('given');
      expect(sources).toEqual(['build']);
      for (const text of questions) expect(engine.answer(text)).toEqual(fresh.answer(text));
      expect(existsSync(file)).toBe(false);
      expect(errors).toEqual([]);
    });

    it("comes after the data dir's file, and is only the one named by the pack", async () => {
      writeFileSync(builtModelFile(builtDir, mini), 'not a model: never read');
      writeFileSync(file, exportModel(fresh));
      expect((await fromBuild()(mini, 'start')).modelSource).toBe('given');
      rmSync(file);
      rmSync(builtModelFile(builtDir, mini));
      const edited = structuredClone(mini);
      edited.entries[0]!.id = 'renamed';
      writeFileSync(builtModelFile(builtDir, edited), exportModel(fresh));
      expect(builtModelFile(builtDir, edited)).not.toBe(builtModelFile(builtDir, mini));
      expect((await fromBuild()(mini, 'start')).modelSource).toBe('trained');
      expect(sources).toEqual(['data dir', 'trained']);
      expect(errors).toEqual([]);
    });

    it.each([
      ["another pack's", () => readFileSync(process.env.KEFU_TEST_WALLET_MODEL ?? path.join(WALLET_PACK, 'missing'))],
      ["another trainer version's (another key)", () => exportModel({ ...fresh, model: { ...fresh.model, key: `${fresh.model.key}-other-version` } })],
    ])("ignores %s model under the pack's name: reports it, trains, and writes the data dir's file", async (_name, bytes) => {
      writeFileSync(builtModelFile(builtDir, mini), bytes());
      const engine = await fromBuild()(mini, 'start');
      expect(engine.modelSource).toBe('trained');
      expect(sources).toEqual(['trained']);
      expect(errors).toEqual([expect.stringContaining('was trained on other questions or by another trainer version: trained')]);
      for (const text of questions.slice(0, 50)) expect(engine.answer(text)).toEqual(fresh.answer(text));
      expect(keyInFile()).toBe(fresh.model.key);
    });

    it('ignores a tampered one: reports it and trains', async () => {
      const bytes = exportModel(fresh);
      bytes[bytes.length - 1]! ^= 0x40;
      writeFileSync(builtModelFile(builtDir, mini), bytes);
      expect((await fromBuild()(mini, 'start')).modelSource).toBe('trained');
      expect(sources).toEqual(['trained']);
      expect(errors).toEqual([expect.stringContaining("the build's FAQ model")]);
      expect(errors[0]).toContain('is unusable: training');
    });
  });

  it('still builds when the file cannot be written or read', async () => {
    file = path.join(dir, 'missing-dir', 'faq-model.bin');
    expect((await builder()(mini, 'start')).modelSource).toBe('trained');
    expect(errors).toEqual([expect.stringContaining('cannot write the FAQ model cache')]);
    file = path.join(dir, 'a-directory');
    mkdirSync(file);
    errors = [];
    expect((await builder()(mini, 'start')).modelSource).toBe('trained');
    expect(errors).toEqual([expect.stringContaining('cannot read the FAQ model cache'), expect.stringContaining('cannot write the FAQ model cache')]);
    expect(readdirSync(dir).sort()).toEqual(['a-directory']);
  });

  it('is keyed by the questions: an admin edit of a question invalidates it, an answer-only edit does not', async () => {
    let stored: { json: string; version: number } | null = null;
    const store = {
      loadFaqPack: async () => stored,
      saveFaqPack: async (json: string) => (stored = { json, version: (stored?.version ?? 0) + 1 }).version,
    } as unknown as FaqStore;
    const content = () => createFaqContent({ store, packDir: MINI, onStoredInvalid: () => undefined, buildEngine: builder() });
    const faq = content();
    await faq.reload();
    const shipped = keyInFile();
    expect(faq.current().modelSource).toBe('trained');

    await faq.addAlternate('refund', 'en', 'where is the money I was promised back', null);
    expect(faq.current().modelSource).toBe('trained');
    const edited = keyInFile();
    expect(edited).not.toBe(shipped);

    const entry = faq.current().pack.entries.find((e) => e.id === 'refund')!;
    await faq.updateEntry('refund', { ...entry, locales: { ...entry.locales, en: { ...entry.locales.en!, answer: 'Refunds take 3 days.' } } }, null);
    expect(faq.current().modelSource).toBe('given');
    expect(keyInFile()).toBe(edited);

    // A restart loads the stored pack and the saved weights.
    const restarted = content();
    await restarted.reload();
    expect(restarted.current().modelSource).toBe('given');
    expect(restarted.current().answer('where is the money I was promised back').faqId).toBe('refund');
    expect(errors).toEqual([]);
  });

  it('lives in the server data directory', async () => {
    const server = await startServer({ KEFU_FAQ_PACK_DIR: MINI }, { ownFaqModel: true });
    try {
      expect(existsSync(path.join(server.dataDir, 'faq-model.bin'))).toBe(true);
    } finally {
      await server.cleanup();
    }
  });
});
