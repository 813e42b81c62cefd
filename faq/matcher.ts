import { confidence, type ConfidenceInputs } from './confidence.ts';
import { normalizeText } from './normalize.ts';
import type { FaqModel } from './model.ts';
import { buildScorer, DEFAULT_SCORER_OPTIONS, forDocuments, type Candidate, type LabelledDoc, type Scorer, type ScorerOptions } from './scorer.ts';
import { OFF_TOPIC } from './off-topic.ts';
import { dropFillers, withoutFaces, withoutWho, wordsOfFillers } from './fillers.ts';
import { foldJapanese } from './japanese.ts';
import { foldPinyin } from './pinyin.ts';
import { foldSynonyms } from './synonyms.ts';
import { withConcepts } from './concepts.ts';
import { namesAnotherPlace, namesElsewhere, namesOwn, namesPhoneOrWallet } from './services.ts';
import { noveltyUnits, tokenize, UNKNOWN_WORD, wordFeatures, type WordFeatures } from './tokenize.ts';
import { createTypoReader, type TypoReader } from './typos.ts';
import type { FaqEntry, FaqPack } from './types.ts';

/** The ranking half of the engine: a pack's alternates indexed, a question ranked against them. */
export interface Ranked {
  /** Index into pack.entries. */
  index: number;
  confidence: number;
  /** What the confidence was computed from. */
  evidence: ConfidenceInputs;
}

export interface Match {
  ranked: Ranked[];
  /**
   * No word of the question is particular to a few entries ("my account"), the top entry is a caution entry none of
   * whose particular words the question holds ("account help" → close-account), the question names another entry and
   * nothing of a top entry the classifier is unsure of ("怎麼查詢餘額", checking the balance: no entry's, top-up's by 餘額
   * alone, 查詢 the history's; see UNSURE), or the question names another service
   * or a thing's password and the top entry is none that may answer it (see answersNamed): a "did you mean", not an
   * answer.
   */
  generic: boolean;
  /** The pack locale of the alternate that matched the top entry best, or null when nothing matched. */
  nearestLocale: string | null;
}

export interface Matcher extends Pick<Scorer, 'model' | 'trained'> {
  /**
   * Entries best first (up to `limit`), or null when the text shares no feature with the pack.
   * `normalized`: normalizeText(text), when the caller has it already.
   */
  match(text: string, locale: string | null, limit: number, normalized?: string): Match | null;
  /**
   * Whether normalised text asks about another's login or identity check, which no entry answers (see answersNamed):
   * the whole message's reading, which no part of it may undo ("id.me wont verify my identity" is cut at its dot into
   * a sentence that no longer names id.me). Not another's thing: the change-phone-number entry's "門號從台灣大哥大換到
   * 遠傳，號碼沒變，要改什麼嗎？還是換了號碼才要改" is a carrier's line by its name (see namesElsewhere) and the wallet's by
   * its last sentence. False for a pack none of whose entries takes names (see OTHER_SERVICES_TAG).
   */
  asksAnothersLogin(normalized: string, locale: string | null): boolean;
}

/**
 * The tag of an entry whose steps cannot be undone or lock the visitor out (closing or freezing the account): it is
 * answered only when the question names it and names no other's place, company or trade (see namesAnotherPlace: "close
 * my gym account"), and never leads a "did you mean".
 */
export const CAUTION_TAG = 'caution';
export const isCaution = (entry: FaqEntry): boolean => entry.tags.includes(CAUTION_TAG);

/**
 * The tag of an entry whose questions may name another service (see services.ts): the wallet's money wherever it was
 * spent ("my payment at starbucks failed"), a company an impostor named ("有人冒充京东客服"), the wallet's own channel on
 * a messenger. A question naming another service is answered with no other entry: "how do i reset my netflix password"
 * is Netflix's password, not the wallet's, though it differs from a password-reset alternate by that name alone. A pack
 * with no entry so tagged (one stored by an earlier version) answers them with any entry, as it did.
 */
export const OTHER_SERVICES_TAG = 'other-services';

/**
 * The tag of an entry about the wallet's own money (a payment, a refund, a charge, a payment method) that another
 * service bills too: a question naming a service gets it only when it names the wallet ("paid netflix with my wallet and
 * it got declined"), since without it the question may be about the service's own billing ("hulu says my card was
 * declined", "how do i get a refund from steam"): a "did you mean" with the entry first. An entry tagged other-services
 * without it (an impostor, the wallet's channel on a messenger) takes a named service as before.
 */
