import { addScores, softmax, trainingKey, trainSoftmax } from './classifier.ts';
import type { FaqModel } from './model.ts';
import { buildNearestIndex } from './nearest.ts';
import { TopList } from './top-list.ts';
import { distinctKeys, EXAMPLE_KIND, exampleKey } from './training-order.ts';
import { fitVectorizer, restrict, type FeatureWeights, type SparseVector } from './vectorize.ts';
import { pieceCharactersInWords, remembered, walkPieces, type FeatureKind } from './tokenize.ts';

/**
 * Ranks classes (FAQ entries) for a question with three views of the same TF-IDF vectors:
 * a softmax classifier trained on the alternates, the class centroid (cosine), and for the few best
 * classes the nearest alternate (cosine, kNN with k = 1). The ranking score mixes them; the parts
 * are kept for confidence.
 */
export interface ScorerOptions {
  weights: FeatureWeights;
  /** Training passes: enough for about `updates` example updates, within [minEpochs, maxEpochs]. */
  updates: number;
  minEpochs: number;
  maxEpochs: number;
  rate: number;
  seed: number;
  /** Ranking score = classifier probability + centroid·cosine, then + nearest·cosine for the best `rerank`. */
  mix: { nearest: number; centroid: number };
  /**
   * Documents per entry and language from which an entry's nearest alternate weighs mix.nearest in the ranking; with
   * fewer, in proportion (see forDocuments): one of ten alternates is a noisier witness than one of sixty.
   */
  denseDocs: number;
  /**
   * The kinds of feature left out of a second copy of each document the classifier is trained on (none: no copy). Set
   * by forDocuments for a pack of few documents per entry: see there.
   */
  sparseCopy: readonly FeatureKind[];
  rerank: number;
  /** The kinds of feature the nearest-alternate cosine looks at (fewer is faster). */
  nearestKinds: readonly FeatureKind[];
}

/**
 * Hangul syllables weigh 2 and kana-only characters 0.75 (5-fold cross-validation of the wallet pack: ko 81.9 → 84.7,
 * ja 83.2 → 84.3 % top-1, the other languages unchanged; kana 0.5 or Hangul 1.5 and 3 did less). Concepts weigh 2.5
 * (Banking77 10-shot dev, mean of eight samples: 77.9 % top-1 at 2, 78.2 at 2.5, 78.3 at 3; 3 lowered the wallet pack's
 * English cross-validation answered by 0.4 points on main 607601f, 2.5 by 0.3).
 */
export const DEFAULT_SCORER_OPTIONS: ScorerOptions = Object.freeze({
  weights: Object.freeze({ w: 1, b: 1, g: 1, c: 1, h: 2, k: 0.75, y: 2.5 }),
  updates: 20_000,
  minEpochs: 3,
  maxEpochs: 10,
  rate: 3,
  seed: 77,
  mix: Object.freeze({ nearest: 1, centroid: 0.5 }),
  denseDocs: 30,
  sparseCopy: Object.freeze([]),
  rerank: 10,
  nearestKinds: Object.freeze(['w', 'c', 'h', 'k'] as const),
});

/** The features a sparse copy leaves out (see forDocuments). */
const SPARSE_COPY: readonly FeatureKind[] = Object.freeze(['g']);

/**
 * The options for a pack of `perEntry` documents per entry and language: below options.denseDocs, the nearest
 * alternate's weight in the ranking shrinks in proportion (Banking77's dev split, 10 alternates per entry: 76.9 →
 * 77.9 % top-1, mean of 8 samples, best weight 0.25–0.33; 20: best near 0.5; 40 and all, about 120: best at 1, as for
 * the wallet pack, about 55, whose cross-validation lost 0.1–0.7 points answered per language at 0.25). And the
 * classifier is trained on each document a second time without its character n-grams (SPARSE_COPY), a dropout of the
 * features that match a word's spelling: with ten alternates an entry, a few n-grams of their rarer words can carry the
 * whole weight, and the copy makes the whole words, word pairs and concepts a new question shares with them weigh in
 * too (Banking77's 10-shot dev split, the mean of sixteen samples over three training seeds: 79.45 → 79.93 % top-1; a
 * copy without the words instead, or without n-grams and word pairs, did less).
 */
export function forDocuments(options: ScorerOptions, perEntry: number): ScorerOptions {
  const share = Math.min(1, perEntry / options.denseDocs);
  return share === 1 ? options : { ...options, mix: { ...options.mix, nearest: options.mix.nearest * share }, sparseCopy: SPARSE_COPY };
}

export interface LabelledDoc {
  label: number;
  features: readonly string[];
}

