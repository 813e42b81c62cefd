import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FaqEngine } from '../../faq/index.ts';
import { fitVectorizer } from '../../faq/vectorize.ts';
import { CALIBRATION, confidence, OFF_TOPIC_SHARE, type ConfidenceInputs } from '../../faq/confidence.ts';
import { createMatcher, featuresOf } from '../../faq/matcher.ts';
import { DEFAULT_SCORER_OPTIONS } from '../../faq/scorer.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { tokenize, UNKNOWN_WORD } from '../../faq/tokenize.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';
import { MINI_PACK, runEngine, walletEngine, walletModel, WALLET_PACK } from '../helpers/faq-model-seed.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
let wallet: FaqEngine;
let mini: FaqEngine;
let offTopic: Record<string, string[]>;

beforeAll(async () => {
  wallet = await walletEngine();
  mini = await runEngine(MINI_PACK);
  offTopic = JSON.parse(await readFile(resolve(FIXTURES, 'faq-mini/calibration-out-of-scope.json'), 'utf8')) as Record<string, string[]>;
});

describe('the share of a question the pack knows', () => {
  const docs = ['how do i get a refund', 'refund not received', '退款多久到账', '환불 신청 방법'].map((t) => featuresOf(t, null));
  const { vectorizer } = fitVectorizer(docs, { w: 1, b: 1, g: 1, c: 1, h: 1, k: 1, y: 1 });

  it('is 1 for known words, 0 for unknown ones, and counts CJK and Hangul by characters and pairs', () => {
    expect(vectorizer.coverage(normalizeText('refund received'))).toBe(1);
    expect(vectorizer.coverage(normalizeText('bake sourdough'))).toBe(0);
    expect(vectorizer.coverage(normalizeText('how do i bake sourdough'))).toBeCloseTo(3 / 5);
    expect(vectorizer.coverage(normalizeText('退款'))).toBe(1);
    // 退款 known (chars 1 + pair), 天气 unknown: four characters weigh 4, half by chars (2 of 4 known), half by pairs (1 of 3).
    expect(vectorizer.coverage(normalizeText('退款天气'))).toBeCloseTo((0.5 * 2 + (4 / 2 / 3) * 1) / 4);
    expect(vectorizer.coverage(normalizeText('환불을'))).toBeGreaterThan(0.3);
    expect(vectorizer.coverage(normalizeText(''))).toBe(0);
  });

  it('a question with a word (CJK and Hangul: a character) the known documents lack holds the unknown-word feature, when they have it', () => {
    const withUnknown = fitVectorizer([...docs, [...featuresOf('refund from the shop', null), UNKNOWN_WORD], featuresOf('golf lessons', null)], { w: 1, b: 1, g: 1, c: 1, h: 1, k: 1, y: 1 }, docs.length + 1);
    const unknown = withUnknown.vectorizer.unknownWord;
    expect(unknown).toBeGreaterThanOrEqual(0);
    const holds = (text: string) => Array.from(withUnknown.vectorizer.vectorize(normalizeText(text)).ids).includes(unknown);
    expect(holds('refund not received')).toBe(false);
    expect(holds('退款多久到账')).toBe(false);
    // "golf" is only an out-of-scope example's word: unknown to the pack all the same.
    expect(holds('golf refund')).toBe(true);
    expect(holds('netflix refund')).toBe(true);
    expect(holds('退款伞')).toBe(true);
    expect(vectorizer.unknownWord).toBe(-1);
    expect(Array.from(vectorizer.vectorize(normalizeText('netflix refund')).ids)).toEqual(Array.from(vectorizer.vectorize(normalizeText('refund')).ids));
  });

  it('Hangul words share syllable pairs whatever ending follows (결제가 / 결제를 / 결제했는데)', () => {
    for (const word of ['결제가', '결제를', '결제했는데']) expect(tokenize(word)).toContain('c:결제');
  });
});

