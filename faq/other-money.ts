/**
 * Money that is not the wallet's: other cards, other wallets' own balances and accounts, a bank's own products, and the
 * network devices at home. A question about them ("悠遊卡餘額不足要去哪裡加值", "PayPayの残高が使えない", "when is my
 * credit card payment due", "數據機的管理密碼") holds the words of a wallet question (top up, balance, limit, card,
 * password) and differs from one by whose they are. Read by services.ts; written for the project from general
 * knowledge of each market, never copied from an evaluation set.
 */

/**
 * Cards of transit and shops' points, with the card word where it is part of how the name is written ("octopus card",
 * "tarjeta sube": "sube" alone is a verb). A wallet question may name one as a way to pay ("可以用八達通俾錢嗎"), like
 * another wallet (see OTHER_WALLETS).
 */
export const OTHER_CARDS: readonly string[] = [
  'octopus card', 'oyster card', 'clipper card', 'presto card', 'opal card', 'myki', 'metrocard', 'metro card', 'transit card',
  'bus pass', 'travel card', 'library card', 'easycard', 'ipass', 'icash',
  '公交卡', '交通卡', '羊城通', '深圳通', '校园卡', '饭卡', '加油卡', '悠遊卡', '悠游卡', '一卡通', '八达通', '八達通', '捷运卡', '地铁卡', '港铁卡',
  'suica', 'pasmo', 'icoca', 'manaca', 'toica', 'kitaca', 'nimoca', 'sugoca', 'pitapa', '交通系ic', '交通系icカード',
  'nanaco', 'waon', 'ポイントカード', 'tポイント', 'dポイント', 'ponta',
  '티머니', '캐시비', '교통카드', '포인트카드',
  'tarjeta sube', 'tarjeta del metro', 'tarjeta de metro', 'tarjeta de transporte', 'tarjeta del transporte', 'tarjeta bip',
  'tarjeta tullave', 'tarjeta de la biblioteca', 'abono transporte', 'tarjeta del bus', 'tarjeta de bus',
  // a library's card, gift cards and vouchers
  '図書館のカード', '図書カード', 'ギフトカード', '商品券', 'クオカード', 'quoカード', '도서관 카드', '도서관카드', '상품권', '기프티콘', '기프트카드',
];

/**
 * Identity and health insurance cards: a wallet question names one as a document to show ("マイナンバーカードで本人確認"),
 * anything else about it is its issuer's ("マイナンバーカードの更新方法"), its PIN too (see THINGS in services.ts).
 * Passports, driving licences and national ID cards are left out: a wallet question names them in passing
 * ("身份证过期了要重新认证吗").
 */
export const ID_CARDS: readonly string[] = ['マイナンバーカード', 'マイナカード', '保険証', '社保卡', '医保卡', '健保卡', '건강보험증'];

/**
 * A bank's or another wallet's products, each a balance, an app or a card of its own that is never a way to pay in the
 * wallet: "支付宝余额宝的钱怎么转出来", "ネットバンキングのログインIDを忘れた", "olvidé el usuario de la banca en línea", a
 * toll card ("ETCカードが使えなかった").
 */
export const OTHER_PRODUCTS: readonly string[] = [
  'ezpass', 'ez pass', 'e zpass', 'etc card', 'etc卡', 'etcカード', '하이패스', '하이패스 카드', '하이패스카드',
  'online banking', 'mobile banking', 'bank app', 'banking app',
  '余额宝', '零钱通', '借呗', '微粒贷', '手机银行', '银行app',
  'ネットバンキング', 'インターネットバンキング', 'ネットバンク', '銀行アプリ',
  '인터넷뱅킹', '모바일뱅킹', '인터넷 뱅킹', '모바일 뱅킹', '공인인증서', '공동인증서', '은행 앱', '은행앱',
  'banca en linea', 'banca movil', 'banca online', 'banca por internet', 'app del banco', 'aplicacion del banco',
  // Deposits, investments, insurance and loans (保険 not in 保険証, see NOT_BEFORE in services.ts; not 預金 alone: 예금주 is
  // an account's holder)
  '定期預金', '投資信託', '証券口座', 'nisa', 'ideco', '住宅ローン', 'ローン', '保険',
  '적금', '정기예금', '펀드', '증권 계좌', '증권계좌', '보험', '대출', '주택담보대출',
  // bonds, insurance policies (not 保险 alone: 这样保险吗, "is it safe"), and a credit bureau's report and score
  'savings bond', 'savings bonds', 'treasury bond', 'government bond', '国债', '国債', '국채', 'bonos del gobierno', 'cetes',
  'car insurance', 'insurance policy', 'insurance company', '车险', '退保', '保险公司', '保单', '医疗险', '寿险', 'seguro del coche', 'seguro de auto', 'seguro del carro', 'poliza de seguro',
  'credit report', 'credit score', 'credit bureau', 'credit history', 'experian', 'equifax', 'transunion', '征信', '联征', '信用报告', '信用情報',
  '신용점수', '신용 점수', '신용등급', 'buro de credito', 'historial de credito', 'historial crediticio', 'puntaje crediticio', 'score crediticio',
];

/**
 * Online banking, a bank's product ("网银密码忘了", "網銀怎麼申請", "网银转账限额是多少") unless the wallet is funded from it:
 * bound to it or topped up from it ("怎麼綁定網銀", "網銀帳戶可以綁定嗎", "可以用網銀轉帳儲值嗎" were a "did you mean" at
 * 0.98-0.99 with the right entry first). Taiwan pays in by online banking as often as by card. See FUNDING in services.ts.
 */
export const ONLINE_BANKING: readonly string[] = ['网银', '网上银行'];