/** One of the best-ranked classes for a question. */
export interface Candidate {
  index: number;
  /** The ranking score. */
  score: number;
  /** Classifier probability among the entries (over the entries, sums to 1). */
  probability: number;
  /** Classifier probability of the hidden out-of-scope class (the same for every candidate of a question; 0 without it). */
  outside: number;
  /** Cosine of the question with the class's nearest alternate. */
  nearest: number;
  /** That alternate's document index, −1 when none shares a feature with the question. */
  nearestDoc: number;
  /** The share of the question's words the pack knows (the same for every candidate of a question). */
  coverage: number;
}

/** A question whose every word (CJK: character or pair) occurs in at least this share of the classes is generic. */
const GENERIC_SHARE = 0.3;
/**
 * A feature at least this share of whose entry documents (MIN_DOCS or more) are one class's is particular to that class
 * however many classes use it, and such a character pair is a word, not a seam between words, even with a character
 * most classes use (金 is in nearly every Japanese entry of the wallet pack: "別のカードで支払いたい" and
 * "送金にお金はかかるの" were generic questions).
 */
const CONCENTRATED_SHARE = 0.5;
const CONCENTRATED_MIN_DOCS = 4;
/** A character in at least this share of the classes is a function character (的, 我, の, 요). */
const COMMON_CHAR_SHARE = 0.6;
/** Pronouns, function characters however few alternates write them (people rarely write 私 in a question). */
const PRONOUNS = new Set(Array.from('私僕俺我你您'));
const HANGUL_WORD = /\p{Script=Hangul}/u;
/** A character pair that may name an entry: two Han characters or two Hangul syllables (a pair with kana is a seam: ら引). */
const ENTRY_PAIR = /^c:(?:\p{Script=Han}{2}|\p{Script=Hangul}{2})$/u;
const NAMES_NOTHING = 0;
const PARTICULAR = 1;
const NAMES_ENTRY = 2;

export interface Scorer {
  readonly classes: number;
  /** The classifier's weights. */
  readonly model: FaqModel;
  /** False when the weights were the ones given to buildScorer (trained on exactly these documents and options). */
  readonly trained: boolean;
  /** The best `limit` classes for normalised text, best first; empty when it shares no feature with the pack. */
  score(normalized: string, limit: number): Candidate[];
  /**
   * True when none of the words of the text it last scored (CJK: characters and pairs) is particular to a few classes:
   * "my account", "我的账户", "help" name something most entries talk about.
   */
  lastWasGeneric(): boolean;
  /**
   * True when a word of the text it last scored that is particular to a few classes (as for lastWasGeneric) occurs in
   * class `index`: "account help" names none of close-account's own words, "delete my account" does.
   */
  lastNamed(index: number): boolean;
  /**
   * True when the text it last scored names another entry and nothing of class `index`: it holds a whole word or a
   * Han or Hangul character pair that is particular to a few classes and concentrated in one (see CONCENTRATED_SHARE),
   * and no word particular to a few classes occurs in class `index`. "怎麼查詢餘額" (checking the balance) names 查詢
   * (the history's) and was answered with top-up, which the balance alone ranked first.
   */
  lastNamedOnlyElsewhere(index: number): boolean;
}

/** The centroids' non-zero weights by feature (compressed sparse rows): most features occur in some classes only. */
interface CentroidRows {
  /** Entries of feature f: start[f] to start[f + 1]. */
  start: Int32Array;
  classes: Int32Array;
  weights: Float32Array;
}

/** Each class's documents summed, L2-normalised. */
function buildCentroids(vectors: readonly SparseVector[], labels: readonly number[], classes: number, features: number): CentroidRows {
  const dense = new Float32Array(features * classes);
  vectors.forEach((v, d) => {
    for (let k = 0; k < v.ids.length; k++) dense[v.ids[k]! * classes + labels[d]!]! += v.vals[k]!;
  });
  const norms = new Float64Array(classes);
  for (let f = 0, i = 0; f < features; f++) for (let c = 0; c < classes; c++, i++) norms[c]! += dense[i]! ** 2;
  const divisors = norms.map((n) => Math.sqrt(n) || 1);
  const start = new Int32Array(features + 1);
  for (let f = 0, i = 0; f < features; f++) {
    for (let c = 0; c < classes; c++, i++) {
      dense[i]! /= divisors[c]!;
      if (dense[i] !== 0) start[f + 1]!++;
    }
  }
  for (let f = 0; f < features; f++) start[f + 1]! += start[f]!;
  const rows: CentroidRows = { start, classes: new Int32Array(start[features]!), weights: new Float32Array(start[features]!) };
  for (let f = 0, i = 0, at = 0; f < features; f++) {
    for (let c = 0; c < classes; c++, i++) {
      if (dense[i] === 0) continue;
      rows.classes[at] = c;
      rows.weights[at++] = dense[i]!;
    }
  }
  return rows;
}