export const OWN_MONEY_TAG = 'own-money';

/**
 * The tag of an entry that answers a question naming another wallet or card as a way to pay ("can i pay with apple pay",
 * "支持微信支付宝吗", "可以用八達通俾錢嗎"). Any other entry answers one only when it names the wallet too: "PayPayで送金
 * できない", "apple pay keeps removing my card" and "PayPayの本人確認" are the other wallet's own business.
 */
export const OTHER_CARDS_TAG = 'other-cards';

/**
 * The tag of an entry that answers a question naming an identity card as a document to show ("マイナンバーカードで本人確認").
 * Any other entry answers one only when it names the wallet too: "マイナンバーカードの更新方法" is the issuer's.
 */
export const ID_DOCUMENTS_TAG = 'id-documents';

/**
 * Whether a question naming another service, card or wallet, or a thing's password, is the top entry's (see
 * namesElsewhere, read without what the writer says they are and where they work: see withoutWho). Never when it asks
 * about another's password or login ("router admin password", "錢包綁了 LINE，現在 LINE 帳號登不進去"), nor about another's thing with nothing of the wallet's ("necesito renovar mi pasaporte", "my phone
 * battery drains so fast", "外卖送错地址了"). An entry that takes names and is no money entry answers the rest ("do you have a facebook or
 * twitter account"); an entry that takes other cards, or identity documents, a question naming one and nothing it holds
 * ("can i pay with apple pay", "マイナンバーカードで本人確認"); any other only a question that names the wallet and asks
 * about no service's account ("I linked my wallet to lyft and now my wallet password doesn't work", not "delete my
 * facebook account, my wallet uses the same email").
 */
function answersNamed(plain: string, entry: NamesTaken): boolean {
  const elsewhere = elsewhereOf(plain);
  if (elsewhere === 'login' || elsewhere === 'thing') return false;
  if (elsewhere === null || (entry.names && !entry.ownMoney) || (elsewhere === 'card' && entry.cards) || (elsewhere === 'document' && entry.documents)) return true;
  return elsewhere !== 'account' && namesOwn(plain);
}

/** What a question names elsewhere (see namesElsewhere), read without who the writer is (see withoutWho). */
const elsewhereOf = (plain: string) => (namesElsewhere(plain) === null ? null : namesElsewhere(withoutWho(plain)));

/**
 * Below this probability among the entries, a top entry the question names nothing of, while it names another entry,
 * is a "did you mean" (see Scorer.lastNamedOnlyElsewhere): the classifier is torn between what the question shares with
 * the top entry and the word it names elsewhere, as with a question of the wallet's that no entry answers ("怎麼查詢餘額",
 * checking the balance: top-up 0.54 by 餘額). In 3-fold cross-validation of the wallet pack (main 28079d0, answered at
 * 0.5) this turned 11 wrong answers into a "did you mean" and no right one; without the bound, 12 wrong and 3 right
 * ones ("결제가 안 되는데요", "borrar una tarjeta guardada", "余额怎么加", at 0.81–0.96: the classifier weighs words of
 * theirs that are particular to no entry).
 */
const UNSURE = 0.6;

/**
 * A question of at least SPELLED_OUT words that is answered surely (confidence SURE or more, the hidden class's share under
 * OFF_TOPIC_LOW) is no vague question, though each of its words is common to many entries: "hay que pagar algo por usar
 * la billetera?" (fees, 0.96) and "puedo pagar con mi saldo y con tarjeta a la vez?" (payment-methods, 0.97) were "did
 * you mean"s ten seeds of ten for it. A vague question is a word or three ("tarjeta", "pagar con tarjeta", "usar la
 * billetera": 0.63–0.96); of the dev sets' questions held generic for it alone (seed 77), every off-topic one was at
 * 0.39 or less, the hidden class holding 0.56–1.00 of it.
 */
const SPELLED_OUT = 6;
const SURE = 0.9;
const OFF_TOPIC_LOW = 0.1;
const spelledOut = (read: string, top: Ranked) =>
  top.confidence >= SURE && top.evidence.outside < OFF_TOPIC_LOW && read.split(' ').length >= SPELLED_OUT;

