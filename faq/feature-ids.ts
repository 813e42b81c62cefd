import { featureKind, pushCjkFeatures, remembered, walkTokens, wordFeatures, wordPair } from './tokenize.ts';

/**
 * The vocabulary ids of the features tokenize() finds in a question, without building most feature strings:
 * a word of the vocabulary (any word of the pack) maps straight to the ids of its own features (the word and
 * its character n-grams). The ids are those of looking up every feature of tokenize(text), as a multiset.
 */
export interface FeatureIds {
  /** The ids, in no particular order: a view of a buffer reused by the next call. */
  collect(normalized: string): Int32Array;
}

/** How many words the vocabulary lacks are remembered with their ids. */
const OTHER_WORDS = 4096;

export function createFeatureIds(vocab: ReadonlyMap<string, number>): FeatureIds {
  const known = (features: readonly string[]): Int32Array => {
    const ids: number[] = [];
    for (const f of features) {
      const id = vocab.get(f);
      if (id !== undefined) ids.push(id);
    }
    return Int32Array.from(ids);
  };
  const ownFeatures = (word: string): string[] => {
    const own = wordFeatures(word);
    return [own.word, ...own.grams];
  };
  // Built once: the engine is immutable, and the table is bounded by the vocabulary.
  const wordIds = new Map<string, Int32Array>();
  for (const feature of vocab.keys()) {
    if (featureKind(feature) === 'w') {
      const word = feature.slice(2);
      wordIds.set(word, known(ownFeatures(word)));
    }
  }

  // Words the vocabulary lacks ("ultimamente", "novela"), as questions bring them: a long message's words come back
  // in its sentences, which are matched after the whole. Bounded (visitors' text is unbounded): emptied when full.
  const otherIds = new Map<string, Int32Array>();
  const idsOf = (word: string): Int32Array => {
    let ids = wordIds.get(word) ?? otherIds.get(word);
    if (ids === undefined) {
      if (otherIds.size >= OTHER_WORDS) otherIds.clear();
      otherIds.set(word, (ids = known(ownFeatures(word))));
    }
    return ids;
  };

  let buffer = new Int32Array(256);
  let n = 0;
  const push = (id: number | undefined) => {
    if (id === undefined) return;
    if (n === buffer.length) {
      const grown = new Int32Array(2 * n);
      grown.set(buffer);
      buffer = grown;
    }
    buffer[n++] = id;
  };
  const pushAll = (ids: Int32Array) => {
    for (let k = 0; k < ids.length; k++) push(ids[k]);
  };
  // A Han/kana run's ids in the order of its features (unknown ones left out), by run.
  const runIds = remembered((run: string) => {
    const features: string[] = [];
    pushCjkFeatures(run, features);
    return known(features);
  });
  const visitor = {
    word(word: string, previous: string | null) {
      pushAll(idsOf(word));
      if (previous !== null) push(vocab.get(wordPair(previous, word)));
    },
    cjk: (run: string) => pushAll(runIds(run, true)),
    concept: (name: string) => push(vocab.get('y:' + name)),
  };

  return {
    collect(normalized) {
      n = 0;
      walkTokens(normalized, visitor);
      return buffer.subarray(0, n);
    },
  };
}