/** Per feature: how many of the documents hold it, and the most of them in one class. */
function documentCounts(vectors: readonly SparseVector[], labels: readonly number[], features: number): { total: Int32Array; most: Int32Array } {
  const total = new Int32Array(features);
  const most = new Int32Array(features);
  const inClass = new Int32Array(features);
  const order = labels.map((_, d) => d).sort((a, b) => labels[a]! - labels[b]! || a - b);
  let touched: number[] = [];
  const endClass = () => {
    for (const f of touched) {
      if (inClass[f]! > most[f]!) most[f] = inClass[f]!;
      inClass[f] = 0;
    }
    touched = [];
  };
  order.forEach((d, i) => {
    if (i > 0 && labels[d] !== labels[order[i - 1]!]) endClass();
    // A vector's ids are distinct.
    for (const f of vectors[d]!.ids) {
      total[f]!++;
      if (inClass[f]!++ === 0) touched.push(f);
    }
  });
  endClass();
  return { total, most };
}

/** Adds x·centroids into out (a sparse row skips only zero terms: the sums are those of the dense product). */
function addCentroidScores(x: SparseVector, rows: CentroidRows, out: Float64Array): void {
  for (let k = 0; k < x.ids.length; k++) {
    const v = x.vals[k]!;
    for (let i = rows.start[x.ids[k]!]!, end = rows.start[x.ids[k]! + 1]!; i < end; i++) out[rows.classes[i]!]! += v * rows.weights[i]!;
  }
}

/**
 * The entries' documents again without the features of `kinds`, for training only: each copy that loses some but not
 * all of its features, L2-normalised again (see forDocuments).
 */
function withSparseCopies(
  vectors: readonly SparseVector[],
  docs: readonly LabelledDoc[],
  kinds: readonly FeatureKind[],
  left: readonly FeatureKind[],
): { vectors: SparseVector[]; labels: number[]; sources: number[] } {
  const copies = { vectors: [] as SparseVector[], labels: [] as number[], sources: [] as number[] };
  if (left.length === 0) return copies;
  const keep = Uint8Array.from(kinds, (kind) => (left.includes(kind) ? 0 : 1));
  vectors.forEach((v, d) => {
    const copy = restrict(v, keep);
    if (copy.ids.length === 0 || copy.ids.length === v.ids.length) return;
    copies.vectors.push(copy);
    copies.labels.push(docs[d]!.label);
    copies.sources.push(d);
  });
  return copies;
}

/**
 * `given`: weights saved from an earlier build, used when they were trained on these documents with these options.
 * `outside`: out-of-scope examples (generic off-topic questions), trained as one more, hidden class: the probability
 * they take from the entries is what an off-topic question loses, and their words stay in its vector (a word no
 * entry knows no longer vanishes and leaves the question's pack words to look like a short in-scope question). The
 * hidden class is never ranked, its words are not known to coverage, and a question with no word of the entries
 * still shares no feature with the pack.
 */
