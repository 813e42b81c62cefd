import { detectLanguage } from '../../faq/index.ts';

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
  let count = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike && ++count === 2) return guess.locale;
  return null;
}
