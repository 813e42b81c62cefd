import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { foldSynonyms } from '../../faq/synonyms.ts';
import { replyOf, walletEngine } from '../helpers/faq-model-seed.ts';

/**
 * A feature told by what the customer sees, not by its name (issue #18, session 44): the payment PIN as "the six
 * numbers I press before paying", the balance as "the money in the phone". Each of the answered rows below was a
 * "did you mean", nothing or another entry's answer on main 5b880da (seed 77).
 */
let wallet: FaqEngine;
beforeAll(async () => {
  wallet = await walletEngine();
});
const reply = (text: string) => replyOf(wallet, text);
const fold = (text: string, locale: string) => foldSynonyms(normalizeText(text), locale);

describe('the plain names of the features (session 44)', () => {
  it.each([
    ['付钱前要按的那六个数字我忘了', 'password-reset'],
    ['払う前に押す6桁の数字を忘れてしまいました', 'password-reset'],
    ['돈 낼 때 누르는 숫자 여섯 개를 까먹었어요', 'password-reset'],
    ['i forgot the six numbers i press before paying', 'password-reset'],
  ])('answers "%s" with %s', (text, id) => {
    expect(reply(text)).toBe(id);
  });

  it.each([
    ['付钱前要按的那六个数字我忘了', 'zh-CN', '支付密码'],
    ['怎么把银行卡里的钱放到手机里', 'zh-CN', '充进钱包'],
    ['se me olvidaron los seis numeros que pongo antes de pagar', 'es', 'pin de pago'],
    ['quiero pasar la plata del telefono a mi cuenta del banco', 'es', 'saldo'],
    ['폰 속 돈을 통장으로 옮기려면요', 'ko', '잔액'],
    ['how do i get the money from the phone back into my bank', 'en', 'money from the wallet'],
  ])('reads "%s" (%s) with the feature\'s name %s', (text, locale, name) => {
    expect(fold(text, locale)).toContain(name);
  });

  it.each([
    ['收到一个6位数字的验证码，我没申请过', 'zh-CN'],
    ['短信里的6位数字验证码能告诉别人吗', 'zh-CN'],
  ])('leaves a code told by its length alone: "%s"', (text, locale) => {
    expect(fold(text, locale)).not.toContain('支付密码');
  });

  it.each([
    ['手机丢了 手机里的钱怎么办', 'lost-phone'],
    ['i lost my phone what about the money on my phone', 'lost-phone'],
    ['perdi el celular, que pasa con la plata del celular', 'lost-phone'],
    ['폰 잃어버렸는데 폰에 있는 돈은요', 'lost-phone'],
    ['スマホをなくした、スマホの中のお金は大丈夫？', 'lost-phone'],
    ['SMSで届いた6桁の数字を教えてもいいですか', 'safe-to-share'],
    ['문자로 온 6자리 숫자 알려줘도 돼요?', 'safe-to-share'],
  ])('keeps "%s" with %s: the phone lost, a code to be told', (text, id) => {
    expect(reply(text)).toBe(id);
  });
});
