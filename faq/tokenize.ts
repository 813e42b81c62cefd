/**
 * Script-aware features of normalised text (see normalize.ts). Every feature carries a one-letter
 * namespace so that features of different kinds never collide:
 *   w:  a word (Latin, Cyrillic, Hangul, digits, other spaced scripts)
 *   b:  two adjacent words
 *   g:  a 3–5-character n-gram inside a word, with "<" ">" marking the word's edges
 *   c:  a Han/kana character or pair of adjacent characters (CJK has no spaces to split on); also the syllables
 *       and syllable pairs of a Hangul word, so that a stem is shared whatever particle or ending follows it
 *       (결제가 / 결제를 / 결제했는데 all hold "c:결제")
 *   y:  a concept of concepts.ts, or a pair of them, read from the marked words withConcepts() appends
 * A "c:" feature is of one of three kinds, weighed apart (see DEFAULT_SCORER_OPTIONS): 'h' when it is Hangul (the
 * syllables carry a Korean question's meaning, its words with their endings rarely recur), 'k' when it is kana only
 * (mostly endings and particles: ます, した, ので), 'c' otherwise (Han, or Han with kana: 送金, 忘れ).
 */

export type FeatureKind = 'w' | 'b' | 'g' | 'c' | 'h' | 'k' | 'y';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]/u;
/** Splits a spaced word into CJK and non-CJK runs ("app里" → "app", "里"). */
const RUNS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005]+/gu;

const MIN_GRAM = 3;
const MAX_GRAM = 5;

/** UTF-16 surrogates: a word with none can be cut by code unit (the usual case, and far cheaper). */
const SURROGATE = /[\uD800-\uDFFF]/;

function pushCharGrams(word: string, out: string[]): void {
  const padded = `<${word}>`;
  if (!SURROGATE.test(padded)) {
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
      for (let i = 0; i + n <= padded.length; i++) out.push('g:' + padded.slice(i, i + n));
    }
    return;
  }
  const chars = Array.from(padded);
  for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= chars.length; i++) out.push('g:' + chars.slice(i, i + n).join(''));
  }
}

/** A word's own features: the word itself ("w:") and its character n-grams ("g:"). */
export interface WordFeatures {
  word: string;
  grams: readonly string[];
}

const HANGUL = /\p{Script=Hangul}/u;

export function wordFeatures(word: string): WordFeatures {
  const grams: string[] = [];
  pushCharGrams(word, grams);
  if (HANGUL.test(word)) pushCjkFeatures(word, grams);
  return { word: 'w:' + word, grams };
}

export const wordPair = (previous: string, word: string): string => 'b:' + previous + ' ' + word;

/** The features of a run of Han/kana characters. */
export function pushCjkFeatures(run: string, out: string[]): void {
  const chars = Array.from(run);
  for (let i = 0; i < chars.length; i++) {
    out.push('c:' + chars[i]!);
    if (i + 1 < chars.length) out.push('c:' + chars[i]! + chars[i + 1]!);
  }
}

/** Marks a concept appended to the text (see concepts.ts): normalizeText leaves no such character. */
export const CONCEPT_MARK = '#';

/**
 * The pieces of normalised text, in order: words (with the word before, when adjacent), CJK runs, and the concepts
 * marked at its end (which are no words: a visitor without `concept` does not see them).
 */
export interface TokenVisitor {
  word(word: string, previous: string | null): void;
  cjk(run: string): void;
  concept?(name: string): void;
}

/**
 * A number is no word: an amount, a menu choice or a date names no entry, so it is neither a feature nor a word the
 * pack knows or lacks (alternates hold "send 100 dollars" and "1日の上限": "zqxv plorf wibbly 1" was transfer-limits).
 */
const NUMBER = /^\p{N}+$/u;

/** A piece of text as walkTokens visits it: a word (with the word before it, or null), a CJK run, or a concept. */
const WORD = 0;
const RUN = 1;
const CONCEPT = 2;

interface Pieces {
  text: string;
  kinds: number[];
  pieces: string[];
  previous: (string | null)[];
}

/**
 * The pieces of the text walked last: a question is walked four times in a row (its feature ids, its unknown words,
 * its characters read in words, its coverage), and splitting it is most of a walk.
 */
let walked: Pieces = { text: '', kinds: [], pieces: [], previous: [] };

function split(normalized: string): Pieces {
  const { kinds, pieces, previous }: Pieces = (walked = { text: normalized, kinds: [], pieces: [], previous: [] });
  const add = (kind: number, piece: string, before: string | null) => {
    kinds.push(kind);
    pieces.push(piece);
    previous.push(before);
  };
  let previousWord: string | null = null;
  for (const spaced of normalized.split(' ')) {
    if (spaced[0] === CONCEPT_MARK) {
      add(CONCEPT, spaced.slice(1), null);
      previousWord = null;
      continue;
    }
    // A word without Han or kana is one run (the usual case: no array of runs to make).
    for (const run of CJK.test(spaced) ? (spaced.match(RUNS) ?? []) : spaced === '' ? [] : [spaced]) {
      if (CJK.test(run)) {
        add(RUN, run, null);
        previousWord = null;
        continue;
      }
      if (NUMBER.test(run)) {
        previousWord = null;
        continue;
      }
      add(WORD, run, previousWord);
      previousWord = run;
    }
  }
  return walked;
}

export function walkTokens(normalized: string, visit: TokenVisitor): void {
  const { kinds, pieces, previous } = normalized === walked.text ? walked : split(normalized);
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] === WORD) visit.word(pieces[i]!, previous[i]!);
    else if (kinds[i] === RUN) visit.cjk(pieces[i]!);
    else visit.concept?.(pieces[i]!);
  }
}