/**
 * Other wallets, payment apps and credit lines. A wallet question names them as a way to pay ("可以用LINE Pay或街口付款
 * 嗎", "can i pay with apple pay", "可以绑花呗付款吗"): the entry tagged other-cards answers a name alone (see
 * OTHER_CARDS_TAG in matcher.ts). The name followed by what it holds (its balance, limit, points or account: see
 * WALLET_BALANCE, WALLET_LIMIT, WALLET_POINTS and the account words of services.ts) is the other wallet's question.
 */
export const OTHER_WALLETS: readonly string[] = [
  'apple pay', 'google pay', 'samsung pay', 'paypal', 'venmo', 'cash app', 'zelle', 'alipay', 'wechat pay', 'line pay', 'line pay money',
  '支付宝', '微信支付', '财付通', '花呗', '白条', '京东白条', '云闪付', '街口', '街口支付', '全支付', '悠遊付', '悠游付',
  // the mainland's other wallets and credit lines, some a shop's or an app's own (抖音钱包怎么提现, QQ钱包余额)
  'qq钱包', '抖音钱包', '抖音支付', '美团月付', '美团钱包', '京东支付', '京东钱包', '翼支付', '度小满', '多多钱包', '拼多多钱包', '微信零钱',
  'paypay', '楽天ペイ', '楽天pay', 'd払い', 'au pay', 'メルペイ', 'ペイペイ',
  '카카오페이', '네이버페이', '토스', '삼성페이', '페이코',
  '애플페이', '구글페이', '쿠페이', '쿠팡페이', '스마일페이', 'ssg페이', '쓱페이', '제로페이', '페이북', '엘페이', 'l페이', '토스페이',
  'mercado pago', 'mercadopago', 'nequi', 'daviplata', 'bizum', 'yape', 'plin', 'uala',
];

/** What another wallet holds: a balance, a limit (after one word: "토스 송금 한도"), points. */
export const WALLET_BALANCE = ['balance', 'saldo', '余额', '零钱', '残高', '잔액', '잔고'];
export const WALLET_LIMIT = ['limit', 'limits', 'limite', 'limites', '限额', '额度', '上限', '利用上限', '限度額', '한도'];
export const WALLET_POINTS = ['points', 'puntos', '积分', '红包', '点数', '回馈金', 'ポイント', '포인트'];
/**
 * What another wallet does, right after its name: the wallet is the sentence's subject, and the trouble its own ("apple
 * pay keeps saying card not added", "samsung pay said this card is not supported", "Apple Pay不讓我加卡").
 */
export const WALLET_ACTS = [
  'says', 'said', 'keeps', 'wont', 'doesnt', 'didnt', 'is holding', 'froze', 'locked', 'blocked', 'suspended', 'limited',
  '不让', '提示', '说', '显示', '把我',
  // what is done with a credit line or another wallet's own money (花呗怎么关闭, 白条逾期了, 微信零钱怎么提现, 토스 탈퇴)
  '怎么关', '关闭', '关掉', '还款', '怎么还', '逾期', '利息', '提现', '怎么提现', '被冻结', '冻结了',
  '탈퇴', '해지', '출금', '연체', '이자',
];

/** Bank cards: what a bank bills or sets on them is the bank's (see BANK_OWN). */
export const BANK_CARDS = [
  'credit card', 'debit card', 'bank card', 'atm card', 'tarjeta de credito', 'tarjeta de debito', 'tarjeta del banco', 'tarjeta',
  '信用卡', '银行卡', '储蓄卡', '借记卡', 'クレジットカード', 'クレカ', 'デビットカード', 'キャッシュカード', '신용카드', '체크카드',
  '카드',
];
/**
 * A bank card's statement, due date, annual fee, points, instalments, activation or credit line: "信用卡账单日", "credit card
 * payment due", "クレジットカードの引き落とし日", "신용카드 결제일", "el estado de cuenta de la tarjeta de crédito", "raise my
 * credit card's credit limit". Not a limit alone (limit, 额度, 限度額, 한도): "銀行卡的額度可以請你們調嗎", "what is the transfer
 * limit for a credit card" ask for the wallet's.
 */
export const BANK_OWN = [
  'statement', 'statements', 'bill', 'payment due', 'due date', 'annual fee', 'rewards', 'points', 'miles', 'apr', 'interest rate',
  'minimum payment', 'activation', 'payment date',
  '账单', '账单日', '还款', '还款日', '缴款', '缴费日', '年费', '积分', '红利', '分期', '激活', '开卡', '最低还款',
  '明細', '利用明細', '引き落とし', '引落', '引き落し', '締め日', '支払日', '支払い日', '請求', '年会費', 'ポイント', '分割', 'リボ',
  '有効化',
  '명세서', '결제일', '연회비', '포인트', '할부', '실적', '청구', '값', '대금',
  'estado de cuenta', 'fecha de corte', 'fecha de pago', 'fecha limite de pago', 'pago minimo', 'anualidad', 'puntos',
  'cuotas', 'meses sin intereses', 'vence el pago', 'vencimiento',
  'credit limit', 'credit line', '信用额度', '利用枠', 'limite de credito', 'linea de credito', 'cupo',
];

/**
 * Devices of a home network, never the wallet's: a question naming one is another's (as a service's is), and whatever a
 * password is near is the device's ("數據機的管理頁面要輸入的密碼"). "my router's" is "routers" once normalised.
 */
export const NETWORK_DEVICES = [
  'router', 'routers', 'modem', 'modems', '路由器', '路由', '光猫', '数据机', '分享器', '机顶盒', '机上盒', 'ルーター', 'モデム', '공유기', '모뎀',
  '셋톱박스', 'decodificador',
];
