/**
 * Chit-chat that borrows a wallet entry's words for a heart, or says a thing is love ("the password to my heart is love",
 * "我的心被冻结了，讲个笑话", "私の心のセキュリティは鉄壁", "내 비밀번호는 사랑이야"), or asks for a joke: no entry answers it,
 * unless the wallet, its app, money, a payment, a transfer or a scam is named too (see WALLET_OR_MONEY_WORDS and
 * WALLET_SIDE_WORDS in other-things.ts; "my heart sank when the payment failed"). Written for the project, never copied
 * from an evaluation set. See speaksFiguratively in services.ts.
 */
export const FIGURATIVE_OWNERS: readonly string[] = [
  // a heart (not a life: "我人生中第一次被骗" is a scam report), or love as what a thing is ("my password is love")
  'my heart', 'your heart', 'to my heart', 'love of my life', 'is love', 'es el amor', 'es amor',
  '我的心', '我的爱', '爱情的', '心灵的', '是爱',
  '私の心', '僕の心', '俺の心', '恋の', '愛の', 'は愛',
  '내 마음', '마음의', '사랑이야', '사랑이에요',
  'mi corazon', 'mi alma',
];
export const JOKE_REQUESTS: readonly string[] = [
  'tell me a joke', 'say something funny', 'make me laugh', '讲个笑话', '说个笑话', '讲个段子', '冗谈', '冗談', '面白いこと', '笑わせて',
  '웃긴 얘기', '웃긴 이야기', '농담 해', '농담해', 'cuentame un chiste', 'dime un chiste', 'algo gracioso', 'hazme reir',
];
/**
 * Talk about money at large (session 47): a saying about it ("money can't buy happiness", "錢不是萬能的", "お金がすべてじゃない",
 * "돈이 전부는 아니야", "el dinero no da la felicidad") or how a way to pay came to be ("who invented the credit card", "纸币的起源",
 * "QRコードの発明", "신용카드의 유래", "quién inventó el cheque"). No entry answers it, unless the wallet's side is named too (see
 * WALLET_SIDE_WORDS in other-things.ts); not a history of payments ("history of my payments" is the wallet's).
 */
export const MONEY_TALK: readonly string[] = [
  'money cant buy', 'money doesnt grow on trees', 'money isnt everything', 'money is not everything', 'money talks', 'time is money',
  'who invented', 'was invented', 'were invented', 'first invented', 'the inventor of', 'when did people start', 'how did people pay before',
  '钱不是万能', '钱不是万能的', '金钱不是万能', '钱是万能的', '有钱能使鬼推磨', '钱难赚', '钱难挣', '金钱买不到', '时间就是金钱',
  '谁发明的', '是谁发明', '发明的', '的起源', '的由来', '什么时候发明',
  'お金がすべて', 'お金が全て', 'お金じゃない', 'お金で買えない', 'お金では買えない', '時は金なり', '誰が発明', '発明した', '発明された', 'の起源', 'の由来', 'の発祥',
  '돈이 전부', '돈으로 살 수 없', '돈으로 못 사', '시간은 금', '누가 발명', '발명했', '발명한', '발명됐', '의 유래', '의 기원',
  'el dinero no da la felicidad', 'el dinero no lo es todo', 'el dinero no compra', 'el tiempo es oro', 'quien invento', 'se invento', 'el origen de',
];
