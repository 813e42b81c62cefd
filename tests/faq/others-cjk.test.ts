import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { namesElsewhere } from '../../faq/services.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

/**
 * Another's matter in Chinese, Japanese and Korean in an entry's own words (session 37, faq/others-cjk.ts): a card's
 * credit line raised, a transfer sent wrong in another wallet, a phone located, a state e-credential. Each was answered
 * with transfer-limits, wrong-transfer, lost-phone or transaction-history; the wallet's side named, the wallet's again.
 */
describe("another's matter in Chinese, Japanese and Korean (session 37)", () => {
  it.each([
    // A credit card's line, raised with its issuer ('named' where the line's word right after the card already said so);
    // the wallet's limit, or a top-up the line held back, the wallet's.
    ['信用卡额度太低了，怎么让银行提额', 'thing'], ['信用卡的刷卡額度可以調高嗎', 'thing'], ['クレジットカードの利用枠を増やしたい', 'named'],
    ['카드사에 이용한도 증액 신청하고 싶어요', 'thing'],
    ['钱包转账额度怎么提高', null], ['信用卡额度不够，充值失败了', null], ['クレジットカードの限度額を上げたらチャージできますか', null],
    // A transfer sent wrong in another wallet, the mistake right after its name; the wallet named too, the wallet's (a
    // wallet named beside it is 'card', as before: the entries that take other cards answer it).
    ['PayPayで違う人に送ってしまいました', 'thing'], ['카카오페이로 엉뚱한 사람한테 보냈어요 어떻게 돌려받아요', 'thing'],
    ['ウォレットで間違えて送金した', null], ['카카오페이에서 충전한 돈을 지갑으로 잘못 보냈어요', 'card'],
    // A phone located with its maker's finder; the wallet or money named, the wallet's.
    ['手机丢了能定位到在哪吗', 'thing'], ['iPhoneを探すでスマホの場所を調べたい', 'thing'], ['폰 위치추적 하는 방법', 'thing'],
    ['手机丢了，钱包里的钱怎么办', null], ['スマホをなくした、アプリの残高は大丈夫？', null],
    // A state e-credential for health insurance; bound to the wallet, the wallet's.
    ['医保码在哪里激活', 'thing'], ['医保码可以绑定钱包吗', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});

describe('the wallet engine on these matters (session 37)', () => {
  let wallet: FaqEngine;
  beforeAll(async () => {
    wallet = await walletEngine();
  });

  // Answered with transfer-limits, wrong-transfer or lost-phone before (main d458071, seed 77).
  it.each([
    '信用卡额度太低了，怎么让银行提额', '카드사에 이용한도 증액 신청하고 싶어요', 'PayPayで違う人に送ってしまいました',
    '카카오페이로 엉뚱한 사람한테 보냈어요 어떻게 돌려받아요', '手机丢了能定位到在哪吗', 'iPhoneを探すでスマホの場所を調べたい',
  ])(
    'does not answer "%s"',
    (text) => {
      expect(wallet.answer(text).kind).not.toBe('answer');
    },
  );

  it.each([
    ['钱包转账额度怎么提高', 'transfer-limits'],
    ['ウォレットで間違えて送金した', 'wrong-transfer'],
    ['手机丢了，钱包里的钱怎么办', 'lost-phone'],
  ])('still answers "%s" with %s', (text, id) => {
    const answer = wallet.answer(text);
    expect(answer.kind === 'answer' ? answer.faqId : answer.kind).toBe(id);
  });
});
