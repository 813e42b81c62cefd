import { foldTraditional } from './t2s.ts';

/** Latin combining accents only: Japanese (voiced marks) and Hangul recompose under NFC. */
const LATIN_ACCENTS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’`´]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Text as the matcher sees it: NFKC (full/half width, compatibility forms), lower case, Latin
 * accents dropped ("contraseña" = "contrasena"), Traditional folded to Simplified, apostrophes
 * removed ("don't" = "dont"), every other non-letter/digit a single space.
 */
export function normalizeText(text: string): string {
  let normalized = recent.get(text);
  if (normalized === undefined) {
    if (recent.size >= RECENT_TEXTS) recent.clear();
    recent.set(text, (normalized = normalize(text)));
  }
  return normalized;
}

function normalize(text: string): string {
  // ASCII is its own NFKC, NFD and NFC, has no accents and no Traditional characters: only the case to fold.
  const folded = NON_ASCII.test(text)
    ? foldTraditional(text.normalize('NFKC').toLowerCase().normalize('NFD').replace(LATIN_ACCENTS, '').normalize('NFC'))
    : text.toLowerCase();
  return folded.replace(APOSTROPHES, '').replace(NOT_WORD, ' ').trim();
}

/**
 * Texts normalised lately, and how many are kept (emptied when full: visitors' text is unbounded). A long message's
 * sentences and clauses are normalised two or three times each: looking for a request for a person, matched alone,
 * and as one of two questions.
 */
const RECENT_TEXTS = 1024;
const recent = new Map<string, string>();
