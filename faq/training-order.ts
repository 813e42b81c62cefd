/**
 * The order in which the classifier sees its examples, keyed by example, not by position: each epoch sorts them by a
 * hash of (the example's key, the seed, the epoch). A document added to or removed from the pack slots in or drops out,
 * and every other example keeps its place relative to the rest, so a content change moves what it touches and not every
 * language's training (a shuffle of positions was a function of the seed and the number of documents: one alternate
 * more reshuffled all of them, ±1–2 questions a language on a fresh set).
 */

/** Murmur3's 32-bit finaliser: every input bit reaches every output bit. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** What an example is trained as: the same features may be an entry's document, its sparse copy or an off-topic one. */
export const EXAMPLE_KIND = Object.freeze({ document: 1, sparseCopy: 2, outOfScope: 3 });
type ExampleKind = (typeof EXAMPLE_KIND)[keyof typeof EXAMPLE_KIND];

/** A 32-bit key of an example's features (in their order) and kind (FNV-1a over lengths and UTF-16 units). */
export function exampleKey(features: readonly string[], kind: ExampleKind): number {
  let h = Math.imul(0x811c9dc5 ^ kind, 0x01000193);
  for (const feature of features) {
    h = Math.imul(h ^ feature.length, 0x01000193);
    for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  }
  return fmix32(h);
}

/**
 * The keys made distinct: the n-th repeat of a key (the same text twice, or a Traditional and a Simplified alternate
 * that normalise alike) is keyed by its key and n, so repeats fall apart in the order instead of always side by side.
 */
export function distinctKeys(keys: readonly number[]): Uint32Array {
  const repeats = new Map<number, number>();
  return Uint32Array.from(keys, (key) => {
    const n = repeats.get(key) ?? 0;
    repeats.set(key, n + 1);
    return n === 0 ? key : fmix32(key ^ fmix32(n));
  });
}

/** The example indices in epoch `epoch`'s order (ties, which distinct keys make rare, by index). */
export function epochOrder(keys: Uint32Array, seed: number, epoch: number): Uint32Array {
  const salt = fmix32(fmix32(seed >>> 0) ^ Math.imul(epoch + 1, 0x9e3779b9));
  const rank = keys.map((key) => fmix32(key ^ salt));
  return Uint32Array.from(keys, (_, i) => i).sort((a, b) => rank[a]! - rank[b]! || a - b);
}
