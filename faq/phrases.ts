/**
 * Whether a text holds one of a list of phrases: the Latin ones as whole words (no Latin letter or digit touching either
 * end: "wifi密码" holds "wifi", "wifis" does not), the others anywhere. It answers what a regex alternation of them with
 * \p{Script} guards on each side answers (`(?<![\p{Script=Latin}\p{N}])(?:a|b)(?![\p{Script=Latin}\p{N}])|c|d`), in one
 * pass over the text: the phrases are indexed by their first UTF-16 unit, and the guards checked only where one starts.
 * The alternation tried its guards and phrases at every position: in a profile of 20,000 short questions (session 40)
 * the company's matters and the figurative words alone were 7 % of answer(), and services.ts tests 50 such lists.
 */

/** A Latin letter or a digit of any script, at lastIndex (sticky: nothing is searched for). */
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/uy;

/** Whether the code point that starts at `at` is a Latin letter or a digit (false at the text's end). */
function latinAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  LATIN_OR_DIGIT.lastIndex = at;
  return LATIN_OR_DIGIT.test(text);
}

/** Whether the code point that ends at `at` is a Latin letter or a digit (false at the text's start). */
function latinBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  return latinAt(text, insidePair(text, at - 1) ? at - 2 : at - 1);
}

/** Whether `at` falls between the two halves of a surrogate pair. */
function insidePair(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (unit < 0xdc00 || unit > 0xdfff || at === 0) return false;
  const before = text.charCodeAt(at - 1);
  return before >= 0xd800 && before <= 0xdbff;
}

/** A phrase and whether it must stand as a whole word. */
interface Phrase {
  text: string;
  whole: boolean;
}

export interface PhraseTest {
  test(text: string): boolean;
}

/**
 * The test of `whole` (Latin words, each whole) and `anywhere` (phrases that may touch anything). An empty phrase is the
 * empty branch an empty list made of the alternation: anywhere, it is found in every text; whole, at any position with
 * no Latin letter or digit on either side.
 */
export function phrases(whole: readonly string[], anywhere: readonly string[]): PhraseTest {
  if (anywhere.includes('')) return { test: () => true };
  const emptyWhole = whole.includes('');
  const byFirstUnit = new Map<number, Phrase[]>();
  const add = (text: string, isWhole: boolean) => {
    if (text === '') return;
    const unit = text.charCodeAt(0);
    (byFirstUnit.get(unit) ?? byFirstUnit.set(unit, []).get(unit)!).push({ text, whole: isWhole });
  };
  for (const text of whole) add(text, true);
  for (const text of anywhere) add(text, false);
  const standsAlone = (text: string, start: number, end: number) => !latinBefore(text, start) && !latinAt(text, end);
  return {
    test(text: string): boolean {
      for (let at = 0; at < text.length; at++) {
        // Inside a surrogate pair no phrase starts, and V8's guards see no letter on either side.
        if (insidePair(text, at)) {
          if (emptyWhole) return true;
          continue;
        }
        if (emptyWhole && standsAlone(text, at, at)) return true;
        const candidates = byFirstUnit.get(text.charCodeAt(at));
        if (candidates === undefined) continue;
        for (const phrase of candidates) {
          if (!text.startsWith(phrase.text, at)) continue;
          if (!phrase.whole || standsAlone(text, at, at + phrase.text.length)) return true;
        }
      }
      return emptyWhole && standsAlone(text, text.length, text.length);
    },
  };
}