describe('confidence that knows what it does not know', () => {
  it('off-topic questions made of a question template and unknown words are almost never answered (every pack language)', () => {
    const answered = Object.values(offTopic)
      .flat()
      .filter((text) => wallet.answer(text).kind === 'answer');
    // Measured: 0 of 120 since the hidden out-of-scope class and fitted thresholds (3 before: 週末 "weekend" is a word of
    // the support-hours entry; カレーの作り方 "how to make curry").
    expect(answered.length, answered.join(' | ')).toBeLessThanOrEqual(1);
  });

  it('the hidden class scales the odds once it holds more than half of the probability, not before', () => {
    const among: Omit<ConfidenceInputs, 'outside'> = { probability: 0.9, nearest: 0.8, margin: 1.2, coverage: 0.8 };
    const c = CALIBRATION;
    const logistic = (outside: number) =>
      1 / (1 + Math.exp(-(c.bias + c.probability * 0.9 + c.nearest * 0.8 + c.margin * 1.2 + c.coverage * 0.8 + c.outside * outside)));
    const odds = (p: number) => p / (1 - p);
    expect(OFF_TOPIC_SHARE).toBe(0.5);
    for (const outside of [0, 0.2, 0.5]) expect(confidence({ ...among, outside })).toBeCloseTo(logistic(outside), 12);
    expect(odds(confidence({ ...among, outside: 0.75 })) / odds(logistic(0.75))).toBeCloseTo(0.5, 9);
    expect(odds(confidence({ ...among, outside: 0.95 })) / odds(logistic(0.95))).toBeCloseTo(0.1, 9);
    expect(confidence({ ...among, outside: 1 })).toBe(0);
  });

  it('questions shaped like ours about another domain are answered less often; a failed payment to a named shop with the wallet still is', async () => {
    const templates = JSON.parse(await readFile(resolve(FIXTURES, 'faq-mini/calibration-out-of-scope-templates.json'), 'utf8')) as Record<string, string[]>;
    const answered = Object.values(templates)
      .flat()
      .filter((text) => wallet.answer(text).kind === 'answer');
    // Measured on the wallet pack: 45 of the 93 answered when the hidden class entered the confidence only linearly
    // (golf tips, a highway's speed limit, car insurance limits at 0.6–0.9), 38 since it scales the odds.
    expect(answered.length, answered.join(' | ')).toBeLessThanOrEqual(38);
    for (const text of ['高尔夫有什么技巧', 'ゴルフのコツを教えて', 'what are the limits of my car insurance', '高速公路限速多少']) {
      expect(wallet.answer(text).kind, text).not.toBe('answer');
    }
    // The product's own case: a payment through the wallet that failed, whoever it was paid to.
    for (const text of ['my wallet payment to spotify keeps failing', '在拼多多用钱包付款失败了', 'メルカリでのウォレット払いに失敗した', '배민에서 지갑 결제가 실패했어요', 'mi pago con la billetera en shein fue rechazado']) {
      expect(wallet.answer(text), text).toMatchObject({ kind: 'answer', faqId: 'transaction-failed' });
    }
    // Naming no wallet, the payment may be the service's own billing (see tests/faq/other-services): "did you mean".
    for (const text of ['my payment to spotify keeps failing', 'メルカリでの支払いに失敗した', '배민 결제가 실패했어요', 'mi pago en shein fue rechazado']) {
      expect(wallet.answer(text), text).toMatchObject({ kind: 'suggest', suggestions: [{ faqId: 'transaction-failed' }, {}, {}] });
    }
  });

  it('an off-topic question is not in the language of its nearest alternate', () => {
    // Its nearest alternate was Spanish, by "me" (a dev question); the hidden class takes nearly all of it.
    expect(wallet.answer('write me a short cover letter')).toMatchObject({ kind: 'none', locale: 'en' });
  });

  it('a three-entry pack is not more confident on off-topic questions than the 23-entry pack', () => {
    const questions = Object.values(offTopic).flat();
    const mean = (engine: FaqEngine) => questions.reduce((sum, q) => sum + engine.answer(q).confidence, 0) / questions.length;
    expect(mean(mini)).toBeLessThanOrEqual(mean(wallet) + 0.02);
    expect(questions.filter((q) => mini.answer(q).kind === 'answer').length / questions.length).toBeLessThan(0.05);
  });
});

