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
  // Singapore's and Manila's transit cards ("how do i top up my ez-link card"; session 31)
  'ez link', 'ezlink', 'beep card',
  '公交卡', '交通卡', '羊城通', '深圳通', '校园卡', '饭卡', '加油卡', '悠遊卡', '悠游卡', '一卡通', '八达通', '八達通', '捷运卡', '地铁卡', '港铁卡',
  'suica', 'pasmo', 'icoca', 'manaca', 'toica', 'kitaca', 'nimoca', 'sugoca', 'pitapa', '交通系ic', '交通系icカード',
  'nanaco', 'waon', 'ポイントカード', 'tポイント', 'dポイント', 'ponta',
  '티머니', '캐시비', '교통카드', '포인트카드',
  'tarjeta sube', 'la sube', 'mi sube', 'tarjeta del metro', 'tarjeta de metro', 'tarjeta de transporte', 'tarjeta del transporte', 'tarjeta bip',
  'tarjeta tullave', 'tarjeta de la biblioteca', 'abono transporte', 'tarjeta del bus', 'tarjeta de bus',
  // Taiwan's shop points and members' cards (全聯福利卡, HAPPY GO, 7-11's OPENPOINT, a chain's 會員): the shop's own programme
  '福利卡', 'happy go', 'happygo', 'openpoint', 'open point', '集点卡', '点数卡', '全家会员', '全联会员', '家乐福会员', '屈臣氏会员',
  '康是美会员', '好市多会员',
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
  '定期預金', '投資信託', '証券口座', 'nisa', 'ideco', '住宅ローン', 'ローン', 'カードローン', '保険',
  // a broker and trading shares ("買股票的手續費", "SBI証券で株を買う手数料", "키움증권 주식 매매 수수료", "how much does a broker charge
  // per trade"): not 株 alone (株式会社, a company's name on a charge)
  '股票', '炒股', '券商', '证券', '証券', '株を買', '株を売', '株取引', '株の売買', '株式投資', '주식', '증권',
  'stock trade', 'stock trades', 'stock trading', 'brokerage', 'broker', 'casa de bolsa', 'bolsa de valores', 'comprar acciones', 'vender acciones',
  '적금', '정기예금', '펀드', '증권 계좌', '증권계좌', '보험', '대출', '주택담보대출',
  // a mortgage or a car loan and its monthly instalment, repaid to the lender ("房贷扣款失败会算逾期吗", "车贷月供怎么提前还"; session 32)
  '房贷', '车贷', '房屋贷款', '按揭', '月供',
  // a housing subscription account, a bank's savings for a flat ("청약통장 매달 얼마씩 넣어야 1순위 돼요"; session 32): not 청약
  // alone, 청약철회 is a purchase withdrawn (a refund's word)
  '청약통장', '청약 통장', '주택청약', '청약저축',
  // bonds, insurance policies (not 保险 alone: 这样保险吗, "is it safe"), and a credit bureau's report and score
  'savings bond', 'savings bonds', 'treasury bond', 'government bond', '国债', '国債', '국채', 'bonos del gobierno', 'cetes',
  'car insurance', 'insurance policy', 'insurance company', '车险', '退保', '保险公司', '保单', '医疗险', '寿险',
  // an insurance claim: the insurer pays it ("保險理賠要準備哪些文件"; not 理赔 alone: a scam-report row's impostor offers one; a
  // phone's insurance by its kind is an organisation: see ORGANISATIONS in other-things.ts)
  '保险理赔', 'seguro del coche', 'seguro de auto', 'seguro del carro', 'poliza de seguro',
  // Colombia's and Peru's compulsory vehicle insurance, bought from an insurer ("dónde compro el SOAT de la moto"; session 33)
  'soat', 'seguro de la moto', 'seguro de moto',
  // a fund and its monthly plan ("基金定期定額扣款失敗", "基金定投"): the fund house's or the bank's, though its debit failing is a failed payment's words
  '基金', '定期定额', '定投',
  // funds and dividends by their other names: the fund house's fees ('what fees do index funds usually charge', '株の配当金にかかる手数料'; session 36)
  'index fund', 'index funds', 'mutual fund', 'mutual funds', 'etf', '配当金', '股息', 'fondo de inversion', 'fondos de inversion', 'fondo indexado',
  'credit report', 'credit score', 'credit bureau', 'credit history', 'experian', 'equifax', 'transunion', '征信', '联征', '信用报告', '信用情報',
  '신용점수', '신용 점수', '신용등급', 'buro de credito', 'historial de credito', 'historial crediticio', 'puntaje crediticio', 'score crediticio',
];

