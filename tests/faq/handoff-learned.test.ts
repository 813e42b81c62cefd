import { beforeAll, describe, expect, it } from 'vitest';
import examples from '../../faq/handoff-examples.json';
import { isHandoffRequest, personRequestOf } from '../../faq/handoff.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { featuresOf, handoffRecogniserFor, REQUEST_PROBABILITY, trainRecogniser, type HandoffRecogniser } from '../../faq/handoff-learned.ts';
import type { FaqEngine } from '../../faq/index.ts';
import { OFF_TOPIC } from '../../faq/off-topic.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';
import { WALLET_PACK, walletEngine, walletModel } from '../helpers/faq-model-seed.ts';

/** Requests from handoff-examples.json that the rules turn down and the wallet pack's recogniser takes up. */
const CAUGHT = ['叫个管事的来', '有沒有懂的人可以幫我', 'customer service rep please', 'could a support person phone me back', '누구 사람 없어요?', 'llamen a un empleado por favor', 'kundenservice mitarbeiter bitte', 'chama um gerente'];

const rulesTurnDown = (text: string) => !isHandoffRequest(text);

describe('features', () => {
  const features = (text: string) => featuresOf(normalizeText(text));

  it('reads Traditional as Simplified and full width as half width', () => {
    expect(features('轉人工')).toEqual(features('转人工'));
    expect(features('ＡＧＥＮＴ')).toEqual(features('agent'));
  });

  it('takes CJK runs as characters, pairs and the pairs at their ends, other words whole and in three-letter pieces, each once', () => {
    // 人工: 人, 人工, 工, then the ends ^人 and 工$; 人工客服: 4 characters, 3 pairs, 2 ends (工 no longer one)
    expect(features('人工')).toHaveLength(5);
    expect(features('人工客服')).toHaveLength(9);
    expect(features('人工客服')).toEqual(expect.arrayContaining(features('人工').slice(0, 4)));
    expect(features('人工客服')).not.toContain(features('人工')[4]);
    // agent: the word, " ag", "age", "gen", "ent", "nt "; an agent: those, "an", " an", "an "
    expect(features('agent')).toHaveLength(6);
    expect(features('an agent')).toHaveLength(9);
    expect(features('an agent')).toEqual(expect.arrayContaining(['an', ...features('agent')]));
    expect(features('agent agent')).toEqual(features('agent'));
  });
});

describe('trainRecogniser', () => {
  it('is deterministic and separates the classes it was trained on', () => {
    const positives = ['talk to a human', 'connect me to an agent', 'human please', 'I want a real person'];
    const negatives = ['how do I top up', 'what is the fee', 'send money to a friend', 'reset my password'];
    const a = trainRecogniser(positives, negatives);
    const b = trainRecogniser(positives, negatives);
    for (const text of [...positives, ...negatives, 'an agent please']) expect(a.probability(normalizeText(text))).toBe(b.probability(normalizeText(text)));
    for (const text of positives) expect(a.probability(normalizeText(text))).toBeGreaterThan(0.5);
    for (const text of negatives) expect(a.probability(normalizeText(text))).toBeLessThan(0.5);
  });
});

describe("the wallet pack's recogniser", () => {
  let recogniser: HandoffRecogniser;
  let packRows: string[];
  beforeAll(async () => {
    const pack = await loadPackFromDir(WALLET_PACK);
    packRows = pack.entries.flatMap((e) => Object.values(e.locales).flatMap((l) => [l.question, ...l.alternates]));
    // The run's saved one when there is one (the same weights: its key is this training's), else trained now.
    recogniser = handoffRecogniserFor(pack, walletModel()?.handoff);
  });

  it('takes up no question or alternate of the pack, no off-topic question and no example not-request', () => {
    const negatives = [...packRows, ...Object.values(OFF_TOPIC).flat(), ...Object.values(examples.notRequests).flat()];
    const taken = negatives.filter(rulesTurnDown).filter((text) => recogniser.probability(normalizeText(text)) >= REQUEST_PROBABILITY);
    expect(taken).toEqual([]);
  });

  it.each(CAUGHT)('takes up "%s", which the rules turn down', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
    expect(recogniser.probability(normalizeText(text))).toBeGreaterThanOrEqual(REQUEST_PROBABILITY);
  });

  it('takes up at least 36 of the example requests the rules turn down (107)', () => {
    const missed = Object.values(examples.requests).flat().filter(rulesTurnDown);
    expect(missed.length).toBe(107);
    expect(missed.filter((text) => recogniser.probability(normalizeText(text)) >= REQUEST_PROBABILITY).length).toBeGreaterThanOrEqual(36);
  });
});

describe('the engine', () => {
  let engine: FaqEngine;
  beforeAll(async () => {
    engine = await walletEngine();
  });

  it.each(CAUGHT.slice(0, 4))('hands "%s" to a person', (text) => {
    expect(engine.answer(text).kind).toBe('handoff');
  });

  it('answers a question about the human service with its article', () => {
    expect(engine.answer('客服电话是多少').kind).not.toBe('handoff');
    expect(engine.answer('what are your customer service hours').kind).not.toBe('handoff');
  });

  it('is not asked about a message the rules read as mentioning a person without asking for one', async () => {
    // A search for the human desk's hotline: its words are those of a request (人工客服), the rules read a question about the service.
    const recogniser = handoffRecogniserFor(await loadPackFromDir(WALLET_PACK), walletModel()?.handoff);
    expect(recogniser.probability(normalizeText('人工客服热线'))).toBeGreaterThanOrEqual(REQUEST_PROBABILITY);
    expect(personRequestOf('人工客服热线')).toBe('mentions');
    expect(engine.answer('人工客服热线', { uiLocale: 'zh-CN' })).toMatchObject({ kind: 'answer', faqId: 'contact-support' });
  });
});
