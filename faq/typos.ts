/**
 * Typing slips in English and Spanish read as the word the alternates spell: a letter left out before its last ("pasword",
 * "paymnt", "transfered", "changin") or two neighbours swapped ("chnage", "nmuber"). Only a word no document has (no alternate, no
 * off-topic example) is read again, and only as the one word of the alternates it is a slip of: a real word one letter
 * from a pack word ("lake" and "make", "tren" and "tres", "correos" and "correo", "perdido" and "pedido") is a
 * substitution or an extra letter, which are never read as slips, and a slip of two words ("fom": form, from) stays as
 * typed. Without a dictionary of the language, these two slips are the ones that rarely make another real word.
 *
 * Spanish spelt by ear ("targeta", "devito", "aplicasion", "kiero") is a substitution too, but one of letters that sound
 * alike (see spanish-sound.ts): a Spanish word no document has, of at least MIN_SOUND letters, is read as the one word of
 * the Spanish alternates that sounds the same. A real word that sounds like a pack word ("caza" and "casa") is read as it
 * only when the documents do not have it; where two pack words sound alike, neither is read.
 */
import { spanishSoundKey } from './spanish-sound.ts';

/** Languages written in Latin letters with spaces, whose alternates' words the slips are read against. */
const LATIN_LOCALES = new Set(['en', 'es']);
/** The fewest letters of a word read as a slip (a short word is one letter from too many). */
const MIN_SLIP = 5;
const LETTERS = /^[a-z]+$/;
/** The fewest letters of a word read by its sound (shorter ones, "ke", "ay", "ise", are mostly words of no matter). */
const MIN_SOUND = 4;

/** A slip's spelling → the word it is a slip of, or null when it is a slip of more than one. */
type Slips = Map<string, string | null>;

function addSlip(slips: Slips, slip: string, word: string): void {
  const known = slips.get(slip);
  slips.set(slip, known === undefined || known === word ? word : null);
}

/** Each word's spellings with one letter left out or two neighbours swapped. */
function slipsOf(words: ReadonlySet<string>): Slips {
  const slips: Slips = new Map();
  for (const word of words) {
    if (!LETTERS.test(word)) continue;
    // Not its last letter: a word with its ending cut is another form of it, often a real word (digit, super: supera).
    if (word.length > MIN_SLIP) for (let i = 0; i + 1 < word.length; i++) addSlip(slips, word.slice(0, i) + word.slice(i + 1), word);
    if (word.length < MIN_SLIP) continue;
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] !== word[i + 1]) addSlip(slips, word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), word);
    }
  }
  return slips;
}

/**
 * Each Spanish alternates' word's sound → the word, or null when another word of the documents (of any language, or
 * an off-topic example's) sounds the same: "casa" is not read as a pack's "caza" when an example has "casa".
 */
function soundsOf(words: ReadonlySet<string>, seen: ReadonlySet<string>): Slips {
  const sounds: Slips = new Map();
  for (const word of words) if (LETTERS.test(word) && word.length >= MIN_SOUND) addSlip(sounds, spanishSoundKey(word), word);
  for (const word of seen) {
    if (words.has(word) || !LETTERS.test(word)) continue;
    const key = spanishSoundKey(word);
    if (sounds.has(key)) sounds.set(key, null);
  }
  return sounds;
}

export interface TypoReader {
  /**
   * Normalised text with each slip of a word of the locale's alternates spelt as that word; `keptOf`: the words read as
   * typed (those of the text's politeness and asides, see wordsOfFillers), asked for only once a slip is found.
   */
  read(normalized: string, locale: string | null, keptOf?: () => ReadonlySet<string>): string;
}

/**
 * `known`: each Latin locale's words of the entries' alternates (normalised); `seen`: every word of every document
 * (alternates and off-topic examples), which is never read as a slip.
 */
export function createTypoReader(known: ReadonlyMap<string, ReadonlySet<string>>, seen: ReadonlySet<string>): TypoReader {
  const slips = new Map([...known].filter(([locale]) => LATIN_LOCALES.has(locale)).map(([locale, words]) => [locale, slipsOf(words)]));
  const sounds = soundsOf(known.get('es') ?? new Set(), seen);
  return {
    read(normalized, locale, keptOf) {
      const ofLocale = locale === null ? undefined : slips.get(locale);
      if (!ofLocale) return normalized;
      let changed = false;
      let kept: ReadonlySet<string> | undefined;
      const words = normalized.split(' ').map((word) => {
        if (word.length < MIN_SOUND || seen.has(word) || !LETTERS.test(word)) return word;
        const slip = word.length >= MIN_SLIP ? ofLocale.get(word) : undefined;
        const meant = slip !== undefined ? slip : locale === 'es' ? sounds.get(spanishSoundKey(word)) : undefined;
        if (!meant) return word;
        kept ??= keptOf?.() ?? new Set();
        if (kept.has(word)) return word;
        changed = true;
        return meant;
      });
      return changed ? words.join(' ') : normalized;
    },
  };
}
