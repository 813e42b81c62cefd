import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFaqEngine, exportModel, FaqModelError, readModel, type FaqEngine, type FaqModel, type FaqPack } from '../../faq/index.ts';
import { encodeModel } from '../../faq/model.ts';
import { isHandoffRequest } from '../../faq/handoff.ts';
import { DEFAULT_SCORER_OPTIONS } from '../../faq/scorer.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';
import { twoLanguageMiniPack } from '../helpers/small-pack.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/faq-eval');
const questions = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => (JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as { text: string }[]).map((q) => q.text));

/** Requests for a person that the rules turn down and the wallet pack's learned backstop takes up. */
const BACKSTOP_ONLY = ['customer service rep please', '叫个管事的来', 'llamen a un empleado por favor'];

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

  it("carries the handoff backstop: an engine built from it uses the saved one and hands over as the trained engine does", () => {
    const model = readModel(bytes);
    expect(model.handoff!.features.length).toBeGreaterThan(10_000);
    expect(model.handoff).toEqual(trained.model.handoff);
    const loaded = createFaqEngine(pack, { model });
    // The very recogniser read from the bytes, not one trained again (that would be another, equal object).
    expect(loaded.model.handoff).toBe(model.handoff);
    // Requests only the backstop takes up (the rules turn them down), and messages it turns down.
    for (const text of [...BACKSTOP_ONLY, '客服电话是多少', 'what are your customer service hours']) {
      expect(loaded.answer(text)).toEqual(trained.answer(text));
    }
    for (const text of BACKSTOP_ONLY) {
      expect(isHandoffRequest(text)).toBe(false);
      expect(loaded.answer(text).kind).toBe('handoff');
    }
  });

  it('is not used for another pack, other questions, other training options or weights of the wrong size (the engine trains)', () => {
    const walletModelOnSmall = createFaqEngine(small, { model: readModel(bytes) });
    expect(walletModelOnSmall.modelSource).toBe('trained');
    // The backstop by its own key, the same for every pack (it is trained on no pack row: handoff-learned.ts).
    expect(walletModelOnSmall.model.handoff!.key).toBe(smallModel.handoff!.key);
    expect(smallModel.handoff!.key).toBe(trained.model.handoff!.key);
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
    const handoffBytes = 8 * (trained.model.handoff!.features.length + trained.model.handoff!.weights.length - trained.model.handoff!.features.filter((f) => typeof f === 'string').length);
    expect(() => readModel(flipped(bytes.length - handoffBytes - 2))).toThrow(/weights do not match their hash/);
    expect(() => readModel(flipped(bytes.length - 2))).toThrow(/handoff weights do not match their hash/);
    const withLanguages = (answerByLocale: unknown) => encodeModel({ ...smallModel, thresholds: { answer: 0.52, suggest: 0.3, answerByLocale } as FaqModel['thresholds'] });
    expect(readModel(withLanguages({ ko: 0.51, en: 0.52 })).thresholds).toEqual({ answer: 0.52, suggest: 0.3, answerByLocale: { ko: 0.51, en: 0.52 } });
    for (const bad of [{ ko: 1.5 }, { ko: '0.5' }, [0.5], null]) expect(() => readModel(withLanguages(bad)), JSON.stringify(bad)).toThrow(/per-language answer thresholds/);
  });
});
