import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { namesElsewhere } from '../../faq/services.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

/**
 * Another's matter in the wallet's words (session 40): a bank account or a bank's card closed at the bank, texts or calls
 * blocked on one's phone, the desk's people as a job (their pay, hiring them, working there, AI replacing them). Read as
 * close-account, bind-bank-card, scam-report or contact-support before; the wallet's own words keep a question the wallet's.
 */
describe("another's matter: a bank account closed, texts blocked, the desk's jobs (session 40)", () => {
  it.each([
    ['怎么注销工商银行的借记卡', 'named'], ['中信銀行的帳戶要怎麼結清', 'named'], ['みずほ銀行の口座を解約したい', 'thing'] /* its issuer's own act, beside its name (issuersOwn) */,
    ['국민은행 통장 해지 방법', 'named'], ['how can i close my barclays account', 'named'], ['quiero cerrar mi cuenta bancaria', 'named'],
    ['怎么注销绑定的银行卡', null], ['close my account and move the money to my bank account', null], ['등록된 은행 계좌 해지하고 싶어요', null],
    ['骚扰电话太多了怎么拉黑', 'thing'], ['迷惑メールの番号をブロックしたい', 'thing'], ['스팸 문자 차단하는 법', 'thing'],
    ['how do i block spam calls on my phone', 'thing'], ['¿cómo bloqueo las llamadas de un número?', 'thing'],
    ['i got a scam text pretending to be the wallet, should i block it?', null],
    ['客服的工资高吗', 'thing'], ['スタッフの時給はいくらですか', 'thing'], ['상담사 연봉이 궁금해요', 'thing'],
    ['what do support agents earn', 'thing'], ['¿cuánto gana un agente de soporte?', 'thing'], ['ai가 고객센터 직원을 대체할까요', 'thing'],
    ['my sister works at a call center', 'thing'], ['你们招接线员吗', 'thing'],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});

// One engine for the file: building it is the slow part.
let wallet: FaqEngine;
beforeAll(async () => {
  wallet = await walletEngine();
}, 180_000);

describe('the wallet engine on these matters (session 40)', () => {
  // Answered with close-account, bind-bank-card, scam-report or contact-support before (main d594d38, seed 77).
  it.each([
    '怎么注销建设银行的储蓄卡', 'How do I close my Wells Fargo savings account?', '하나은행 계좌 해지하려면',
    'T-Mobile keeps sending me scam texts, how do I block them?', '遠傳一直傳詐騙簡訊給我怎麼封鎖',
    '你们公司招客服吗', 'My friend works in customer support, she says the job is stressful',
  ])('does not answer "%s"', (text) => {
    expect(wallet.answer(text).kind).not.toBe('answer');
  });

  it.each([
    ['怎么解绑银行卡', 'bind-bank-card'],
    ['how do i close my wallet account', 'close-account'],
    ['怎么联系客服', 'contact-support'],
  ])('still answers "%s" with %s', (text, id) => {
    const answer = wallet.answer(text);
    expect(answer.kind === 'answer' ? answer.faqId : answer.kind).toBe(id);
  });
});
