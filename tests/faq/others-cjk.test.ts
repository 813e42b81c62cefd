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

// One engine for the file: building it is the slow part (a hook each timed out under a loaded machine's 60 s).
let wallet: FaqEngine;
beforeAll(async () => {
  wallet = await walletEngine();
});

describe('the wallet engine on these matters (session 37)', () => {
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

/**
 * Another company's or office's matter in an entry's own words (session 38, faq/others-cjk.ts, other-money.ts): an
 * employer's card by who gave it, a government office checking who the visitor is, a bank's card or account frozen or
 * locked beside its name (its online banking or account between) or by a bank, carrier or game company acting, a
 * carrier's deposit, a courier by name, a portal's 本人確認. Each was answered with transaction-history, transfer-limits, identity-verification or freeze-account (or
 * left to the classifier); the wallet's side named, the wallet's again.
 */
describe("another company's or office's matter in Chinese, Japanese and Korean (session 38)", () => {
  it.each([
    ['单位发的加油卡丢了怎么办', 'thing'], ['公司的差旅卡帳單要怎麼核銷', 'thing'], ['会社から渡されたカードの利用明細はどこで見る', 'thing'],
    ['회사에서 받은 카드 한도가 부족해요', 'thing'],
    ['公司发的卡能绑到钱包上吗', null], ['会社のカードをウォレットに登録したい', null],
    ['派出所让我做人脸识别核验身份', 'thing'], ['區公所說要先做身分驗證才能申請', 'thing'], ['구청에서 본인인증을 다시 하래요', 'thing'],
    ['钱包实名认证需要去派出所吗', null],
    ['工商银行的卡被冻结了', 'thing'], ['中信銀行帳戶被凍結了怎麼辦', 'thing'], ['三井住友銀行の口座が凍結された', 'thing'],
    ['국민은행 계좌가 정지됐어요', 'thing'], ['玉山銀行的網路銀行帳號被鎖住了', 'thing'], ['建设银行的U盾密码忘了', 'login'],
    ['工商银行卡被冻结了，钱包里的钱还能提现吗', null], ['钱包账户被冻结了', null],
    ['遠傳門號退租的押金多久退', 'thing'], ['顺丰把我的件弄丢了', 'thing'], ['西濃運輸に預けたものが行方不明', 'thing'],
    ['マイナポータルで本人確認がエラーになる', 'login'], ['홈택스 본인 확인이 안 돼요', 'login'],
    // A company by its kind acting on what it keeps; no one acting, or the wallet's top-up in the story, the wallet's.
    ['银行把我的卡冻结了', 'thing'], ['被银行冻结了账户怎么办', 'thing'], ['銀行に口座を凍結された', 'thing'], ['運営にアカウントをBANされた', 'thing'],
    ['게임사에서 계정을 정지했어요', 'thing'], ['은행에서 계좌를 정지시켰어요', 'thing'],
    ['银行卡被冻结了', null], ['银行把我的卡冻结了，钱包充值不了', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});

describe("the wallet engine on another company's or office's matter (session 38)", () => {
  // Answered with transaction-history, transfer-limits, identity-verification or freeze-account before (main 6f32faf).
  it.each([
    '公司的差旅卡帳單要怎麼核銷', '회사에서 받은 카드 한도가 부족해요', '派出所让我做人脸识别核验身份', '구청에서 본인인증을 다시 하래요',
    '工商银行的卡被冻结了', '中信銀行帳戶被凍結了怎麼辦', '三井住友銀行の口座が凍結された', '국민은행 계좌가 정지됐어요',
    'マイナポータルで本人確認がエラーになる', '홈택스 본인 확인이 안 돼요', '银行把我的卡冻结了', '銀行に口座を凍結された',
    '게임사에서 계정을 정지했어요', '은행에서 계좌를 정지시켰어요',
  ])('does not answer "%s"', (text) => {
    expect(wallet.answer(text).kind).not.toBe('answer');
  });

  it.each([
    ['公司发的卡能绑到钱包上吗', 'bind-bank-card'],
    ['钱包实名认证需要去派出所吗', 'identity-verification'],
    ['工商银行卡被冻结了，钱包里的钱还能提现吗', 'withdraw-to-bank'],
    ['钱包账户被冻结了', 'freeze-account'],
  ])('still answers "%s" with %s', (text, id) => {
    const answer = wallet.answer(text);
    expect(answer.kind === 'answer' ? answer.faqId : answer.kind).toBe(id);
  });
});

/**
 * A bank's account or card closed beside its name (session 40, ISSUER_CHARGES): the bank closes it, though 解約 and 해지 are
 * the wallet's close-account words; taken off the wallet as well (FUNDING_WORDS), the wallet's bind-bank-card question.
 */
describe("a bank's account closed beside its name (session 40)", () => {
  it.each([
    ['楽天銀行の口座を解約するにはどうすればいい', 'thing'], ['みずほ銀行の口座を解約したい', 'thing'], ['국민은행 계좌 해지하려면 어떻게 해요', 'thing'],
    ['신한은행 계좌를 해지하고 싶어요', 'thing'],
    ['楽天銀行の口座を解約したのでアプリから外したい', null], ['국민카드 해지해서 앱에서 빼고 싶어요', null], ['신한카드 해지해서 등록 해제하려고요', null],
  ])('"%s": %s', (text, what) => {
    expect(namesElsewhere(normalizeText(text))).toBe(what);
  });
});