describe('generic questions', () => {
  it.each(['my account', 'account', '我的账户', '我的帳戶', '내 계정', '제 계정', '私のアカウント', 'mi cuenta'])('"%s" gets a "did you mean", never the close-account steps', (text) => {
    const r = wallet.answer(text);
    expect(r.kind).toBe('suggest');
    expect(r.answer).toBeNull();
    expect(r.suggestions.length).toBeGreaterThan(1);
  });

  it.each(['my account', 'account', '我的账户', '我的帳戶', '내 계정', '私のアカウント', 'mi cuenta', 'cuenta'])(
    '"%s": the "did you mean" leads with an entry that is not a caution one (closing, freezing the account)',
    (text) => {
      const r = wallet.answer(text);
      const tags = (id: string) => wallet.pack.entries.find((e) => e.id === id)!.tags;
      expect(r.kind).toBe('suggest');
      expect(tags(r.suggestions[0]!.faqId), r.suggestions.map((s) => s.faqId).join(', ')).not.toContain('caution');
    },
  );

  // "私の" is in six alternates, three of them close-account's: it was read as a word of close-account's, and 私のアカウント
  // was kept from the close-account steps only by a confidence under the threshold (0.43 against 0.56; 0.63 with more
  // off-topic questions in training).
  it.each([
    ['私のアカウント', 'ja'],
    ['僕のアカウント', 'ja'],
    ['我的账户', 'zh-CN'],
    ['我的帳戶', 'zh-TW'],
  ])('"%s" is generic to the matcher, however sure it is of an entry: a pronoun and its particle name nothing', async (text, locale) => {
    const matcher = createMatcher(await loadPackFromDir(WALLET_PACK), DEFAULT_SCORER_OPTIONS, walletModel());
    expect(matcher.match(text, locale, 3)?.generic).toBe(true);
  });

  it('a caution entry is answered only when the question holds a word of its own', () => {
    expect(wallet.pack.entries.filter((e) => e.tags.includes('caution')).map((e) => e.id).sort()).toEqual(['close-account', 'freeze-account']);
    // "help" is particular to a few entries, none of them close-account: it was answered with the close-account steps.
    // "account help" and "account problem" were "Sorry" once 158 alternates moved the fitted suggest threshold above
    // them (0.385 / 0.335 against 0.394): every word of theirs the pack knows, so they are vague, not off-topic.
    for (const text of ['account help', 'help with my account', '계정 문제']) {
      const r = wallet.answer(text);
      expect(r.kind, text).toBe('suggest');
      expect(r.suggestions[0]!.faqId, text).not.toMatch(/^(close|freeze)-account$/);
    }
    // Since session 17's refit (the known-word share weighs 2.2, was 0.4), "account problem" is answered with
    // account-security at 0.52, its runner-up freeze-account at 0.48: never "Sorry", never a caution entry first.
    const problem = wallet.answer('account problem');
    expect(problem.kind).not.toBe('none');
    expect(problem.faqId ?? problem.suggestions[0]!.faqId).not.toMatch(/^(close|freeze)-account$/);
    // A generic question with a word the pack lacks stays off-topic, however close to a generic one it looks.
    expect(wallet.answer('can dogs eat grapes').kind).toBe('none');
    expect(wallet.answer('delete my account')).toMatchObject({ kind: 'answer', faqId: 'close-account' });
    expect(wallet.answer('my account is frozen')).toMatchObject({ kind: 'answer', faqId: 'freeze-account' });
    expect(wallet.answer('账户被冻结了怎么办')).toMatchObject({ kind: 'answer', faqId: 'freeze-account' });
  });

  it('a question of the wallet\'s that no entry answers, naming another entry and nothing of the top one, gets a "did you mean"', async () => {
    // Checking the balance has no entry: 餘額 / 余额 / 잔액 alone ranked top-up or withdraw-to-bank first (0.60–0.75),
    // while 查詢 / 조회 (looking up) are the history's; a receiving QR code named payment-methods' "qr" and nothing of
    // usage-tips, ranked first at 0.52.
    for (const text of ['怎麼查詢餘額', '怎么查余额', '잔액 조회', '受け取り用のQRコードはどこ']) {
      const r = wallet.answer(text);
      expect(r.kind, text).toBe('suggest');
      expect(r.suggestions.length, text).toBeGreaterThan(0);
    }
    // What the "did you mean" offers for checking the balance: no entry is about it, but top-up's and withdraw-to-bank's
    // answers both open on the balance page (「我的 → 余额」, where the balance shows); the history (「我的 → 账单」) lists
    // what came in and went out, usage-tips and app-updates say nothing of it. So those two come first.
    const zhAnswer = async (id: string) => (JSON.parse(await readFile(resolve(WALLET_PACK, 'entries', `${id}.json`), 'utf8')) as { locales: Record<string, { answer: string }> }).locales['zh-CN']!.answer;
    for (const text of ['怎么查余额', '怎么看余额']) {
      const r = wallet.answer(text);
      expect(r.kind, text).toBe('suggest');
      expect(r.suggestions.slice(0, 2).map((s) => s.faqId).sort(), text).toEqual(['top-up', 'withdraw-to-bank']);
      for (const s of r.suggestions.slice(0, 2)) expect(await zhAnswer(s.faqId), text).toContain('「我的 → 余额');
    }
    // Naming a word of the top entry's own, it is answered as before.
    expect(wallet.answer('餘額要怎麼儲值')).toMatchObject({ kind: 'answer', faqId: 'top-up' });
    expect(wallet.answer('잔액을 은행 계좌로 출금하고 싶어요')).toMatchObject({ kind: 'answer', faqId: 'withdraw-to-bank' });
  });

  it('a spelled-out question answered surely is no vague one, though every word of it is common to many entries', async () => {
    // Seven words, each in a third of the entries or more, fees at 0.93 with the hidden class under 0.01: it was a "did you mean".
    expect(wallet.answer('tengo que pagar algo por usar esta billetera?')).toMatchObject({ kind: 'answer', faqId: 'fees' });
    // A word or three stays vague however sure the classifier is ("pagar con tarjeta": payment-methods at 0.96).
    for (const text of ['pagar con tarjeta', 'usar la billetera', 'la tarjeta']) expect(wallet.answer(text).kind, text).toBe('suggest');
    const matcher = createMatcher(await loadPackFromDir(WALLET_PACK), DEFAULT_SCORER_OPTIONS, walletModel());
    expect(matcher.match('pagar con tarjeta', 'es', 3)?.generic).toBe(true);
    expect(matcher.match('tengo que pagar algo por usar esta billetera?', 'es', 3)?.generic).toBe(false);
  });

  it('a short question with a word particular to one entry is still answered', () => {
    expect(wallet.answer('refund')).toMatchObject({ kind: 'answer', faqId: 'refund' });
    expect(wallet.answer('退款')).toMatchObject({ kind: 'answer', faqId: 'refund' });
    expect(wallet.answer('close my account')).toMatchObject({ kind: 'answer', faqId: 'close-account' });
  });

  // 余额 was answered with top-up at 0.95: its character 额 is particular to transfer-limits (限额, 额度), and a character
  // counted by itself inside a word the question holds. Balance is as much withdrawing as topping up.
  it.each(['余额', '餘額', '我的余额', 'balance', 'saldo', '잔액'])('"%s" names a topic several entries share: a "did you mean" of them', (text) => {
    const r = wallet.answer(text);
    expect(r.kind).toBe('suggest');
    expect(r.suggestions.map((s) => s.faqId)).toEqual(expect.arrayContaining(['top-up', 'withdraw-to-bank']));
  });

  // 残高 is a word only Japanese writes (it was read as Chinese): a Japanese "did you mean".
  it('"残高" gets a Japanese "did you mean"', () => {
    const r = wallet.answer('残高');
    expect(r).toMatchObject({ kind: 'suggest', locale: 'ja' });
    expect(r.suggestions.map((s) => s.faqId)).toContain('withdraw-to-bank');
  });

  it.each([
    ['充值', 'top-up'],
    ['提现', 'withdraw-to-bank'],
    ['手续费', 'fees'],
    ['限额', 'transfer-limits'],
    ['余额提现', 'withdraw-to-bank'],
    ['返金', 'refund'],
  ])('a CJK question of one word particular to one entry is still answered: "%s" → %s', (text, faqId) => {
    expect(wallet.answer(text)).toMatchObject({ kind: 'answer', faqId });
  });

  it('a word most of whose alternates are one entry\'s is particular to it, however many entries use it', () => {
    // 金 is in nearly every Japanese entry and a pair with it was a seam between words: these were generic "did you mean"s.
    expect(wallet.answer('別のカードで支払いたい')).toMatchObject({ kind: 'answer', faqId: 'payment-methods' });
    expect(wallet.answer('送金にお金はかかるの')).toMatchObject({ kind: 'answer', faqId: 'fees' });
  });

  it('a word the pack does not know, holding a piece of one it does, makes a question particular', () => {
    // "elimino" is no alternate's word, "elimi" is a piece of "eliminar" (close-account's alternates).
    expect(wallet.answer('cómo elimino mi cuenta')).toMatchObject({ kind: 'answer', faqId: 'close-account' });
    expect(wallet.answer('내 계정 삭제')).toMatchObject({ kind: 'answer', faqId: 'close-account' });
  });
});
