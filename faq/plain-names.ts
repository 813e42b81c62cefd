/**
 * The features told by what a customer sees rather than by their names (issue #18, session 44): an older customer
 * who does not know "payment PIN" or "balance" says "the six numbers I press before paying" or "the money in the
 * phone". Each group folds those words onto the name the pack's alternates use; faq/synonyms.ts spreads them into
 * its locale's groups.
 */
type Groups = readonly (readonly string[])[];

const withDets = (dets: readonly string[], nouns: readonly string[]) => dets.flatMap((det) => nouns.map((noun) => `${det} ${noun}`));

const EN_PHONE = withDets(['the', 'my'], ['phone', 'mobile', 'cellphone', 'cell phone']);

export const PLAIN_NAMES: Readonly<Record<'zh' | 'en' | 'ja' | 'ko' | 'es', Groups>> = {
  zh: [
    // The payment password as its length: 付钱前要按的那六个数字 (not 六位数字: 6位数字验证码 is a code).
    ['支付密码', '六个数字', '6个数字', '六个数', '6个数'],
    // The wallet as where the money sits: 手机里的钱.
    // The wallet app in the phone (手机里的钱包) stays as it is: listed whole, it is the longer match.
    ['手机里的钱包', '手机里的钱包', '手机里面的钱包', '手机上的钱包'],
    ['钱包里的钱', '手机里的钱', '手机里面的钱', '手机上的钱', '手机里头的钱'],
    ['充进钱包', '放到手机里', '放进手机里', '放到手机上', '存到手机里', '存进手机里', '放进手机', '放到手机'],
  ],
  en: [
    // Numbers, not digits: "the 6 digit code" is a code sent by text.
    ['payment pin', 'six numbers', '6 numbers', 'six little numbers'],
    ...['in', 'inside', 'on', 'from', 'out of', 'off'].map((prep) => [`money ${prep} the wallet`, ...EN_PHONE.map((phone) => `money ${prep} ${phone}`)]),
  ],
  ja: [
    ['支払いパスワード', '6桁の数字', '六桁の数字', '6ケタの数字', '6つの数字', '六つの数字', '6個の数字'],
    ['残高', 'スマホの中のお金', 'スマホに入っているお金', 'スマホに入ってるお金', 'スマホの中に入っているお金', '携帯の中のお金', '携帯に入っているお金'],
  ],
  ko: [
    // Onto 비밀번호 (돈 낼 때 says which): a head of two words would be matched in the text too (Korean lists its head) and
    // take 비밀번호 알려 from safe-to-share's group; 6자리 숫자 is a code's length.
    ['비밀번호', '숫자 여섯 개', '숫자 6개', '숫자 여섯개'],
    ['잔액', '폰 속 돈', '폰 안에 돈', '폰 안에 있는 돈', '폰에 있는 돈', '폰 속에 있는 돈', '핸드폰 속 돈', '핸드폰에 있는 돈', '휴대폰에 있는 돈'],
  ],
  es: [
    // Numbers, not digits: "el codigo de 6 digitos" is a code sent by text.
    ['pin de pago', 'seis numeros', '6 numeros', 'seis numeritos'],
    ['saldo', ...['plata', 'dinero'].flatMap((money) => ['del telefono', 'del celular', 'del cel', 'en el telefono', 'en el celular', 'que tengo en el celular', 'que tengo en el telefono'].map((where) => `${money} ${where}`))],
  ],
};