/**
 * Online banking, a bank's product ("网银密码忘了", "網銀怎麼申請", "网银转账限额是多少") unless the wallet is funded from it:
 * bound to it or topped up from it ("怎麼綁定網銀", "網銀帳戶可以綁定嗎", "可以用網銀轉帳儲值嗎" were a "did you mean" at
 * 0.98-0.99 with the right entry first). Taiwan pays in by online banking as often as by card. See FUNDING in services.ts.
 */
export const ONLINE_BANKING: readonly string[] = [
  '网银', '网上银行',
  // Taiwan's and the long form (網路銀行的密碼被鎖住了; session 40)
  '网路银行', '网络银行',
];

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
  // a game store's or a marketplace's own wallet, whose balance and withdrawals are its own (Steam钱包的余额, 蝦皮錢包提領; session 39)
  'steam wallet', 'steam钱包', '虾皮钱包', 'shopee wallet',
  // a phone maker's own wallet, where cards are added to its app, not to this one ("add my card to apple wallet")
  'apple wallet', 'google wallet', 'samsung wallet',
  'paypay', '楽天ペイ', '楽天pay', 'd払い', 'au pay', 'メルペイ', 'ペイペイ', 'ドコモ口座', 'auペイ', 'ゆうちょpay', 'ファミペイ', 'famipay', 'kyash',
  'paidy', 'ペイディ', '楽天edy', 'quicpay', 'id払い',
  '카카오페이', '네이버페이', '토스', '삼성페이', '페이코',
  '애플페이', '구글페이', '쿠페이', '쿠팡페이', '스마일페이', 'ssg페이', '쓱페이', '제로페이', '페이북', '엘페이', 'l페이', '토스페이',
  'mercado pago', 'mercadopago', 'nequi', 'daviplata', 'bizum', 'yape', 'plin', 'uala',
  // Southeast Asia's, India's and Latin America's wallets (not 'boost', 'dana', 'modo', 'mach': everyday words)
  'gcash', 'maya', 'paymaya', 'grabpay', 'grab pay', 'shopeepay', 'shopee pay', 'touch n go', 'touchngo', 'tng ewallet', 'boost app', 'boost ewallet', 'ovo',
  'gopay', 'linkaja', 'truemoney', 'true money', 'paylah', 'zalopay', 'paytm', 'phonepe', 'bhim', 'mobikwik', 'freecharge', 'amazon pay',
  'picpay', 'tenpo', 'cuenta dni', 'naranja x', 'personal pay', 'rappipay', 'movii', 'tigo money', 'spin by oxxo', 'payoneer', 'skrill',
  // Hong Kong's (PayMe, 轉數快/FPS, 拍住賞, AlipayHK) and other mainland wallets (美团支付, 和包, 数字人民币); 一卡通MONEY is Taiwan's
  'payme', 'alipayhk', 'alipay hk', 'wechat pay hk', 'tap go', 'fps', '转数快', '拍住赏', '美团支付', '和包', '和包支付', '数字人民币',
  '一卡通money', 'icash pay', '橘子支付', '全盈支付',
  'payco', '하나머니', 'kb페이', '신한페이', '신한 쏠페이', '우리페이',
  // Crypto currencies, held on an exchange or in a crypto wallet: paying with one is a way to pay the wallet may take or not
  // ("can i pay with bitcoin"), anything else about one is its exchange's ("my crypto withdrawal is stuck on the exchange",
  // "비트코인 출금 수수료").
  'crypto', 'cryptocurrency', 'cryptocurrencies', 'cripto', 'criptomoneda', 'criptomonedas', 'bitcoin', 'ethereum', 'usdt', 'btc', 'eth',
  '加密货币', '虚拟货币', '虚拟币', '比特币', '以太坊', '以太币', '泰达币', '仮想通貨', '暗号資産', 'ビットコイン', 'イーサリアム', '가상화폐', '암호화폐', '비트코인', '이더리움',
];

