import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFaqEngine, exportModel, FaqModelError, readModel, type FaqEngine, type FaqModel, type FaqPack } from '../../faq/index.ts';
import { DEFAULT_SCORER_OPTIONS } from '../../faq/scorer.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';
import { twoLanguageMiniPack } from '../helpers/small-pack.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/faq-eval');
const questions = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => (JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as { text: string }[]).map((q) => q.text));

const smallPackDir = twoLanguageMiniPack();
let pack: FaqPack;
let trained: FaqEngine;
let bytes: Uint8Array;
/**
 * Whether a saved model is used is decided by its key and size, whatever the pack's size: those tests run on the
 * three-entry pack in two languages (a training ≈0.25 s of CPU) and its model, trained once here. Five trainings of
 * the wallet pack (≈5 s of CPU each) or of the mini pack in six languages (≈0.8 s each) went past 30 s at load 19-24.
 */
let small: FaqPack;
let smallModel: FaqModel;
beforeAll(async () => {
  pack = await loadPackFromDir(join(import.meta.dirname, '../../faq/packs/wallet'));
  trained = createFaqEngine(pack);
  bytes = exportModel(trained);
  small = await loadPackFromDir(smallPackDir);
  smallModel = readModel(exportModel(createFaqEngine(small)));
}, 180_000); // a training of the wallet pack (≈5 s of CPU idle): it reached the 60 s hook timeout under load in session 27

describe('the trained model as bytes', () => {
  it('reads back as the same model, weights bit for bit', () => {
    expect(trained.modelSource).toBe('trained');
    const model = readModel(bytes);
    // The weights bit for bit as bytes (toEqual walks the million floats one by one: 30 s on a loaded box).
    expect({ ...model, weights: undefined }).toEqual({ ...trained.model, weights: undefined });
    expect(model.weights.length).toBe(trained.model.weights.length);
    expect(Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength).equals(Buffer.from(trained.model.weights.buffer, trained.model.weights.byteOffset, trained.model.weights.byteLength))).toBe(true);
  });

  it('builds an engine without training that answers every eval question exactly as the trained one', () => {
    const loaded = createFaqEngine(pack, { model: readModel(bytes) });
    expect(loaded.modelSource).toBe('given');
    for (const text of questions) for (const uiLocale of [undefined, 'ja']) expect(loaded.answer(text, { uiLocale })).toEqual(trained.answer(text, { uiLocale }));
  }, 120_000); // every eval question answered four times: 49 s under two CPU hogs at load 26-30, past the default 30 s

  it('is not used for another pack, other questions, other training options or weights of the wrong size (the engine trains)', () => {
    expect(createFaqEngine(small, { model: readModel(bytes) }).modelSource).toBe('trained');
    const model = smallModel;
    expect(createFaqEngine(small, { model }).modelSource).toBe('given');
    const [first, ...rest] = small.entries;
    const en = first!.locales.en!;
    const oneMoreAlternate = { ...small, entries: [{ ...first!, locales: { ...first!.locales, en: { ...en, alternates: [...en.alternates, 'one more way to ask'] } } }, ...rest] };
    expect(createFaqEngine(oneMoreAlternate, { model }).modelSource).toBe('trained');
    expect(createFaqEngine(small, { model, scorer: { ...DEFAULT_SCORER_OPTIONS, seed: 78 } }).modelSource).toBe('trained');
    expect(createFaqEngine(small, { model: { ...model, weights: model.weights.subarray(1) } }).modelSource).toBe('trained');
  }, 120_000); // four trainings of the small pack: 9 s in a loaded CI run, 15 s under two CPU hogs at load 26-30

  it('is still used when only answers change (they are not trained on)', () => {
    const [first, ...rest] = small.entries;
    const newAnswer = { ...small, entries: [{ ...first!, locales: { ...first!.locales, en: { ...first!.locales.en!, answer: 'A new answer.' } } }, ...rest] };
    expect(createFaqEngine(newAnswer, { model: smallModel }).modelSource).toBe('given');
  });

  it('refuses bytes that are not a whole model of this format', () => {
    const flipped = (at: number) => {
      const copy = bytes.slice();
      copy[at]! ^= 1;
      return copy;
    };
    expect(() => readModel(new Uint8Array(0))).toThrow(FaqModelError);
    expect(() => readModel(new TextEncoder().encode('{"key": "x"}'))).toThrow(/not a FAQ model/);
    expect(() => readModel(bytes.subarray(0, bytes.length - 4))).toThrow(/bytes, expected/);
    expect(() => readModel(flipped(8))).toThrow(/format/);
    expect(() => readModel(flipped(17))).toThrow(FaqModelError);
    expect(() => readModel(flipped(bytes.length - 2))).toThrow(/do not match their hash/);
  });
});