/**
 * The tag of an entry about the visitor's phone itself (losing it, having it stolen): answered only when the question
 * names a phone or device, a card, money, the account or the wallet (see namesPhoneOrWallet), as its alternates do.
 * Another thing lost or stolen ("电动车被偷了怎么报案", "自転車を盗まれた、どこに届ける") shares its words of losing and
 * reporting and nothing else, and was answered at 0.75–0.9: a "did you mean" now, whatever the thing.
 */
export const PHONE_TAG = 'phone-named';

/** Which names an entry takes, read off its tags. */
interface NamesTaken {
  names: boolean;
  phone: boolean;
  ownMoney: boolean;
  cards: boolean;
  documents: boolean;
}
const namesTaken = (entry: FaqEntry): NamesTaken => ({
  names: entry.tags.includes(OTHER_SERVICES_TAG),
  phone: entry.tags.includes(PHONE_TAG),
  ownMoney: entry.tags.includes(OWN_MONEY_TAG),
  cards: entry.tags.includes(OTHER_CARDS_TAG),
  documents: entry.tags.includes(ID_DOCUMENTS_TAG),
});

/**
 * Normalised text as the scorer reads it: synonyms folded, fillers dropped, Japanese folded, concepts appended. Synonyms
 * first: a figure inside a member ("2 step", "verificacion en 2 pasos", "2要素認証") is part of its word, and was dropped
 * as an amount before the member could be read.
 */
const prepared = (normalized: string, locale: string | null): string => {
  const read = foldPinyin(normalized, locale);
  return withConcepts(foldJapanese(dropFillers(foldSynonyms(read, locale))), locale, read);
};

export function featuresOf(text: string, locale: string | null, featuresOfWord?: (word: string) => WordFeatures): string[] {
  return tokenize(prepared(normalizeText(text), locale), featuresOfWord);
}

/** A document as the matcher reads it: its prepared text, once, and the features tokenised from it. */
interface ReadDoc {
  prepared: string;
  features: string[];
}

const readDoc = (text: string, locale: string, featuresOfWord: (word: string) => WordFeatures): ReadDoc => {
  const read = prepared(normalizeText(text), locale);
  return { prepared: read, features: tokenize(read, featuresOfWord) };
};

/**
 * The documents' features with UNKNOWN_WORD added where a visitor's question would hold it: an entry's alternate with a
 * word (see noveltyUnits) no other document of the entries has (as a new word of a visitor's is, to the whole pack), an
 * out-of-scope example with a word no entry has. The classifier learns what an unknown word says of each entry: little
 * for adding a card (any bank's name), much for resetting a password ("netflix password"). The units are read off the
 * prepared text the features were tokenised from (preparing it again was a sixth of the engine's build from a model).
 */
function withUnknownWords(entries: readonly ReadDoc[], outside: readonly ReadDoc[]): void {
  const unitsOf = (doc: ReadDoc) => {
    const units = new Set<string>();
    noveltyUnits(doc.prepared, (unit) => units.add(unit));
    return units;
  };
  const entryUnits = entries.map(unitsOf);
  const documents = new Map<string, number>();
  for (const units of entryUnits) for (const unit of units) documents.set(unit, (documents.get(unit) ?? 0) + 1);
  entries.forEach((doc, d) => [...entryUnits[d]!].some((unit) => documents.get(unit) === 1) && doc.features.push(UNKNOWN_WORD));
  for (const doc of outside) if ([...unitsOf(doc)].some((unit) => !documents.has(unit))) doc.features.push(UNKNOWN_WORD);
}

/** The slips of the alternates' words a question may hold (see typos.ts), read off the documents. */
function typoReaderOf(entries: readonly { text: string; locale: string }[], outside: readonly { text: string }[]): TypoReader {
  const known = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const doc of entries) {
    const words = known.get(doc.locale) ?? known.set(doc.locale, new Set()).get(doc.locale)!;
    for (const word of normalizeText(doc.text).split(' ')) {
      words.add(word);
      seen.add(word);
    }
  }
  for (const doc of outside) for (const word of normalizeText(doc.text).split(' ')) seen.add(word);
  return createTypoReader(known, seen);
}