/**
 * Features of text already passed through normalizeText (and synonym folding). `featuresOfWord` may be a memo of
 * wordFeatures (a build tokenizes thousands of documents with the same words).
 */
export function tokenize(normalized: string, featuresOfWord: (word: string) => WordFeatures = wordFeatures): string[] {
  const out: string[] = [];
  walkTokens(normalized, {
    word(word, previous) {
      // Word, pair, then n-grams: the order gives vocabulary ids, so it is part of the trained model.
      const own = featuresOfWord(word);
      out.push(own.word);
      if (previous !== null) out.push(wordPair(previous, word));
      for (const gram of own.grams) out.push(gram);
    },
    cjk: (run) => pushCjkFeatures(run, out),
    concept: (name) => out.push('y:' + name),
  });
  return out;
}

/** How many pieces an engine remembers the units of (visitors' text is unbounded: emptied when full). */
const REMEMBERED_PIECES = 4096;

/** `units` of a piece (see walkPieces), remembered by piece: a word and a Han/kana run are never the same text. */
export function remembered<T>(units: (piece: string, run: boolean) => T): (piece: string, run: boolean) => T {
  const seen = new Map<string, T>();
  return (piece, run) => {
    let known = seen.get(piece);
    if (known === undefined) {
      if (seen.size >= REMEMBERED_PIECES) seen.clear();
      seen.set(piece, (known = units(piece, run)));
    }
    return known;
  };
}

/**
 * The pieces of normalised text walkTokens visits that the functions below read: each word and each Han/kana run
 * (`run`), not the concepts. Their units depend on the piece alone, so an engine may remember them by piece (a long
 * message's pieces come back in its sentences).
 */
export function walkPieces(normalized: string, visit: (piece: string, run: boolean) => void): void {
  const { kinds, pieces } = normalized === walked.text ? walked : split(normalized);
  for (let i = 0; i < kinds.length; i++) if (kinds[i] !== CONCEPT) visit(pieces[i]!, kinds[i] === RUN);
}

/**
 * The character features ("c:" + character) of a Han/kana run or a Hangul word (see walkPieces) that stand in a
 * character pair `isWord` accepts: read inside that word, not by themselves (余 and 额 in 余额; 额 by itself is 限额's,
 * 额度's).
 */
export function pieceCharactersInWords(piece: string, run: boolean, isWord: (pair: string) => boolean, visit: (feature: string) => void): void {
  if (!run && !HANGUL.test(piece)) return;
  const chars = Array.from(piece);
  for (let i = 0; i + 1 < chars.length; i++) {
    if (!isWord('c:' + chars[i]! + chars[i + 1]!)) continue;
    visit('c:' + chars[i]!);
    visit('c:' + chars[i + 1]!);
  }
}

/**
 * The units whose known share says how much of a question the pack understands, each with its weight: a word
 * weighs 1; a Han/kana run or a Hangul word of n characters weighs n, half by its characters and half by its
 * character pairs (pairs alone tell in-scope from off-topic Chinese best, but put Chinese on another scale than
 * words put English: an in-scope question's pairs are less often known than its words). Of one piece (see walkPieces).
 */
export function pieceCoverageUnits(piece: string, run: boolean, visit: (unit: string, weight: number) => void): void {
  if (!run && !HANGUL.test(piece)) return visit('w:' + piece, 1);
  const chars = Array.from(piece);
  const pairWeight = chars.length > 1 ? chars.length / 2 / (chars.length - 1) : 0;
  for (let i = 0; i < chars.length; i++) {
    visit('c:' + chars[i]!, chars.length > 1 ? 0.5 : 1);
    if (i + 1 < chars.length) visit('c:' + chars[i]! + chars[i + 1]!, pairWeight);
  }
}

/**
 * The feature of a word the pack's entries have never seen (see noveltyUnits): a question made of an in-scope template
 * and another domain's noun ("I forgot my netflix password", "golf tips") holds it, and so do the entries' alternates
 * with a word no other alternate has (a bank's or a shop's name) and the off-topic examples with a word no entry has.
 * No word normalises to it.
 */
export const UNKNOWN_WORD = 'w:\u0000';

/**
 * The units whose novelty makes a word unknown: a word; in Han/kana runs and Hangul words, each character (their pairs
 * are as often seams between words as words, and a Hangul word carries its ending). Of one piece (see walkPieces).
 */
export function pieceNoveltyUnits(piece: string, run: boolean, visit: (unit: string) => void): void {
  if (!run && !HANGUL.test(piece)) return visit('w:' + piece);
  for (const ch of piece) visit('c:' + ch);
}

/** pieceNoveltyUnits of every piece of the text. */
export function noveltyUnits(normalized: string, visit: (unit: string) => void): void {
  walkPieces(normalized, (piece, run) => pieceNoveltyUnits(piece, run, visit));
}

const HANGUL_FEATURE = /^c:\p{Script=Hangul}/u;
const KANA_FEATURE = /^c:[\p{Script=Hiragana}\p{Script=Katakana}\u30fc]+$/u;

/** A feature's namespace letter; for a "c:" feature, its script's kind ('h' Hangul, 'k' kana only, else 'c'). */
export function featureKind(feature: string): FeatureKind {
  if (feature[0] === 'c') {
    if (HANGUL_FEATURE.test(feature)) return 'h';
    if (KANA_FEATURE.test(feature)) return 'k';
  }
  return feature[0] as FeatureKind;
}
