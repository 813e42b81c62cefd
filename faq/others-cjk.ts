import { normalizeText } from './normalize.ts';
import { CARD_ADDING_WORDS, FUNDING_WORDS, OTHER_WALLETS } from './other-money.ts';
import { WALLET_NAMED_WORDS, WALLET_OR_MONEY_WORDS, WALLET_SIDE_WORDS } from './other-things.ts';

/**
 * Another's matter asked in Chinese, Japanese or Korean in an entry's own words (session 37; a card's credit line in Spanish and English too, session 47): a bank card's credit line
 * raised, a transfer sent to the wrong person in another wallet, a lost phone located, a state e-credential. Each is the
 * card issuer's, the other wallet's, the phone maker's or the state's to settle; the wallet's own words beside them (its
 * app, balance, a top-up or a transfer of its) make the question the wallet's again. Written for the project from general knowledge, never copied from an
 * evaluation set. See namesElsewhere in services.ts.
 */

const alternation = (list: readonly string[]) =>
  [...new Set(list.map(normalizeText))].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const anyOf = (list: readonly string[]) => new RegExp(`(?:${alternation(list)})`, 'u');

/** A bank card, by the words each language uses for one (not a card alone: "交通卡", "ポイントカード"). */
const CREDIT_CARDS = [
  '信用卡', 'クレジットカード', 'クレカ', 'カード会社', '신용카드', '카드사', '카드 회사',
  // …and in Spanish and English, a card named as the bank's ("cómo pido un aumento de límite en mi tarjeta del banco"; session 47)
  'tarjeta de credito', 'tarjeta del banco', 'tarjeta bancaria', 'credit card',
];
/** A card's credit line, as the issuer sets it ("刷卡額度", "利用限度額", "이용한도"). */
const CREDIT_LINES = ['额度', '刷卡额度', '信用额度', '限度額', '利用限度額', '利用枠', 'ショッピング枠', '한도', '이용한도', '사용한도', '카드 한도', 'limite', 'limit', 'cupo'];
/** Asking the issuer to raise it ("申請調高", "上げたい", "상향 신청"). */
const RAISES = [
  '调高', '提高', '提额', '提升', '调升', '调整', '增加', '申请', '上调',
  '上げ', '引き上げ', '増額', '増枠', '増やし', '上げたい',
  '상향', '올리', '올려', '증액', '늘리', '늘려',
  'aumento', 'aumentar', 'aumenten', 'subir', 'suban', 'ampliar', 'raise', 'increase',
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


/**
 * Government offices by the word for their kind, as each language names one (a tax office, social security, a city
 * hall, the police, immigration): "社保局要我重新做身份认证", "國稅局要我補身分驗證", "税務署から本人確認書類を求められた",
 * "주민센터에서 본인 확인을 하라고 해요". Their portals by name are in GOVERNMENT_PORTALS (other-things.ts).
 */
const OFFICES = anyOf([
  '社保局', '人社局', '税务局', '国税局', '地税局', '公安局', '派出所', '出入境', '车管所', '公积金中心', '医保局', '民政局', '街道办', '居委会',
  '政务大厅', '政务中心', '办事大厅', '移民局', '大使馆', '领事馆', '劳保局', '健保署', '户政事务所', '户政', '区公所', '监理站', '移民署', '警察局',
  '税务署', '国税庁', '役所', '役场', '年金事务所', '入管', '出入国在留管理', '警察署', '交番', '大使馆', 'ハローワーク',
  '국세청', '세무서', '주민센터', '행정복지센터', '구청', '동사무소', '출입국', '경찰서', '대사관', '연금공단', '보험공단',
]);
/** Checking who someone is, as an office asks it: "身份认证", "身分驗證", "本人確認", "본인 확인". */
const IDENTITY_CHECKS = anyOf([
  '身份认证', '身份验证', '身分认证', '身分验证', '实名认证', '实名验证', '人脸认证', '人脸识别', '刷脸', '核验身份', '身份核验', '验证身份', '认证身份',
  '本人确认', '本人认证', '身元确认', '颜认证',
  '본인인증', '본인 인증', '본인확인', '본인 확인', '신원 확인', '신원확인', '실명 인증', '실명인증', '얼굴 인증',
]);

/**
 * Whether normalised text tells of a government office checking who the visitor is, with nothing of the wallet's side:
 * the office's check, which the wallet's identity-verification entry does not answer, though it shares every word but
 * the office ("社保局要我重新做身份认证怎么弄", not "钱包实名认证要去派出所吗" nor "실명 인증할 때 주민센터 신분증도 되나요 지갑").
 */
export const officeChecksIdentity = (normalized: string): boolean =>
  OFFICES.test(normalized) && IDENTITY_CHECKS.test(normalized) && !WALLET_SIDE.test(normalized);

/**
 * An employer's card by who gave it, whatever its product is called: the company or the workplace a few characters
 * before a card ("公司发的报销卡", "单位的公务卡", "公司差旅卡", "会社から支給されたカード", "회사에서 준 카드"), not the
 * wallet's company ("你们公司的卡"). See COMPANY_CARDS in other-money.ts for the cards by name.
 */
const EMPLOYER_CARD = new RegExp(
  [
    '(?<!你们|您们|贵)(?:公司|单位|企业)[^ ]{0,4}卡',
    '(?:会社|勤务先|职场)[^ ]{0,8}カード',
    '(?<![\\p{L}])(?:회사|직장)(?:에서|의|가|이)?(?: [^ ]{1,4})? ?카드',
  ].join('|'),
  'u',
);
const CARD_ADDING = anyOf(CARD_ADDING_WORDS);
const FUNDING = anyOf(FUNDING_WORDS.filter((w) => !/^[a-z ]+$/.test(w)));

/**
 * Whether normalised text asks about an employer's card (see EMPLOYER_CARD) with nothing of the wallet's side, nor the
 * card added to the wallet or paying with it ("公司发的报销卡丢了找谁补办", "主管說公司卡的帳單要自己先墊", not "公司发的卡能绑定
 * 钱包吗" nor "用公司的卡充值失败"): its loss, its limit and its bill are the employer's and the issuer's.
 */
export const asksEmployersCard = (normalized: string): boolean =>
  EMPLOYER_CARD.test(normalized) && !WALLET_SIDE.test(normalized) && !CARD_ADDING.test(normalized) && !FUNDING.test(normalized);

/**
 * A company by the word for its kind, acting on the visitor's card, account or bill: the bank, the card company, the
 * carrier, the airline, the game's company or its operators ("银行把我的卡冻结了", "銀行に口座を凍結された", "게임사에서 계정을
 * 정지했어요", "运营商多扣了我的钱"): it froze, locked or banned what it keeps, or charged more, and it lifts or refunds it.
 * The marker after it makes it the one acting (把, 给, が, に, 에서…), as "my bank froze my account" in English (see
 * ACTING_PARTIES in other-things.ts); "银行卡被冻结了" names no one acting and stays the freeze-account entry's.
 */
const ACTING_COMPANY = new RegExp(
  [
    '(?:银行|发卡行|信用卡中心|运营商|电信公司|移动公司|航空公司|游戏公司|游戏官方)(?:那边|方面)?(?:把|将|给我|给|直接|突然|居然|竟然|又)[^ ，,。！？!?]{0,8}(?:冻结|锁|封|停用|停权|多扣|多收)',
    '被(?:银行|发卡行|运营商|电信公司|航空公司|游戏公司|游戏官方)[^ ，,。！？!?]{0,6}(?:冻结|锁|封|停用|停权)',
    '(?:银行|カード会社|携帯会社|キャリア|航空会社|ゲーム会社|运営)(?:侧)?(?:に|から|が)[^ 、。！？!?]{0,10}(?:冻结|ロック|停止|ban|多く请求|二重に请求)',
    '(?<![\\p{L}])(?:은행|카드사|카드 회사|통신사|항공사|게임사|게임 회사|운영자|운영진)(?: ?측| ?쪽)?(?:에서|이|가)[^.!?]{0,14}(?:정지|동결|잠갔|잠그|잠궜|막았|차단했|더 빼|더 나갔)',
  ].join('|'),
  'u',
);
/** The wallet named, a charge on it, a top-up or a transfer: the acting company is then a story told before the wallet's question. */
const WALLET_STORY = anyOf([...WALLET_NAMED_WORDS, ...FUNDING_WORDS.filter((w) => !/^[a-z ]+$/.test(w)), '充值', '你们', '您们', 'そちら', '여기']);

/**
 * Whether normalised text tells of a company by its kind acting on the visitor's card, account or bill (see
 * ACTING_COMPANY) with nothing of the wallet's (see WALLET_STORY): "银行把我的卡冻结了", not "银行把我的卡冻结了，钱包充值不了".
 */
export const companyActed = (normalized: string): boolean => ACTING_COMPANY.test(normalized) && !WALLET_STORY.test(normalized);
