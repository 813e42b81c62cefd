import { detectLanguage } from '../../faq/index.ts';
import { UI_LANGUAGES } from '../../faq/smalltalk.ts';
import { matchLocale } from '../../protocol/locale.ts';
import type { Conversation } from '../storage/types.ts';

const words = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * The language a visitor's message shows they write in, or null when it shows none. The rule: the FAQ's language
 * detection is confident ("ok", "hello", a product name are no evidence: English only by default); the guess is of one
 * language (not Chinese that is the same in both scripts, not Han text Japanese writes as well, not pinyin); and the
 * message has two words or more (a lone "please", "谢谢" or "👍" changes nothing). The conversation takes the language of
 * the latest message that shows one: a visitor who switches is followed.
 */
export function writtenLanguage(text: string): string | null {
  const guess = detectLanguage(text);
  if (!guess.confident || guess.locale === null || guess.eitherScript || guess.japaneseToo || guess.chineseToo) return null;
  return twoWordsOrMore(text) ? guess.locale : null;
}

/**
 * Chinese that both scripts write alike ("我要退款", "怎样退款"): it shows the visitor writes Chinese, not which script.
 * The detection's guess (Simplified unless Taiwan's words say otherwise), or null when the text is not such Chinese
 * (pinyin, Han text Japanese writes as well unless it says 我, 你, 吗…, one word). Taken only where no Chinese is known yet (see conversations.ts):
 * an English widget's visitor who writes it is answered in Chinese by the bot and the widget; a zh-TW widget stays zh-TW.
 */
export function chineseEitherScript(text: string): string | null {
  const guess = detectLanguage(text);
  if (!guess.confident || guess.locale === null || !guess.eitherScript || guess.chineseToo || !HAN.test(text)) return null;
  if (guess.japaneseToo && !CHINESE_ONLY.test(text)) return null;
  return twoWordsOrMore(text) ? guess.locale : null;
}

const HAN = /\p{Script=Han}/u;
/** Words Chinese writes and Japanese without kana does not: I, you, the question particles, "how", "what". */
const CHINESE_ONLY = /[我你您吗呢吧怎什]/u;

function twoWordsOrMore(text: string): boolean {
  let count = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike && ++count === 2) return true;
  return false;
}

/**
 * The UI language (of the 12 the widget ships; Portuguese, detected as "pt", takes pt-BR's) for a written language,
 * or null: a language the widget does not speak changes neither the widget nor the bot.
 */
export const spokenLanguageFor = (written: string): string | null => matchLocale(written, UI_LANGUAGES);

/**
 * The language the bot's and the system's own lines to the visitor take when the message they answer shows none, or
 * when they answer no message (a person asked for with the widget's button, the idle close, leaving the queue, the
 * e-mails), and the widget's own words with them: the visitor's choice (the widget's "switch back", a host's
 * setLocale), else the last language they wrote in that the widget speaks, else the widget's (stored as the
 * conversation's botLocale, see spoken-language.ts). A message that shows its own language is answered in it: this is
 * the FAQ engine's `uiLocale`, the language it falls back on. One rule, so that neither the bot nor the widget says two
 * things at once (an English answer, then "现在没有客服人员在线" to the same visitor on a zh-CN widget).
 */
export function botLanguage(conversation: Pick<Conversation, 'locale' | 'botLocale'>): string {
  return conversation.botLocale ?? conversation.locale;
}
