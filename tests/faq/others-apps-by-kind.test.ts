import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { namesElsewhere } from '../../faq/services.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

/**
 * Another company's matter told in an entry's words, the company named by its kind rather than its name (session 45):
 * a food-delivery, ride-hailing or parking app, a crypto exchange, cash paid to a courier on delivery, a
 * government portal. Each was read as the wallet's refund, freeze-account, withdraw-to-bank or identity-verification
 * before; the wallet named beside one keeps the question the wallet's.
 */
describe("another company named by its kind (session 45)", () => {
  it.each([
    ['the delivery app never refunded my cold pizza', 'named'], ['外卖平台的退款三天了还没到', 'named'],
    ['外送平台說會退款但一直沒退', 'named'], ['デリバリーアプリで頼んだ料理の返金がまだ', 'named'],
    ['배달앱에서 취소한 주문 환불이 안 돼요', 'named'], ['la app de delivery no me devolvió lo del pedido cancelado', 'named'],
    ['my rideshare app account is suspended, how do i get it back', 'account'], ['配車アプリで二重に料金を取られた', 'named'],
    ['택시 호출 앱 계정이 정지됐는데 어떻게 풀어요', 'account'], ['la app de taxi me cobró doble el viaje', 'named'],
    ['코인 거래소에서 원화 출금이 지연돼요', 'named'], ['取引所から円を出金したのに口座に来ない', 'named'],
    ['i paid cash on delivery and sent the box back, who refunds me', 'named'],
    ['the government portal keeps failing to verify me', 'login'], ['政府網站一直驗證身份失敗', 'login'],
    ['el portal del gobierno no me deja verificar mi identidad', 'login'],
    // the wallet's own questions without them stay unread
    ['i want a refund for something i paid with the wallet', null], ['지갑에서 은행으로 출금이 안 돼요', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});

// One engine for the file: building it is the slow part.
let wallet: FaqEngine;
beforeAll(async () => {
  wallet = await walletEngine();
});

describe('the wallet engine on these matters (session 45)', () => {
  // Answered with refund, freeze-account, withdraw-to-bank or identity-verification before (main b075b14, seed 77).
  it.each([
    'the delivery app never refunded my cold pizza', '外卖平台的退款三天了还没到', 'デリバリーアプリで頼んだ料理の返金がまだ',
    '배달앱에서 취소한 주문 환불이 안 돼요', 'my rideshare app account is suspended, how do i get it back',
    '택시 호출 앱 계정이 정지됐는데 어떻게 풀어요', '코인 거래소에서 원화 출금이 지연돼요',
    'el portal del gobierno no me deja verificar mi identidad',
  ])('does not answer "%s"', (text) => {
    expect(wallet.answer(text).kind).not.toBe('answer');
  });

  it.each([
    ['i paid on the delivery app with my wallet and it says payment failed', 'transaction-failed'],
    ['배달앱에서 지갑으로 결제한 주문 환불은 어떻게 받아요', 'refund'],
    ['用钱包在外卖平台付的款怎么退款', 'refund'],
  ])('still answers "%s" with %s', (text, id) => {
    const answer = wallet.answer(text);
    expect(answer.kind === 'answer' ? answer.faqId : answer.kind).toBe(id);
  });
});