export function buildScorer(
  docs: readonly LabelledDoc[],
  classes: number,
  options: ScorerOptions = DEFAULT_SCORER_OPTIONS,
  given?: FaqModel,
  outside: readonly (readonly string[])[] = [],
): Scorer {
  const { vectorizer, vectors } = fitVectorizer(
    [...docs.map((d) => d.features), ...outside],
    options.weights,
    docs.length,
  );
  const trainedClasses = classes + (outside.length > 0 ? 1 : 0);
  const labels = [...docs.map((d) => d.label), ...outside.map(() => classes)];
  const copies = withSparseCopies(vectors.slice(0, docs.length), docs, vectorizer.kinds, options.sparseCopy);
  const examples = {
    xs: [...vectors, ...copies.vectors],
    labels: [...labels, ...copies.labels],
    keys: distinctKeys([
      ...docs.map((d) => exampleKey(d.features, EXAMPLE_KIND.document)),
      ...outside.map((features) => exampleKey(features, EXAMPLE_KIND.outOfScope)),
      ...copies.sources.map((d) => exampleKey(docs[d]!.features, EXAMPLE_KIND.sparseCopy)),
    ]),
  };
  const epochs = Math.min(options.maxEpochs, Math.max(options.minEpochs, Math.ceil(options.updates / examples.xs.length)));
  const training = { epochs, rate: options.rate, seed: options.seed };
  const key = trainingKey(examples, trainedClasses, vectorizer.size, training);
  const trained =
    given?.key !== key || given.classes !== trainedClasses || given.features !== vectorizer.size || given.weights.length !== trainedClasses * vectorizer.size;
  const weights = trained ? trainSoftmax(examples, trainedClasses, vectorizer.size, training).weights : given!.weights;
  const centroids = buildCentroids(vectors, labels, trainedClasses, vectorizer.size);
  const nearestKinds = new Set<FeatureKind>(options.nearestKinds);
  // The nearest alternate is the one that says the most of what the question says: an unknown word says nothing of it.
  const keep = Uint8Array.from(vectorizer.kinds, (kind, id) => (nearestKinds.has(kind) && id !== vectorizer.unknownWord ? 1 : 0));
  const nearestIndex = buildNearestIndex(
    vectors.slice(0, docs.length).map((v) => restrict(v, keep)),
    labels.slice(0, docs.length),
    classes,
    vectorizer.size,
  );

  // Words, 5-character pieces of words and characters by the share of classes they occur in (a centroid row holds a
  // feature's classes): a word the pack does not know may hold a piece of one it does ("elimino" holds "elimi" of
  // "eliminar"). A character pair with a character most classes use (的, の) or a pronoun (私, 我) is a seam between
  // words, not a word: it tells nothing. In a pack of a few entries, a word of one entry is particular to it whatever
  // its share; so is a word or pair most of whose documents are one entry's (see CONCENTRATED_SHARE).
  // The entries a feature occurs in (a centroid row lists its classes in order: the hidden class, if any, is last).
  const classCount = (id: number | undefined) => {
    if (id === undefined) return classes;
    const end = centroids.start[id + 1]!;
    return end - centroids.start[id]! - (end > centroids.start[id]! && centroids.classes[end - 1] === classes ? 1 : 0);
  };
  const genericAt = Math.max(2, GENERIC_SHARE * classes);
  const commonAt = Math.max(2, COMMON_CHAR_SHARE * classes);
  const counts = documentCounts(vectors.slice(0, docs.length), labels.slice(0, docs.length), vectorizer.size);
  const concentrated = (id: number) => counts.total[id]! >= CONCENTRATED_MIN_DOCS && counts.most[id]! >= CONCENTRATED_SHARE * counts.total[id]!;
  const functionChar = (ch: string) => PRONOUNS.has(ch) || classCount(vectorizer.vocabulary.get('c:' + ch)) >= commonAt;
  const seam = (id: number, chars: readonly string[]) => chars.length === 2 && chars.some(functionChar) && !concentrated(id);
  // Per feature: NAMES_NOTHING, PARTICULAR (to a few classes), or NAMES_ENTRY (particular, and a word or a Han or
  // Hangul pair most of whose documents are one class's).
  const specificFeature = new Uint8Array(vectorizer.size);
  for (const [feature, id] of vectorizer.vocabulary) {
    const kind = vectorizer.kinds[id];
    // A pair of words, or a concept (a notion many entries share), names no entry by itself.
    if (kind === 'b' || kind === 'y' || (kind === 'g' && Array.from(feature).length < 7) || classCount(id) === 0 || (classCount(id) >= genericAt && !concentrated(id))) continue;
    // A Korean word carries its ending: its syllables tell (계정 in 계정을, 계정이, 계정은), not the word or its pieces.
    if ((kind === 'w' || kind === 'g') && HANGUL_WORD.test(feature) && classCount(id) >= genericAt / 2) continue;
    const chars = kind === 'w' || kind === 'g' ? [] : Array.from(feature.slice(2));
    // A pronoun, or a pair with one, names nothing however one entry's alternates favour it (私の in close-account's).
    if (seam(id, chars) || chars.some((ch) => PRONOUNS.has(ch))) continue;
    specificFeature[id] = concentrated(id) && (kind === 'w' || ENTRY_PAIR.test(feature)) ? NAMES_ENTRY : PARTICULAR;
  }
  const specific = (id: number) => specificFeature[id] !== NAMES_NOTHING;
  let generic = false;
  // The features of the text last scored that tell what it names: a character that stands in a character pair the
  // entries know, and that is no seam between words, is read in that word, not by itself.
  const isWord = (pair: string) => {
    const id = vectorizer.vocabulary.get(pair);
    return id !== undefined && classCount(id) > 0 && !seam(id, Array.from(pair.slice(2)));
  };
  // The ids of a piece's characters read in words (see pieceCharactersInWords) that the vocabulary has, by piece.
  const inWordsOf = remembered((piece: string, run: boolean) => {
    const ids: number[] = [];
    pieceCharactersInWords(piece, run, isWord, (feature) => {
      const id = vectorizer.vocabulary.get(feature);
      if (id !== undefined) ids.push(id);
    });
    return Int32Array.from(ids);
  });
  const occursIn = (id: number, index: number) => {
    for (let i = centroids.start[id]!, end = centroids.start[id + 1]!; i < end; i++) if (centroids.classes[i] === index) return true;
    return false;
  };

  // Per-question scratch (a question is scored start to end before the next one): a long message is scored whole,
  // then by sentence and by question, and what each score leaves to the collector is the next one's to collect.
  const probability = new Float64Array(trainedClasses);
  const centroid = new Float64Array(trainedClasses);
  const nearest = new Float64Array(classes);
  const nearestDoc = new Int32Array(classes);
  const restricted = { ids: new Int32Array(vectorizer.size), vals: new Float32Array(vectorizer.size) };
  // The text's features read in words, marked by id while its evidence is collected.
  const readInWord = new Uint8Array(vectorizer.size);
  const mark = (value: number) => (piece: string, run: boolean) => {
    const ids = inWordsOf(piece, run);
    for (let k = 0; k < ids.length; k++) readInWord[ids[k]!] = value;
  };
  const markPiece = mark(1);
  const unmarkPiece = mark(0);
  // The features of the text last scored that tell what it names (the rest): the first evidenceLength of `evidence`.
  let evidence = new Int32Array(64);
  let evidenceLength = 0;
  const collectEvidence = (normalized: string, ids: Int32Array) => {
    walkPieces(normalized, markPiece);
    if (evidence.length < ids.length) evidence = new Int32Array(ids.length);
    evidenceLength = 0;
    for (let k = 0; k < ids.length; k++) if (!readInWord[ids[k]!]) evidence[evidenceLength++] = ids[k]!;
    walkPieces(normalized, unmarkPiece);
  };
  /** Whether the evidence holds a feature particular to a few classes (that occurs in class `index`, when given). */
  const names = (index: number | null) => {
    for (let k = 0; k < evidenceLength; k++) if (specific(evidence[k]!) && (index === null || occursIn(evidence[k]!, index))) return true;
    return false;
  };
  const namesAnEntry = () => {
    for (let k = 0; k < evidenceLength; k++) if (specificFeature[evidence[k]!] === NAMES_ENTRY) return true;
    return false;
  };
  const knowsAny = (ids: Int32Array) => {
    for (let k = 0; k < ids.length; k++) if (ids[k]! < vectorizer.known && ids[k] !== vectorizer.unknownWord) return true;
    return false;
  };

  return {
    classes,
    model: { key, classes: trainedClasses, features: vectorizer.size, weights },
    trained,
    score(normalized, limit) {
      const x = vectorizer.vectorize(normalized);
      collectEvidence(normalized, x.ids);
      generic = !names(null);
      if (!knowsAny(x.ids)) return [];
      probability.fill(0);
      addScores(x, weights, trainedClasses, probability);
      softmax(probability);
      centroid.fill(0);
      addCentroidScores(x, centroids, centroid);
      // Entries are ranked by their probability among the entries (the out-of-scope class takes the same share of each).
      const inScope = trainedClasses > classes ? Math.max(1 - probability[classes]!, 1e-9) : 1;
      const shortlist = new TopList(Math.min(classes, Math.max(limit, options.rerank)));
      for (let c = 0; c < classes; c++) shortlist.add(c, probability[c]! / inScope + options.mix.centroid * centroid[c]!);

      const count = shortlist.length;
      nearestIndex.nearest(restrict(x, keep, restricted), shortlist.index, count, nearest, nearestDoc);
      const ranked = new TopList(Math.min(count, limit));
      for (let i = 0; i < count; i++) ranked.add(i, shortlist.score[i]! + options.mix.nearest * nearest[i]!);
      const candidates: Candidate[] = [];
      const coverage = vectorizer.coverage(normalized);
      for (let j = 0; j < ranked.length; j++) {
        const i = ranked.index[j]!;
        const index = shortlist.index[i]!;
        candidates.push({
          index,
          score: ranked.score[j]!,
          probability: probability[index]! / inScope,
          outside: 1 - inScope,
          nearest: nearest[i]!,
          nearestDoc: nearestDoc[i]!,
          coverage,
        });
      }
      return candidates;
    },
    lastWasGeneric: () => generic,
    lastNamed: (index) => names(index),
    lastNamedOnlyElsewhere: (index) => !names(index) && namesAnEntry(),
  };
}