/** Calibrated confidence of each candidate; the margin is over the best other candidate. */
function rank(candidates: readonly Candidate[]): Ranked[] {
  return candidates.map((c, i) => {
    const other = candidates[i === 0 ? 1 : 0];
    const margin = c.score - (other?.score ?? 0);
    const evidence = { probability: c.probability, nearest: c.nearest, margin, coverage: c.coverage, outside: c.outside };
    return { index: c.index, confidence: confidence(evidence), evidence };
  });
}

/** An off-topic question in one of the pack's languages. */
export interface OutOfScopeQuestion {
  text: string;
  locale: string;
}

/** The built-in off-topic questions in the pack's languages (none for a language they do not cover). */
export const outOfScopeOf = (locales: readonly string[]): OutOfScopeQuestion[] =>
  locales.flatMap((locale) => (OFF_TOPIC[locale] ?? []).map((text) => ({ text, locale })));

/**
 * `model`: classifier weights from an earlier build of the same questions (see buildScorer). `outOfScope`: the
 * hidden out-of-scope class's questions (by default the built-in ones in the pack's languages).
 */
export function createMatcher(
  pack: FaqPack,
  options: ScorerOptions = DEFAULT_SCORER_OPTIONS,
  model?: FaqModel,
  outOfScope: readonly OutOfScopeQuestion[] = outOfScopeOf(pack.locales),
): Matcher {
  const docs: LabelledDoc[] = [];
  const docLocales: string[] = [];
  // Each word's features built once for all documents (fewer strings to make, and to hash in the vocabulary).
  const seen = new Map<string, WordFeatures>();
  const featuresOfWord = (word: string) => seen.get(word) ?? seen.set(word, wordFeatures(word)).get(word)!;
  const entryTexts: (ReadDoc & { text: string; locale: string })[] = [];
  pack.entries.forEach((entry, label) => {
    for (const locale of pack.locales) {
      const content = entry.locales[locale]!;
      for (const text of [content.question, ...content.alternates]) {
        const doc = { text, locale, ...readDoc(text, locale, featuresOfWord) };
        docs.push({ label, features: doc.features });
        entryTexts.push(doc);
        docLocales.push(locale);
      }
    }
  });
  const outsideTexts = outOfScope.map((q) => ({ ...q, ...readDoc(q.text, q.locale, featuresOfWord) }));
  withUnknownWords(entryTexts, outsideTexts);
  const outside = outsideTexts.map((q) => q.features);
  const typos = typoReaderOf(entryTexts, outsideTexts);
  const perEntry = docs.length / Math.max(1, pack.entries.length * pack.locales.length);
  const scorer = buildScorer(docs, pack.entries.length, forDocuments(options, perEntry), model, outside);
  const caution = pack.entries.map(isCaution);
  const taken = pack.entries.map(namesTaken);
  // A pack none of whose entries has the tag (one stored by an earlier version) answers such questions as before.
  const tellsNames = taken.some((entry) => entry.names);
  // Pinyin read here too: the checks below (is the phone named?) read the text before prepared does.
  const plainOf = (normalized: string, locale: string | null) => foldPinyin(withoutFaces(normalized, locale), locale);
  return {
    model: scorer.model,
    trained: scorer.trained,
    match(text, locale, limit, normalized) {
      const plain = plainOf(normalized ?? normalizeText(text), locale);
      const read = typos.read(plain, locale, () => wordsOfFillers(plain));
      const candidates = scorer.score(prepared(read, locale), Math.max(limit, 2));
      if (candidates.length === 0) return null;
      const { index, nearestDoc: doc } = candidates[0]!;
      const ranked = rank(candidates);
      const generic =
        (scorer.lastWasGeneric() && !spelledOut(read, ranked[0]!)) ||
        (caution[index]! && (!scorer.lastNamed(index) || namesAnotherPlace(plain))) ||
        (candidates[0]!.probability < UNSURE && scorer.lastNamedOnlyElsewhere(index)) ||
        (tellsNames && !answersNamed(plain, taken[index]!)) ||
        (taken[index]!.phone && !namesPhoneOrWallet(read));
      return { ranked: ranked.slice(0, limit), generic, nearestLocale: doc >= 0 ? docLocales[doc]! : null };
    },
    asksAnothersLogin(normalized, locale) {
      return tellsNames && elsewhereOf(plainOf(normalized, locale)) === 'login';
    },
  };
}
