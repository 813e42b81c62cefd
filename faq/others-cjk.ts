import { normalizeText } from './normalize.ts';
import { OTHER_WALLETS } from './other-money.ts';
import { WALLET_OR_MONEY_WORDS, WALLET_SIDE_WORDS } from './other-things.ts';

/**
 * Another's matter asked in Chinese, Japanese or Korean in an entry's own words (session 37): a bank card's credit line
 * raised, a transfer sent to the wrong person in another wallet, a lost phone located, a state e-credential. Each is the
 * card issuer's, the other wallet's, the phone maker's or the state's to settle; the wallet's own words beside them (its
 * app, balance, a top-up or a transfer of its) make the question the wallet's again. Written for the project from general knowledge, never copied from an
 * evaluation set. See namesElsewhere in services.ts.
 */

const alternation = (list: readonly string[]) =>
  [...new Set(list.map(normalizeText))].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const anyOf = (list: readonly string[]) => new RegExp(`(?:${alternation(list)})`, 'u');

/** A bank card, by the words each language uses for one (not a card alone: "交通卡", "ポイントカード"). */
const CREDIT_CARDS = ['信用卡', 'クレジットカード', 'クレカ', 'カード会社', '신용카드', '카드사', '카드 회사'];
/** A card's credit line, as the issuer sets it ("刷卡額度", "利用限度額", "이용한도"). */
const CREDIT_LINES = ['额度', '刷卡额度', '信用额度', '限度額', '利用限度額', '利用枠', 'ショッピング枠', '한도', '이용한도', '사용한도', '카드 한도'];
/** Asking the issuer to raise it ("申請調高", "上げたい", "상향 신청"). */
const RAISES = [
  '调高', '提高', '提额', '提升', '调升', '调整', '增加', '申请', '上调',
  '上げ', '引き上げ', '増額', '増枠', '増やし', '上げたい',
  '상향', '올리', '올려', '증액', '늘리', '늘려',
];
const CREDIT_CARD = anyOf(CREDIT_CARDS);
const CREDIT_LINE = anyOf(CREDIT_LINES);
const RAISE = anyOf(RAISES);
const WALLET_SIDE = anyOf(WALLET_SIDE_WORDS);

/**
 * Whether normalised text asks to raise a bank card's credit line (see CREDIT_LINES) with nothing of the wallet's side
 * ("信用卡刷卡額度不夠要怎麼跟銀行申請調高", "クレカの利用限度額を上げたい", "신용카드 한도 상향 신청은 어떻게 해요"), not the
 * wallet's limit ("钱包转账额度怎么提高") nor a top-up held back by a card's line ("信用卡额度不够充值失败").
 */
export const raisesCardCreditLine = (normalized: string): boolean =>
  CREDIT_CARD.test(normalized) && CREDIT_LINE.test(normalized) && RAISE.test(normalized) && !WALLET_SIDE.test(normalized);

/** Another wallet's name (see OTHER_WALLETS), not inside a Latin word. */
const OTHER_WALLET = new RegExp(`(?<![\\p{Script=Latin}])(?:${alternation(OTHER_WALLETS)})(?![\\p{Script=Latin}])`, 'gu');
/** Sending to the wrong person, in Japanese and Korean ("間違った人に送っちゃった", "엉뚱한 사람한테 보냈어요"). */
const WRONG_SENDS = anyOf([
  '間違った人に送', '間違えて送', '送り間違', '送金先を間違', '違う人に送', '別の人に送', '誤送金', '間違って送',
  '잘못 보냈', '잘못 송금', '송금을 잘못', '잘못 이체', '이체를 잘못', '엉뚱한 사람', '다른 사람한테 보냈', '다른 사람에게 보냈', '잘못 보내',
]);
/** How far after the wallet's name the wrong send may stand: its own clause ("LINE Payで間違った人に送っちゃった"). */
const RECALL_REACH = 16;

/**
 * Whether normalised text tells of a transfer sent to the wrong person in another wallet, the wrong send a few characters
 * after its name ("LINE Payで間違った人に送っちゃった", "토스로 송금을 엉뚱한 사람한테 보냈어요"): that wallet recalls it, as
 * WALLET_RECALLS in other-money.ts says of "街口轉帳轉錯人了". The caller checks the wallet itself is not named.
 */
export function recallsInAnotherWallet(normalized: string): boolean {
  if (!WRONG_SENDS.test(normalized)) return false;
  OTHER_WALLET.lastIndex = 0;
  for (let m = OTHER_WALLET.exec(normalized); m !== null; m = OTHER_WALLET.exec(normalized)) {
    if (WRONG_SENDS.test(normalized.slice(OTHER_WALLET.lastIndex, OTHER_WALLET.lastIndex + RECALL_REACH))) return true;
  }
  return false;
}

/** A phone, and finding where it is ("用另一台手機定位", "位置情報で探したい", "위치 추적으로 찾을 수 있나요", "尋找我的iPhone"). */
const PHONES = anyOf(['手机', 'iphone', 'スマホ', '携帯', '端末', '폰', '휴대폰', '핸드폰', '아이폰']);
const LOCATING = anyOf([
  '定位', '寻找我的iphone', '查找我的iphone', '查找iphone', '查找手机', '找我的手机', '位置情報', 'iphoneを探す', 'デバイスを探す', '端末を探す',
  '위치 추적', '위치추적', '위치 찾기', '위치 확인', '내 디바이스 찾기', '나의 찾기', '폰 찾기',
]);
const WALLET_OR_MONEY = anyOf(WALLET_OR_MONEY_WORDS);

/**
 * Whether normalised text asks to locate a phone with nothing of the wallet or money named ("我爸手机丢了，怎么用另一台手机
 * 定位"): the phone maker's finder answers it, not the lost-phone entry, which protects the wallet on a lost phone.
 */
export const locatesPhone = (normalized: string): boolean =>
  PHONES.test(normalized) && LOCATING.test(normalized) && !WALLET_OR_MONEY.test(normalized);

/** The state's own e-credentials for health insurance and social security ("医保电子凭证", "电子社保卡"): the state's app activates them. */
const STATE_CREDENTIALS = anyOf(['医保电子凭证', '电子医保凭证', '医保码', '电子社保卡', '社保码']);

/**
 * Whether normalised text asks about a state e-credential for health insurance or social security with nothing of the
 * wallet's side ("医保电子凭证怎么激活"), not one the wallet shows or verifies ("医保电子凭证能绑定钱包吗").
 */
export const asksStateCredential = (normalized: string): boolean => STATE_CREDENTIALS.test(normalized) && !WALLET_SIDE.test(normalized);