/** What another wallet holds: a balance, a limit (after one word: "토스 송금 한도"), points. */
export const WALLET_BALANCE = ['balance', 'saldo', '余额', '零钱', '残高', '잔액', '잔고'];
export const WALLET_LIMIT = ['limit', 'limits', 'limite', 'limites', '限额', '额度', '上限', '利用上限', '限度額', '한도'];
export const WALLET_POINTS = ['points', 'puntos', '积分', '红包', '点数', '回馈金', 'ポイント', '포인트'];
/** The card bound to another wallet, right after its name ("LINE Pay 綁的卡要怎麼換", "街口绑定的银行卡"): that wallet's setting. */
export const WALLET_CARDS = ['绑的卡', '绑定的卡', '绑的银行卡', '绑定的银行卡', '绑的信用卡', '绑定的信用卡'];
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
/**
 * A transfer sent to the wrong person in another wallet, right after its name (街口轉帳轉錯人了, session 32): that wallet
 * recalls it, and the wallet's wrong-transfer entry (which takes other services' names) does not answer it unless the
 * wallet is named too (session 33).
 */
export const WALLET_RECALLS = ['转错', '转账转错'];

/**
 * Japanese credit cards by their issuer's name ("三井住友カードの暗証番号わすれた", "イオンカードを解約したい", "楽天カードの
 * 引き落とし日"): a bank card like クレジットカード, its PIN, bill and contract the issuer's. Named as a way to pay or a card
 * to add ("楽天カードを登録したい", "エポスカードで払えますか") they are the wallet's, as a credit card is.
 */
export const JAPANESE_CARD_BRANDS = [
  '三井住友カード', '楽天カード', 'イオンカード', 'エポスカード', 'セゾンカード', 'jcbカード', 'dカード', 'au payカード', 'paypayカード',
  'ビューカード', 'viewカード', 'オリコカード', 'ライフカード', 'ジャックスカード', '三菱ufjカード', 'mufgカード', 'ucカード', 'nicosカード',
  'アメックス', 'ダイナースクラブ', 'ヤフーカード', 'アマゾンカード', 'amazonカード', 'ルミネカード', 'リクルートカード',
];

/** Bank cards: what a bank bills or sets on them is the bank's (see BANK_OWN). */
export const BANK_CARDS = [
  'credit card', 'debit card', 'bank card', 'atm card', 'tarjeta de credito', 'tarjeta de debito', 'tarjeta del banco', 'tarjeta',
  '信用卡', '银行卡', '储蓄卡', '借记卡', 'クレジットカード', 'クレカ', 'デビットカード', 'キャッシュカード', '신용카드', '체크카드',
  '카드', ...JAPANESE_CARD_BRANDS,
];
/**
 * A bank card's statement, due date, annual fee, points, instalments, activation, contract (解約) or credit line: "信用卡
 * 账单日", "credit card payment due", "クレジットカードの引き落とし日", "イオンカードを解約したい", "신용카드 결제일", "el estado de
 * cuenta de la tarjeta de crédito", "raise my credit card's credit limit". Not a limit alone (limit, 额度, 限度額, 한도): "銀行卡的額度可以請你們調嗎", "what is the transfer
 * limit for a credit card" ask for the wallet's.
 */
