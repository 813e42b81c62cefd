import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { namesElsewhere } from '../../faq/services.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

/**
 * Off-topic questions in the wallet's own words (session 47): a card's annual fee or its charges, a carrier charging, a
 * shop's own rules for taking goods back, a bank card's credit line raised in Spanish and English, a tax portal's
 * certificate, and money at large (a saying about it, how a way to pay was invented). Each is another's to answer; the
 * wallet's own words beside them keep the question the wallet's.
 */
describe("another's money in the wallet's words (session 47)", () => {
  it.each([
    // A card's annual fee, whatever card: the wallet charges none; asked of the wallet, the wallet's.
    ['how much is the annual fee for the amex gold card', 'thing'], ['這張聯名卡的年費可以免嗎', 'thing'], ['このカードの年会費はいつ引き落とされる', 'thing'],
    ['이 카드 연회비 면제 조건', 'thing'], ['la tarjeta tiene cuota anual?', 'thing'],
    ['does your wallet have an annual fee', null], ['is there an annual fee', null],
    // An issuer's card charging a fee, a carrier charging: theirs; a charge made with the wallet is the wallet's.
    ['does my chase card charge foreign transaction fees', 'thing'], ['my verizon plan charged me for international calls', 'thing'],
    ['does my capital one card charge a fee when i top up the wallet', null],
    // A shop's own rules for taking goods back; a refund for goods sent back that never reached the wallet is the wallet's.
    ['可以在蝦皮退貨嗎 拆封過了', 'thing'], ['쿠팡 환불 규정 알려줘', 'thing'], ['política de devoluciones de amazon', 'thing'],
    ["I returned the shoes to amazon but the refund isn't in my wallet", 'named'],
    // A bank card's credit line raised; the wallet's limit, or a top-up the card's line holds back, the wallet's.
    ['how do i raise my credit card limit', 'thing'], ['cómo pido que me aumenten el límite de la tarjeta de crédito', 'thing'],
    ['i want to raise my transfer limit', null], ['quiero subir el límite de mi tarjeta de crédito para recargar la billetera', null],
    // A tax portal's certificate: the portal's login.
    ['報稅時自然人憑證一直讀不到', 'login'],
    // Money at large: a saying, how a way to pay was invented; the wallet's payment history is the wallet's.
    ["money can't buy love", 'thing'], ['是谁发明了信用卡', 'thing'], ['お金で買えないものもある', 'thing'], ['신용카드는 누가 발명했어요', 'thing'],
    ['quién inventó la tarjeta de crédito', 'thing'], ['the payment history of my wallet', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});

// One engine for the file: building it is the slow part.
let wallet: FaqEngine;
beforeAll(async () => {
  wallet = await walletEngine();
});

describe('the wallet engine on these questions (session 47)', () => {
  // Answered with fees, refund, transfer-limits or bind-bank-card before (main e253995, default seed).
  it.each([
    'このカードの年会費はいつ引き落とされる', 'does my chase card charge foreign transaction fees', '可以在蝦皮退貨嗎 拆封過了',
    'how do i raise my credit card limit', '是谁发明了信用卡',
  ])('does not answer "%s"', (text) => {
    expect(wallet.answer(text).kind).not.toBe('answer');
  });

  it.each([
    ["I returned the shoes to amazon but the refund isn't in my wallet", 'refund'],
    ['i want to raise my transfer limit', 'transfer-limits'],
  ])('still answers "%s" with %s', (text, id) => {
    const answer = wallet.answer(text);
    expect(answer.kind === 'answer' ? answer.faqId : answer.kind).toBe(id);
  });
});
