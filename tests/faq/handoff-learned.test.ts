import { beforeAll, describe, expect, it } from 'vitest';
import examples from '../../faq/handoff-examples.json';
import { isHandoffRequest, personRequestOf } from '../../faq/handoff.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { featuresOf, handoffRecogniserFor, trainRecogniser, type PackRecogniser } from '../../faq/handoff-learned.ts';
import type { FaqEngine } from '../../faq/index.ts';
import { OFF_TOPIC } from '../../faq/off-topic.ts';
import type { FaqPack } from '../../faq/types.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';
import boundaryAlternates from '../fixtures/faq-handoff/boundary-alternates.json';
import { WALLET_PACK, walletEngine, walletModel } from '../helpers/faq-model-seed.ts';

/** Requests from handoff-examples.json that the rules turn down and the wallet pack's recogniser takes up. */
const CAUGHT = ['叫个管事的来', '有沒有懂的人可以幫我', 'customer service rep please', 'could a support person phone me back', '누구 사람 없어요?', 'llamen a un empleado por favor', 'kundenservice mitarbeiter bitte', 'chama um gerente'];

const rulesTurnDown = (text: string) => !isHandoffRequest(text);
/** What the engine asks the recogniser about: neither a request nor a mention of a person, by the rules. */
const leftToRecogniser = (text: string) => personRequestOf(text) === 'neither';
const rowsOf = (pack: Pick<FaqPack, 'entries'>) => pack.entries.flatMap((e) => Object.values(e.locales).flatMap((l) => [l.question, ...l.alternates]));

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
  let pack: FaqPack;
  let recogniser: PackRecogniser;
  const isRequest = (text: string) => recogniser.isRequest(normalizeText(text));
  beforeAll(async () => {
    pack = await loadPackFromDir(WALLET_PACK);
    // The run's saved one when there is one (the same weights: its key is this training's), else trained now.
    recogniser = handoffRecogniserFor(pack, walletModel()?.handoff);
  });

  it('takes up no question or alternate of the pack, no off-topic question, no example not-request or question', () => {
    const negatives = [...rowsOf(pack), ...Object.values(OFF_TOPIC).flat(), ...Object.values(examples.notRequests).flat(), ...Object.values(examples.questions).flat()];
    expect(negatives.filter(leftToRecogniser).filter(isRequest)).toEqual([]);
  });

  it.each(CAUGHT)('takes up "%s", which the rules turn down', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
    expect(isRequest(text)).toBe(true);
  });

  // (61 of 107 before session 47, whose rules hear four of the 61: 想找人聊, 想找个人问问)
  it('takes up at least 57 of the example requests the rules turn down (103)', () => {
    const missed = Object.values(examples.requests).flat().filter(rulesTurnDown);
    expect(missed.length).toBe(103);
    expect(missed.filter(isRequest).length).toBeGreaterThanOrEqual(57);
  });

  it('keeps every request when the pack gains alternates on the boundary, and takes up none of them', () => {
    // 20 alternates a language in a request's words: the staff's hours, impostors calling themselves staff, a failed
    // payment "can someone check". Trained on the pack's rows, the recogniser lost requests and took up such rows.
    const grown: FaqPack = structuredClone(pack);
    for (const { entry, locale, text } of boundaryAlternates) grown.entries.find((e) => e.id === entry)!.locales[locale]!.alternates.push(text);
    const wider = handoffRecogniserFor(grown);
    const requests = [...Object.values(examples.requests).flat(), ...CAUGHT].filter(rulesTurnDown);
    expect(requests.filter((text) => wider.isRequest(normalizeText(text)))).toEqual(requests.filter(isRequest));
    expect(boundaryAlternates.map(({ text }) => text).filter(leftToRecogniser).filter((text) => wider.isRequest(normalizeText(text)))).toEqual([]);
    // The one that reads as a request itself is kept aside: it and its near copies are no request; the wallet pack's are.
    expect(isRequest('is your support a bot or a person')).toBe(true);
    expect(wider.isRequest(normalizeText('is your support a bot or a person?'))).toBe(false);
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
    // A search for the human desk's phone number: its words are those of a request (人工客服), the rules read a question about the service.
    const recogniser = handoffRecogniserFor(await loadPackFromDir(WALLET_PACK), walletModel()?.handoff);
    expect(recogniser.isRequest(normalizeText('人工客服电话'))).toBe(true);
    expect(personRequestOf('人工客服电话')).toBe('mentions');
    expect(engine.answer('人工客服电话', { uiLocale: 'zh-CN' })).toMatchObject({ kind: 'answer', faqId: 'contact-support' });
  });
});