export const BANK_OWN = [
  'statement', 'statements', 'bill', 'payment due', 'due date', 'annual fee', 'rewards', 'points', 'miles', 'apr', 'interest rate',
  'minimum payment', 'activation', 'payment date',
  '账单', '账单日', '还款', '还款日', '缴款', '缴费日', '年费', '积分', '红利', '分期', '激活', '开卡', '最低还款',
  '明細', '利用明細', '引き落とし', '引落', '引き落し', '締め日', '支払日', '支払い日', '請求', '年会費', 'ポイント', '分割', 'リボ',
  '有効化', '解約',
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

/**
 * Phone carriers written in Latin letters (the mainland's, Taiwan's, Japan's and Korea's are in ISSUERS): a question naming
 * one with a phone line's credit (see PHONE_CREDIT_WORDS in other-things.ts: "¿cómo recargo saldo a mi línea Movistar?",
 * "hice una recarga Telcel en la tiendita y nunca me llegó", "how do i top up my airtel") is the carrier's, as 话费 is.
 * Claro, also "of course", is one only where a phone's word or a preposition comes before it (see CLARO in services.ts).
 */
export const CARRIERS: readonly string[] = [
  'at t', 'att', 'verizon', 't mobile', 'vodafone', 'movistar', 'telcel', 'entel', 'tigo', 'bitel', 'digitel', 'wom', 'unefon', 'virgin mobile',
  'yoigo', 'masmovil', 'simyo', 'pepephone', 'lowi', 'jazztel', 'antel', 'kolbi',
  'globe telecom', 'jio', 'airtel', 'bsnl', 'singtel', 'starhub', 'maxis', 'celcom', 'telkomsel', 'indosat',
  // Japan's and the mainland's by name (a bill: see CARRIER_ASKED in other-things.ts; the mainland's 移动 alone is mobile payment's word)
  'ドコモ', 'docomo', 'ソフトバンク', 'softbank', 'ワイモバイル', 'ymobile', '楽天モバイル', 'ahamo', 'povo', 'uqモバイル', 'uq mobile',
  '中国移动', '中国联通', '中国电信', '联通',
];
/**
 * Taiwan's carriers by their Han names (also issuers: see ISSUERS): with a contract's or a plan's word beside them (see
 * CARRIER_ASKED in other-things.ts: "遠傳的合約還沒到期提前解約要付多少") the carrier's, as a Latin-named carrier's plan is.
 * Not 亞太 alone (Asia-Pacific).
 */
export const TAIWAN_CARRIERS: readonly string[] = ['中華電信', '台灣大哥大', '台哥大', '遠傳', '亞太電信', '台灣之星'];

/**
 * An employer's company card: its limit and its loss are the employer's and its issuer's ("회사 법인카드 한도 올려 주세요",
 * "회사카드 분실했어요"; session 30: see ISSUERS), and so are its receipts and expense claims (see COMPANY_CARD_PAPERS);
 * adding it or paying with it in the wallet is the wallet's (see FUNDING_WORDS: "can i add my corporate card").
 */
export const COMPANY_CARDS: readonly string[] = [
  '법인카드', '법인 카드', '회사카드', '회사 카드', '公司卡', '企业卡', '公务卡', '法人カード', 'コーポレートカード', '法人クレジットカード',
  'corporate card', 'company card', 'tarjeta corporativa', 'tarjeta empresarial', 'tarjeta de empresa',
];
/**
 * A company card's receipts, slips and expense claims ("법인카드 영수증 처리는 어떻게 해요", "법인카드로 결제한 거 경비 정산 어떻게
 * 올려요", "法人カードの領収書をなくした", "公司卡报销怎么弄", "corporate card expense report"; session 31): the employer's to
 * process, unless the wallet's side is named or the card is added to it (see COMPANY_CARD_WALLET_WORDS). Not a receipt
 * without a company card: the wallet's e-receipt is fetched for an expense claim.
 */
export const COMPANY_CARD_PAPERS: readonly string[] = [
  '영수증', '전표', '경비', '정산', '증빙', '비용 처리', '비용처리', '領収書', 'レシート', '経費', '精算', '报销', '发票', '收据',
  'receipt', 'expense', 'expense report', 'recibo', 'comprobante', 'gastos', 'factura',
];
/** A card added to the wallet or linked to it: a company card's receipt with one of them is the wallet's. */
export const CARD_ADDING_WORDS: readonly string[] = [
  '등록', '연결', '추가', '绑', '添加', '登録', '連携', '追加', 'add', 'added', 'link', 'linked', 'vincular', 'agregar', 'anadir',
];

/**
 * Banks, card issuers and phone carriers by name, as each pack language usually writes them (written for the project from
 * general knowledge of each market). A question naming one is the wallet's when it links its card, tops up from it,
 * withdraws to it or pays with it ("my ICBC card won't link", "可以從國泰的帳戶儲值嗎"); it is the issuer's when it asks
 * about the issuer's own credential, app login, credit limit or customer service (see ISSUER_OWN in services.ts).
 * Names that are everyday words are left out (chase, discover, wise, orange, 하나: one; claro: see CARRIERS) or written with the word
 * that makes them a name ("chase bank", "エポスカード": a short katakana name does not run on into カード).
 */
export const ISSUERS: readonly string[] = [
  'chase bank', 'chase card', 'chase app', 'chase mobile', 'chase online', 'wells fargo', 'bank of america', 'citibank', 'citi', 'capital one', 'amex', 'american express',
  'hsbc', 'barclays', 'lloyds', 'natwest', 'santander', 'revolut', 'monzo', 'n26', 'chime', 'td bank', 'scotiabank', 'icbc', 'dbs',
  'bbva', 'banorte', 'banamex', 'citibanamex', 'bancolombia', 'davivienda', 'banco galicia', 'itau', 'nubank', 'banco de chile',
  'bancoestado', 'banco estado', 'bcp', 'interbank', 'caixabank', 'sabadell', 'bankinter', 'banco azteca', 'banco pichincha', 'brubank',
  'banesco',
  '工商银行', '工行', '建设银行', '建行', '农业银行', '农行', '中国银行', '招商银行', '招行', '交通银行', '交行', '邮储银行', '邮政储蓄',
  '浦发', '民生银行', '光大银行', '兴业银行', '平安银行', '中信银行', '广发银行', '华夏银行', '中国移动', '中国联通', '中国电信',
  '國泰世華', '國泰', '中國信託', '中信', '玉山', '台新', '富邦', '台灣銀行', '土地銀行', '合作金庫', '第一銀行', '華南銀行', '彰化銀行',
  '兆豐', '永豐', '星展', '渣打', '匯豐', '花旗', '中華郵政', ...TAIWAN_CARRIERS,
  '三井住友', '三菱ufj', 'みずほ', 'ゆうちょ', 'りそな', '住信sbi', 'ソニー銀行', 'イオン銀行', 'セブン銀行', '楽天銀行', '楽天カード',
  'イオンカード', 'エポスカード', 'セゾンカード', 'jcb', 'ビューカード', 'アメックス', 'ドコモ', 'ソフトバンク', '楽天モバイル', 'ワイモバイル',
  '국민은행', 'kb국민', '국민카드', '신한', '우리은행', '우리카드', '하나은행', '하나카드', '농협', '기업은행', 'ibk', '카카오뱅크', '카뱅', '케이뱅크', '케뱅',
  '토스뱅크', '삼성카드', '현대카드', '롯데카드', 'bc카드', '카카오', 'skt', 'sk텔레콤', 'kt', 'lg u', '엘지유플러스',
  // Southeast Asia's and India's banks and carriers ('axis', 'globe', 'smart' are everyday words: with their bank word or left out)
  'maybank', 'maybank2u', 'cimb', 'public bank', 'rhb', 'hong leong', 'ambank', 'bank islam', 'ocbc', 'uob', 'posb', 'bdo', 'bpi',
  'metrobank', 'unionbank', 'security bank', 'landbank', 'rcbc', 'pnb', 'chinabank', 'bca', 'bank mandiri', 'mandiri', 'bri', 'bni',
  'cimb niaga', 'jenius', 'kasikorn', 'kbank', 'krungthai', 'bangkok bank', 'vietcombank', 'techcombank', 'hdfc', 'icici', 'sbi',
  'state bank of india', 'axis bank', 'kotak', 'bank of baroda', 'canara bank', 'yes bank', 'idfc', 'indusind',
  // Latin America's banks and carriers
  'banco nacion', 'banco de la nacion', 'banco provincia', 'banco macro', 'brou', 'banco de bogota', 'banco de occidente', 'banco popular',
  'banco falabella', 'banco ripley', 'mibanco', 'inbursa', 'banregio', 'hey banco', 'banco del bienestar', 'bancoppel', 'banco guayaquil',
  'produbanco', 'banco de credito', 'banco de venezuela', 'banco mercantil', 'banco provincial', 'banco do brasil', 'bradesco',
  // …and more of them, with Spain's (session 30: "el límite de retiro en un cajero de Bancomer", "olvidé el NIP de mi tarjeta Banco Azteca")
  'bancomer', 'banbajio', 'afirme', 'multiva', 'banco compartamos', 'bci', 'banco bci', 'colpatria', 'av villas', 'banco caja social', 'bancamia',
  'banco agrario', 'banbif', 'caja arequipa', 'caja huancayo', 'banco frances', 'banco ciudad', 'supervielle', 'banco patagonia',
  'banco industrial', 'banrural', 'bac credomatic', 'credomatic', 'banco atlantida', 'ficohsa', 'banpro', 'lafise', 'banco agricola',
  'cuscatlan', 'banco de costa rica', 'banco nacional de costa rica', 'banreservas', 'bhd leon', 'banco general', 'banistmo',
  'banco del pacifico', 'banco bolivariano', 'banco bisa', 'bancaribe', 'banco continental', 'la caixa', 'bankia', 'ibercaja', 'unicaja',
  'kutxabank', 'abanca', 'openbank', 'cajamar', 'caja rural', 'evo banco', 'ing direct', 'banco sabadell', 'banco santander',
  // Banco Azteca and Nubank as their customers say them ("olvidé el NIP de mi tarjeta Azteca", "subirle el límite a mi tarjeta Nu"; session 32)
  'azteca', 'nu',
  // the mainland's city and rural banks, Taiwan's post office, farmers' and credit co-operatives, Hong Kong's banks and carriers
  '中国邮政', '邮储', '邮局', '农商银行', '农商行', '农村商业银行', '农村信用社', '农信社', '信用社', '北京银行', '上海银行', '江苏银行',
  '宁波银行', '南京银行', '杭州银行', '浙商银行', '渤海银行', '微众银行', '网商银行',
  '农会', '渔会', '信用合作社', '信合社', '联邦银行', '新光银行', '元大银行', '凯基银行', '上海商银', '王道银行', '将来银行', 'line bank',
  '乐天银行', '台湾之星', '亚太电信',
  '中银香港', '中银', '恒生', '东亚银行', '大新银行', 'hang seng', 'bochk', 'bank of east asia', 'za bank', 'mox bank', 'welab', 'csl', 'smartone', '数码通',
  // Japan's regional banks, net banks, credit unions and carriers (地方銀行 and 地銀 as visitors write them)
  '地方銀行', '地銀', '横浜銀行', '千葉銀行', '静岡銀行', '福岡銀行', '京都銀行', '北洋銀行', '常陽銀行', '群馬銀行', '足利銀行', '八十二銀行',
  '広島銀行', '伊予銀行', '西日本シティ銀行', '北海道銀行', '七十七銀行', '滋賀銀行', '南都銀行', '百五銀行', '十六銀行', '池田泉州銀行',
  '関西みらい銀行', 'きらぼし銀行', '東邦銀行', '山口銀行', '肥後銀行', '鹿児島銀行', '沖縄銀行', '琉球銀行', 'paypay銀行', 'auじぶん銀行',
  'じぶん銀行', '新生銀行', 'gmoあおぞらネット銀行', 'あおぞら銀行', '信用金庫', '信金', '信用組合', '労働金庫', 'ろうきん', 'jaバンク', '農協',
  'ahamo', 'povo', 'uqモバイル', 'ラインモ', 'linemo',
  // Korea's co-operatives, post office, regional and other banks, and carriers
  '새마을금고', '신협', '우체국', '수협', '산림조합', '부산은행', '대구은행', 'im뱅크', '경남은행', '광주은행', '전북은행', '제주은행',
  'sc제일은행', '제일은행', '씨티은행', '산업은행', '저축은행', 'lg유플러스', '유플러스',
  ...COMPANY_CARDS,
  ...CARRIERS,
];

/**
 * Which of a company's credentials, between its name and the credential ("t-mobile account pin", "中国移动的服务密码",
 * "ドコモのネットワーク暗証番号", "SKT 고객 비밀번호", "el NIP de mi cuenta de Telcel"; session 39): a carrier's or a bank's
 * own account, service, network or customer password, never the wallet's (its own words beside them keep it the wallet's:
 * see issuersOwn in services.ts).
 */
export const ISSUER_CREDENTIAL_KINDS: readonly string[] = [
  'account', 'online', 'customer', 'service', 'network', 'web', 'voicemail',
  '服务', '客服', '网络', '网上', '网站', '宽带',
  'ネットワーク', 'ウェブ', 'お客様', 'サービス',
  '고객', '서비스', '인터넷', '홈페이지', '웹',
  'cuenta', 'servicio', 'linea', 'portal',
];

/** What an issuer names between itself and what it keeps: its bank, card or app ("建行信用卡密码", "みずほ銀行のアプリ"). */
export const ISSUER_PRODUCTS: readonly string[] = [
  'bank', 'card', 'credit card', 'debit card', 'app', 'online banking', 'mobile banking', 'banking app',
  '银行', '卡', '信用卡', '银行卡', '储蓄卡', '借记卡', '金融卡', 'app', '手机银行', '网银', '网上银行',
  // its accounts, its online banking and its key for it ("玉山銀行的網路銀行帳號被鎖住了", "建设银行的U盾密码忘了"; session 38)
  '账户', '帐户', '账号', '帐号', '网路银行', '网络银行', 'u盾', '口座', '계좌', '인터넷뱅킹', '인터넷 뱅킹',
  '銀行', 'カード', 'クレジットカード', 'キャッシュカード', 'デビットカード', 'アプリ', 'ネットバンキング',
  '은행', '카드', '신용카드', '체크카드', '앱', '어플', '뱅킹',
  'banco', 'tarjeta', 'tarjeta de credito', 'tarjeta de debito', 'app', 'aplicacion', 'banca movil', 'banca en linea',
];

/** A company's customer service: another's when its name is next to it ("怎么联系微信客服", "카카오 고객센터", "spotify support"). */
export const SUPPORT_WORDS: readonly string[] = [
  'customer service', 'customer support', 'support', 'support team', 'customer care', 'helpline', 'hotline', 'help line', 'call center',
  'call centre', 'contact center',
  '客服', '客服电话', '客户服务', '客服中心', '服务热线', '人工客服',
  'カスタマーセンター', 'カスタマーサービス', 'カスタマーサポート', 'サポートセンター', 'お客様センター', 'コールセンター', '問い合わせ窓口',
  '고객센터', '고객 센터', '콜센터', '상담센터', '고객상담',
  'atencion al cliente', 'servicio al cliente', 'soporte', 'linea de atencion', 'centro de atencion',
];

/**
 * An issuer's own statement, beside its name: the bank's to send or fetch ("el estado de cuenta de BBVA no me llegó",
 * "cómo descargo mi estado de cuenta de Banorte en PDF"; session 31), where the wallet's transaction-history entry shares every
 * word but the name; the wallet's own ("el estado de cuenta de mi billetera") is read by OWN in services.ts. A bank's
 * passbook and its entries are the bank's alone ("ゆうちょ銀行の通帳記入ってどこでできますか"; session 33): the wallet keeps none.
 */
export const ISSUER_STATEMENTS: readonly string[] = [
  'estado de cuenta', 'estados de cuenta', 'extracto', 'extractos', 'extracto bancario', 'resumen de cuenta', 'resumen de la tarjeta', 'resumen de tarjeta',
  '通帳', '通帳記入', '記帳',
];

/** An issuer's own limit: its credit line ("삼성카드 한도", "JCBカードの利用限度額", "how do i raise my amex credit limit"). */
export const ISSUER_LIMITS: readonly string[] = [
  'credit limit', 'limit', 'limits', 'credit line', '额度', '信用额度', '限额', '限度額', '利用限度額', '利用枠', '한도', '이용한도', '이용 한도',
  '사용한도', '사용 한도', 'limite', 'limite de credito', 'cupo', 'limite de transferencia', 'limite de transferencias',
];

/**
 * An issuer's account and its transfers, between its name and its limit: the bank's own transfer limit ("카카오뱅크 이체 한도
 * 어떻게 올려요", "우리은행 계좌 송금 한도", "工商银行转账限额", "みずほ銀行の振込限度額", "bank of america wire transfer limit"; session 30), not
 * the wallet's, though a transfer word is one of FUNDING_WORDS.
 */
export const ISSUER_TRANSFERS: readonly string[] = [
  '이체', '계좌이체', '계좌 이체', '송금', '계좌 송금', '转账', '汇款', '振込', '振り込み', '送金', 'transfer', 'wire transfer', 'wire',
];

/**
 * An issuer's own charges and card services, beside its name: its fees, reissuing or replacing its card and a card lost ("みずほの
 * キャッシュカード再発行の手数料", "우리은행 체크카드 재발급 수수료", "cuánto cuesta reponer la tarjeta de débito en CaixaBank",
 * "hsbc's replacement card fee"). A fees or bind-bank-card question but for the name; with the wallet's side named
 * (FUNDING_WORDS: "招商银行卡充值有手续费吗") the wallet's.
 */
export const ISSUER_CHARGES: readonly string[] = [
  'fee', 'fees', 'replace', 'replacement', 'reissue',
  '手续费', '补办', '补发', '补卡', '换发', '挂失', '遗失补发', '遗失补办',
  '手数料', '再発行', '再发行',
  '수수료', '재발급', '재발행',
  'comision', 'comisiones', 'reponer', 'reposicion', 'reemplazar', 'reemplazo',
  // Its card lost, beside its name: the issuer stops it ("ゆうちょ銀行のキャッシュカードを無くしました", "국민카드 분실했어요")
  '無くし', 'なくし', '失くし', '紛失', '落とし', '丢失', '분실', '잃어버',
  // or frozen ("congelar la tarjeta de débito de BBVA", "bloquear mi tarjeta de Santander")
  'congelar', 'congelo', 'bloquear', 'bloqueo', 'perdi', 'freeze', 'lost',
  // its card or account frozen or locked by it, which it lifts ("农业银行卡被冻结了", "玉山銀行的帳號被鎖住了", "三井住友の口座が凍結された",
  // "국민은행 계좌가 정지됐어요"; session 38): the wallet's freeze-account entry shares the words but for the name
  '冻结', '被冻结', '被锁', '锁住', '被锁住', '停用', '被停用', '凍結', 'が凍結', 'ロック', 'がロック', '정지', '동결', '잠겼',
  '丢了', '弄丢',
  // its account or card closed, beside its name ("楽天銀行の口座を解約したい", "국민은행 계좌 해지하려면"): the issuer closes it
  '解約', '해지',
  // stolen, or activated ("cómo reporto como robada mi tarjeta de Santander", "activar mi tarjeta de BBVA"; session 30)
  'robada', 'robaron', 'robo', 'stolen',
  // its card used by a thief, beside its name: the issuer blocks it and disputes the charge ("中國信託信用卡被盜刷 要打哪支電話")
  '盗刷', '被盗刷',
  'activar', 'activacion', 'activate', 'activation',
];

/**
 * An issuer's card charging, between its name and the fee ("does my citi card charge a foreign transaction fee", "¿BBVA cobra
 * comisión por…?"; session 47): up to two words of the fee's kind between the verb and the fee.
 */
export const ISSUER_CHARGING: readonly string[] = ['charge', 'charges', 'charged', 'charging', 'cobra', 'cobran', 'cobro'];

/**
 * The wallet's side of a bank or card: linking it, topping up from it, withdrawing or sending to it, or paying with it
 * in the wallet ("工商银行卡绑不上", "残高を三菱UFJ銀行の口座に出金したい", "puedo recargar saldo desde mi cuenta de
 * Bancolombia"): a question with one is the wallet's, whatever issuer it names.
 */
export const FUNDING_WORDS: readonly string[] = [
  'link', 'linked', 'linking', 'bind', 'add', 'added', 'top up', 'topup', 'topped up', 'withdraw', 'withdrawal', 'transfer', 'send', 'sent',
  'recharge', 'load', 'cash out', 'declined',
  '绑', '充值', '储值', '加值', '提现', '提领', '转账', '转入', '转到', '付款', '支付', '扣',
  'チャージ', '出金', '入金', '登録', '送金', '振込', '連携', '支払',
  '충전', '출금', '등록', '송금', '이체', '결제',
  'vincular', 'vinculo', 'agregar', 'anadir', 'recargar', 'recarga', 'retirar', 'retiro', 'transferir', 'transferencia', 'enviar', 'cargar',
  'pagar', 'pago', 'cobro',
  // …or taking it off the wallet ("国民カード解約したからアプリから外したい", "국민카드 해지해서 앱에서 빼고 싶어요")
  'アプリから外', 'アプリから削除', 'ウォレットから外', 'ウォレットから削除', '登録を外', '登録を削除', '登録を解除',
  '앱에서 빼', '앱에서 삭제', '지갑에서 빼', '지갑에서 삭제', '등록 해제', '연결 해제',
];
