/**
 * A Spanish word as it sounds, for reading a word spelt by ear ("targeta de devito", "aplicasion", "kiero", "yamar",
 * "istorial") as the word the alternates spell. Latin American Spanish (seseo) says alike: b and v; c before e/i, s and
 * z; c before a/o/u, k, and qu before e/i; g before e/i and j; ll and y; n and m before b/p; h is silent; a doubled
 * letter is read as one ("reembolso", "rembolso"; rr and r too, which by-ear spellers mix: "serar"). The key is lenient
 * where by-ear spellers are: gu before e/i is read as g, and then as j, so "seguir", "segir" and "sejir" share a key
 * (a speller who hears the hard g drops the silent u). Input: a normalised word (lower case, accents and ñ's tilde
 * dropped).
 */
const RULES: readonly [RegExp, string][] = [
  [/ch/g, '\u0000'], // ch is its own sound: kept apart from c and from h before h is dropped
  [/qu(?=[ei])/g, 'k'],
  [/gu(?=[ei])/g, 'g'],
  [/g(?=[ei])/g, 'j'],
  [/c(?=[ei])/g, 's'],
  [/[cq]/g, 'k'],
  [/z/g, 's'],
  [/v/g, 'b'],
  [/ll/g, 'y'],
  [/h/g, ''],
  [/m(?=[bp])/g, 'n'],
  [/(.)\1+/g, '$1'],
];

export function spanishSoundKey(word: string): string {
  let key = word;
  for (const [pattern, sound] of RULES) key = key.replace(pattern, sound);
  return key;
}
