import { patternSet } from './pattern-set.ts';
import { normalizeText } from './normalize.ts';

/**
 * Texts, calls or numbers blocked on one's own phone ("电信老是给我发诈骗短信怎么拉黑", "遠傳一直傳詐騙簡訊給我怎麼封鎖", "auから
 * 詐欺のSMSが来るのでブロックしたい", "스미싱 문자가 계속 와요 차단하려면", "t-mobile keeps sending me scam texts, how do i block
 * them", "me llegan sms de estafa, ¿cómo los bloqueo?"): the phone's or its carrier's setting, whatever the words share with
 * scam-report's scams and texts. Reporting a scam to the wallet stays its entry's. Written for the project from general
 * knowledge, never copied from an evaluation set. Each source is bounded, as normalizeText leaves the text: lower case, no
 * accents or marks, Traditional folded to Simplified.
 */
const BLOCKED_SENDER_SOURCES: readonly string[] = [
  // Chinese: texts, calls or numbers, then blocked (拉黑, 屏蔽, 封锁), or blocked, then them
  '(?:短信|简讯|讯息|电话|来电|号码)[^ ]{0,10}(?:拉黑|屏蔽|封锁)', '(?:拉黑|屏蔽|封锁)(?:这些|这个|那些|那个|所有的?)?(?:诈骗|骚扰|垃圾)?(?:短信|简讯|讯息|电话|来电|号码)',
  // Japanese: SMS, mail, calls or numbers blocked or refused
  '(?<![\\p{Script=Latin}])(?:sms|ショートメール|ショートメッセージ|メッセージ|メール|电话|着信|番号)[^ ]{0,12}(?:ブロック|着信拒否|受信拒否)',
  // Korean: texts, calls or numbers blocked (차단)
  '(?:문자|전화|번호|스미싱|스팸)[^?]{0,16}차단',
  // English: texts, calls or numbers blocked
  '(?<![\\p{L}])(?:texts?|sms|calls|messages|numbers?)(?![\\p{L}]).{0,40}?(?<![\\p{L}])block(?:ing)?(?: (?:them|it|those|these|that|this number))?(?![\\p{L}])',
  '(?<![\\p{L}])block(?:ing)? (?:(?:these|those|the|all|scam|spam|fraud|fake|unknown) ){0,2}(?:texts?|sms|calls|messages|numbers?)(?![\\p{L}])',
  // Spanish: SMS, messages, calls or numbers blocked (bloqueo, bloquear, los bloqueo)
  '(?<![\\p{L}])(?:sms|mensajes?|llamadas?|numeros?)(?![\\p{L}]).{0,40}?(?<![\\p{L}])(?:los |las |lo |la )?bloque(?:o|ar|arlos|arlas|arlo|arla|a|an)(?![\\p{L}])',
  '(?<![\\p{L}])bloque(?:o|ar|a|an) (?:(?:las|los|el|la|todas las|todos los|esas|esos|estas|estos) )?(?:llamadas|mensajes|sms|numeros|numero)(?![\\p{L}])',
];
const BLOCKED_SENDER = patternSet(BLOCKED_SENDER_SOURCES);
/**
 * The wallet itself, or someone posing as it ("a scam text pretending to be the wallet, should i block it?"): the
 * scam-report entry's. A scam's own words are not (see WALLET_NAMED_WORDS in ./other-things.ts): the texts blocked are scams.
 */
const WALLET_ITSELF_WORDS = [
  'wallet', 'app', 'your', 'you guys', 'pretending', 'posing', '钱包', '你们', '冒充', '自称', '假冒', 'ウォレット', 'アプリ', 'なりすまし', '御社',
  '지갑', '앱', '어플', '사칭', '그쪽', 'billetera', 'aplicacion', 'ustedes', 'haciendose pasar', 'se hacen pasar',
];
const WALLET_ITSELF = new RegExp(
  [...new Set(WALLET_ITSELF_WORDS.map(normalizeText))].map((w) => (/^[a-z ]+$/.test(w) ? `(?<![\\p{L}])${w}(?![\\p{L}])` : w)).join('|'),
  'u',
);

/** Whether normalised text asks how to block texts, calls or numbers on a phone (see BLOCKED_SENDER_SOURCES) with nothing of the wallet's named. */
export const asksToBlockSenders = (normalized: string): boolean => BLOCKED_SENDER.test(normalized) && !WALLET_ITSELF.test(normalized);
