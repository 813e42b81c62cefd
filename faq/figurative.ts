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
