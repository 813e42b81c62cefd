import { beginnerRest } from './beginner.ts';
import { OFF_TOPIC_SHARE } from './confidence.ts';
import { personRequestOf, topicOfNeed } from './handoff.ts';
import { handoffRecogniserFor } from './handoff-learned.ts';
import { fillersOnly, hasLetters } from './fillers.ts';
import { hanLeaning, hanWordsOf, type HanWords } from './han-words.ts';
import { detectLanguage, type LanguageGuess } from './language.ts';
import { matchLocale, normalizeLocale } from '../protocol/locale.ts';
import { createMatcher, isCaution, type Match, type Ranked } from './matcher.ts';
import { encodeModel, type FaqModel } from './model.ts';
import { normalizeText } from './normalize.ts';
import { parseFaqPack } from './pack-schema.ts';
import { clausesOf, questionsOf, sentencesOf, storyClausesOf } from './parts.ts';
import { namesAnotherPlace, namesElsewhere } from './services.ts';
import { isUiLanguage, smallTalkOf, smallTalkReply, UI_LANGUAGES, type SmallTalk, type UiLanguage } from './smalltalk.ts';
import type { ScorerOptions } from './scorer.ts';
import { fitThresholds, type Thresholds } from './thresholds.ts';
import { asksSomething, deniesItsMatter, splitIntents, splitsAtConnectors, splitsAtMarks, statesProblem } from './two-intents.ts';
import type { AnswerOptions, FaqEngine, FaqPack, FaqResult } from './types.ts';

const SUGGESTIONS = 3;
/**
 * How much more confident the whole message may be than what is left of it without the beginner's words, and still be
 * read as what is left (see beginnerRest): "acabo de instalar la app, ¿qué sigue?" is the usage guide's question at 0.96,
 * "¿qué sigue?" alone a failed transaction's at 0.53. Of the dev rows answered right that a tuned beginner phrase before
 * them cost their answer (1,446, seed 77), what was left was read with 0.15 less confidence than the whole or more in 69;
 * of eleven bare beginner questions what was left answered with another entry, with 0.26 to 0.43 less (and the dev row
 * "primera vez que la uso, no entiendo nada", seed 82, 0.18 less).
 */
const BEGINNER_WEIGHT = 0.15;
/**
 * Under this share of its words the pack's, a question the hidden class holds is off-topic after a beginner's words (see
 * asksOffTopic): "cuéntame un chiste" 0.33, "receta de paella" 0.33, "讲个笑话" 0.38. Not a few words the pack lacks in a
 * question of how to start: "¿por dónde arranco?" 0.67, "該先設定什麼" 0.70, "how does this thing work?" 0.80 are the
 * guide's. Any word missing (< 1) took those three too.
 */
const OFF_TOPIC_ASK_COVERAGE = 0.6;
/**
 * From this share the hidden class is all but sure, and a question it holds with any word no entry's is off-topic after a
 * beginner's words, however many of its words the pack's questions use ("how do i let red wine breathe" 1.00 with
 * coverage 0.71, "what time is it in tokyo", "cuánto tarda el AVE de Madrid a Barcelona" 0.98, "와인 디캔팅은 어떻게
 * 해요" 0.97: how-to and when-words are the pack's too). The guide's questions it holds as surely are made of the pack's
 * words ("how does this thing work" 0.89, coverage 1); of 130 labelled beginner questions of sessions 23–26 (seed 77) it
 * took one more, "¿por dónde arranco?" (0.97, 0.67).
 */
const OFF_TOPIC_ASK_SURE = 0.9;
/**
 * Languages that write the pack's Spanish words as their own, unaccented ("perdi celular", "limite de transferencia" are
 * Portuguese as much as Spanish): from a UI in one of them, an unsure guess's Spanish article is no answer to the visitor.
 */
const WRITES_SPANISH_WORDS = new Set(['pt', 'it', 'ca', 'gl']);
/**
 * The share of a part's words the pack must know for two parts a mark divides to be two questions (see twoIntents):
 * a story's clause is read as some entry's with words of its own ("下个月出国" 0.875, "월급이 지갑으로 들어왔고
 * 환불금도 들어왔어요" 0.86), a question of the pack's has none. Decided on two37's own dev set (2I right 43.3 at 1,
 * 48.3 at 0.9, 49.7 at none; one-question messages kept 55.0 / 53.3 / 53.3 of 60, three seeds).
 */
const MARK_TURN_COVERAGE = 0.9;
/** Languages told apart by script alone; a Latin-script guess without evidence may take the pack's word. */
const SCRIPT_LOCALES = new Set(['zh-CN', 'zh-TW', 'ja', 'ko', 'ru', 'th', 'ar']);

/**
 * A Latin-script question without stopwords ("refund?") is in the language of the alternate it matched; an off-topic
 * one matched none worth the name ("write me a short cover letter" was nearest to a Spanish alternate by "me"). One
 * whose every word each of the pack's Latin languages writes ("app tutorial", "qr"), whichever alternate it is nearest
 * to, is in the guess's language: English by default ("app tutorial" was answered in Spanish).
 */
function questionLocale(guess: LanguageGuess, match: Match | null, sharedWordsOnly: boolean): string | null {
  if (guess.confident || sharedWordsOnly || match?.nearestLocale == null || SCRIPT_LOCALES.has(match.nearestLocale)) return guess.locale;
  return (match.ranked[0]?.evidence.outside ?? 0) >= OFF_TOPIC_SHARE ? guess.locale : match.nearestLocale;
}

const isChinese = (locale: string | null): locale is 'zh-CN' | 'zh-TW' => locale === 'zh-CN' || locale === 'zh-TW';

/**
 * The words of a pack's Latin-script languages, each with the one language whose questions and alternates write it, or
 * null when several do: "activar" is Spanish, "card" English, "password" both (a loanword).
 */
function latinWordsOf(pack: FaqPack): Map<string, string | null> {
  const words = new Map<string, string | null>();
  for (const locale of pack.locales.filter((l) => !SCRIPT_LOCALES.has(l))) {
    for (const entry of pack.entries) {
      const content = entry.locales[locale]!;
      for (const text of [content.question, ...content.alternates]) {
        for (const word of normalizeText(text).split(' ')) words.set(word, !words.has(word) || words.get(word) === locale ? locale : null);
      }
    }
  }
  return words;
}

/**
 * A Latin-script question without a telling word ("activar doble factor", "guia principiantes": no stopword, no accent)
 * is guessed English by default, and was read with English synonyms ("doble factor" is 2fa only in Spanish): it is read
 * in the pack's Latin language that alone writes some of its words, when no other language's own word is there too,
 * and a request for a person is answered in it ("soporte" was handed off in English). Otherwise only read so: the
 * reply still follows the alternate it matches, or the guess when it matches none (see questionLocale), so an
 * off-topic fragment is answered as before. Words both languages write ("password", "app", "selfie"), or words of
 * neither ("Passwort vergessen", "isi saldo"), leave the guess.
 */
function readingLocale(guess: LanguageGuess, normalized: string, latinWords: ReadonlyMap<string, string | null>): string | null {
  if (!guessedLatin(guess)) return guess.locale;
  let only: string | null = null;
  for (const word of normalized.split(' ')) {
    const locale = latinWords.get(word);
    if (!locale || locale === only) continue;
    if (only !== null) return guess.locale;
    only = locale;
  }
  return only ?? guess.locale;
}

/** A Latin-script guess without evidence, which the pack's words may tell (see readingLocale). */
const guessedLatin = (guess: LanguageGuess) => !guess.confident && guess.locale !== null && !guess.eitherScript && !SCRIPT_LOCALES.has(guess.locale);

/** Every word of a Latin-script guess is one several of the pack's languages write (null in latinWordsOf's map). */
function sharedWordsOnly(guess: LanguageGuess, normalized: string, latinWords: ReadonlyMap<string, string | null>): boolean {
  return guessedLatin(guess) && normalized.split(' ').every((word) => latinWords.get(word) === null);
}

/**
 * Han text that Japanese writes as much as Chinese by its characters ("退会 方法", "本人確認", "送金上限") is in the language
 * whose questions in the pack write its pairs of characters (see ./han-words.ts): Japanese unless the UI is Chinese, as
 * a word only Japanese writes is (see inUiScript), or Chinese even from a Japanese UI ("退款", "新手教程"); pairs that
 * tell nothing leave the guess to the UI.
 */
function byHanWords(guess: LanguageGuess, text: string, words: HanWords): LanguageGuess {
  if (!guess.japaneseToo) return guess;
  const leaning = hanLeaning(text, words);
  if (leaning === 'ja') return { locale: 'ja', confident: true, chineseToo: true };
  if (leaning === null) return guess;
  const { japaneseToo: _, ...chinese } = guess;
  return chinese;
}

/**
 * Chinese written the same in both scripts ("退款") is read in the visitor's UI script when their UI is Chinese, and
 * Han text Japanese writes too ("送金上限") as Japanese when their UI is Japanese; a Japanese word in characters Chinese
 * writes too ("返金", "手数料") is Japanese unless the UI is Chinese.
 */
function inUiScript(guess: LanguageGuess, ui: string | null): LanguageGuess {
  if ((guess.eitherScript || guess.chineseToo) && isChinese(ui)) return { locale: ui, confident: true };
  return guess.japaneseToo && ui === 'ja' ? { locale: 'ja', confident: true } : guess;
}

/**
 * The language a small-talk reply is in: the visitor's UI language when the phrase is used there, else the question's.
 * Chinese phrases are one language in two scripts: the reply is in the question's script, or the Chinese UI's when the
 * text has none of its own ("多謝客服", and "辛苦了" from a zh-TW UI, are listed as zh-CN phrases and got Simplified);
 * without either, in the script that lists the phrase (掰掰 is Taiwan's).
 */
function smallTalkLanguage(talk: SmallTalk, guess: LanguageGuess, uiLocale: string | null): UiLanguage {
  const asked = normalizeLocale(guess.locale);
  if (talk.languages.length === 0) return isUiLanguage(uiLocale) ? uiLocale : guess.confident && isUiLanguage(asked) ? asked : 'en';
  if (isChinese(asked) && !guess.eitherScript && talk.languages.some(isChinese)) return asked;
  if (isUiLanguage(uiLocale) && talk.languages.includes(uiLocale)) return uiLocale;
  return isUiLanguage(asked) && talk.languages.includes(asked) ? asked : talk.languages[0]!;
}

function result(partial: Partial<FaqResult> & Pick<FaqResult, 'kind' | 'locale'>): FaqResult {
  return { faqId: null, confidence: 0, answer: null, suggestions: [], ...partial };
}

export interface EngineOptions {
  scorer?: ScorerOptions;
  /**
   * A classifier saved with exportModel() and read with readModel(): used instead of training when it was trained
   * on exactly this pack's questions with the same options and engine version, else ignored (the engine trains); so is
   * the handoff backstop saved with it, by its own key (see handoffRecogniserFor).
   */
  model?: FaqModel;
}

/**
 * Validates the pack, indexes it, and answers questions. Building is synchronous: ≈1 s for 10k alternates, most of
 * it training (twice when the thresholds are fitted: once without a fold to fit them on, and the handoff backstop),
 * which a fitting `model` skips.
 */
export function createFaqEngine(input: FaqPack, options: EngineOptions = {}): FaqEngine {
  const pack = parseFaqPack(input, `pack "${input.id}"`);
  const matcher = createMatcher(pack, options.scorer, options.model);
  // The pack's own thresholds; else those fitted with the given weights (the same training); else fitted now.
  const fitted = pack.thresholds ? undefined : (!matcher.trained && options.model?.thresholds) || fitThresholds(pack, options.scorer);
  const thresholds: Thresholds = pack.thresholds ?? fitted!;
  /**
   * The answer threshold of the question being answered: its reading language's own (faq/thresholds.ts), else the pack's.
   * answer() sets it before anything else; every helper below reads it within that one synchronous call.
   */
  const answerThresholdIn = (locale: string | null) => thresholds.answerByLocale?.[packLocaleOf(locale) ?? ''] ?? thresholds.answer;
  let answerAt = thresholds.answer;
  const byId = new Map(pack.entries.map((e) => [e.id, e]));
  const caution = pack.entries.map(isCaution);
  const latinWords = latinWordsOf(pack);
  const hanWords = hanWordsOf(pack);
  /**
   * The learned backstop behind the handoff rules, from the given model when it was trained on this pack, else trained
   * now; not asked about a message the rules read as mentioning a person without asking for one.
   */
  const recogniser = handoffRecogniserFor(pack, options.model?.handoff);
  const asksForPerson = (text: string, normalized: string) => {
    const read = personRequestOf(text, normalized);
    return read === 'asks' || (read === 'neither' && recogniser.isRequest(normalized));
  };

  // The pack locale of a question language. The keys are a closed set (detectLanguage's locales and the pack's).
  const packLocales = new Map<string | null, string | null>();
  const packLocaleOf = (question: string | null): string | null => {
    let own = packLocales.get(question);
    if (own === undefined) packLocales.set(question, (own = matchLocale(question, pack.locales)));
    return own;
  };
  const replyLocale = (question: string | null, uiLocale: string | undefined): string =>
    packLocaleOf(question) ?? matchLocale(uiLocale, pack.locales) ?? pack.defaultLocale;

  /**
   * The matches of one question's parts, by normalised text: a long message's sentences and its two questions are
   * often the same text ("Where is my refund? Can I cancel it?"), matched once. The top entry and its confidence do
   * not depend on how many entries are ranked, so every part is ranked as deep as the whole. A part that is nothing but
   * politeness asks nothing ("…，煩請協助確認" lifted an identity-verification reading to 0.73 by its 確認).
   */
  const partMatcher = (locale: string | null) => {
    const seen = new Map<string, Match | null>();
    return (text: string): Match | null => {
      const normalized = normalizeText(text);
      let match = seen.get(normalized);
      if (match === undefined) seen.set(normalized, (match = fillersOnly(normalized) ? null : matcher.match(text, locale, SUGGESTIONS, normalized)));
      return match;
    };
  };

  const suggestion = (index: number, locale: string) => {
    const entry = pack.entries[index]!;
    return { faqId: entry.id, question: entry.locales[locale]!.question };
  };

  /** An entry's answer; the other ranked entries as suggestions, and the second question's entry when there was one. */
  const answerWith = (answered: Ranked, locale: string, ranked: readonly Ranked[], secondIntent?: FaqResult['secondIntent']): FaqResult => {
    const entry = pack.entries[answered.index]!;
    return result({
      kind: 'answer',
      faqId: entry.id,
      confidence: answered.confidence,
      locale,
      answer: entry.locales[locale]!.answer,
      suggestions: ranked.filter((r) => r.index !== answered.index && r.confidence >= thresholds.suggest).map((r) => suggestion(r.index, locale)),
      ...(secondIntent && { secondIntent }),
    });
  };

  /** The entry a question (or a part of one) is answered with, if it is answered at all. */
  const answeredWith = (text: string, matchPart: (text: string) => Match | null) => {
    const match = matchPart(text);
    const best = match?.ranked[0];
    return best && !match.generic && best.confidence >= answerAt ? best : null;
  };

  /** The confidence a match would be answered with (0 when it would not be: nothing matched, or generic). */
  const answerable = (match: Match | null) => (match && !match.generic ? match.ranked[0]!.confidence : 0);

  /**
   * The clauses of a long message's sentences (cut at commas, 、 and semicolons), which may lift it as its sentences do:
   * a story is often one sentence with the matter in one clause ("tengo un puesto en el mercado y los clientes me pagan por
   * la app, pero después de cierto monto diario ya no me deja recibir, se puede aumentar"). None when
   * the whole is generic for naming another's thing, login or service ("銀行のATMで…、銀行の手数料を無料にする方法はありますか":
   * a clause without the ATM is no longer the bank's), nor when the message's last clause, where its ask stands (not the
   * politeness after it: "…，煩請協助確認"), is
   * off-topic alone ("…, the wallet moved over fine, but how do i transfer my whatsapp chats") or would be answered with
   * another entry ("cambie de celular, como paso mis contactos"). A last clause the off-topic class holds that is generic
   * and names nothing elsewhere asks nothing of its own ("…，钱转到别人那里去了，麻烦帮我看看").
   */
  const storyClauses = (sentences: readonly string[], whole: Match, normalized: string, matchPart: (text: string) => Match | null): string[] => {
    const clauses = sentences.flatMap((sentence) => {
      const own = storyClausesOf(sentence);
      return own.length > 1 ? own : [];
    });
    if (clauses.length === 0 || (whole.generic && namesElsewhere(normalized) !== null)) return [];
    const ask = sentences.flatMap(storyClausesOf).filter((clause) => !fillersOnly(normalizeText(clause))).at(-1);
    const asked = ask === undefined ? null : matchPart(ask);
    const top = asked?.ranked[0];
    if (!asked || !top) return clauses;
    const offTopic = top.evidence.outside >= OFF_TOPIC_SHARE && !(asked.generic && namesElsewhere(normalizeText(ask!)) === null);
    const elsewhere = top.index !== whole.ranked[0]!.index && answerable(asked) >= answerAt;
    return offTopic || elsewhere ? [] : clauses;
  };

  /**
   * The match of a long message: the whole, or one of its sentences that is matched with more confidence to the entry
   * the whole ranks first. The context around a question ("I left my phone in a taxi last night. What should I do?")
   * holds words the pack does not know and the off-topic class does. A sentence never brings in another entry (alone
   * it may be vague: "Can I get it back?" is a refund, where the whole message says it went to the wrong person).
   * When the hidden class holds the whole message for off-topic, a sentence lifts it only if what the message asks is
   * not off-topic alone: its sentences that end with a question mark, or all of them when none does. "My laptop got
   * slow after the update. How do I free up disk space?" asks something else, though its first sentence sounds like
   * ours; "Estuve de vacaciones en la playa toda la semana con la familia. Al volver vi en el saldo un cargo de una
   * tienda donde nunca he comprado. ¿Qué hago?" asks what to do about the charge, its holiday adding up to an off-topic
   * share of 0.85 over the whole (0.90 of the first sentence, 0.13 of the question).
   * A story told in one sentence is read by its clauses too (see storyClauses).
   */
  const focusedMatch = (text: string, normalized: string, locale: string | null, matchPart: (text: string) => Match | null) => {
    const whole = matcher.match(text, locale, SUGGESTIONS, normalized);
    const first = whole?.ranked[0];
    if (!first || answerable(whole) >= answerAt) return whole;
    // Another's place named anywhere is what a caution entry's words are about ("ジムの会費がずっと引き落とされてる、退会したい"):
    // no part without it ("退会したい") lifts closing or freezing the account (see namesAnotherPlace).
    if (caution[first.index] && namesAnotherPlace(normalized)) return whole;
    const sentences = sentencesOf(text);
    const pieces = [...sentences, ...storyClauses(sentences, whole!, normalized, matchPart)];
    if (pieces.length < 2) return whole;
    if (first.evidence.outside >= OFF_TOPIC_SHARE) {
      const asked = questionsOf(text);
      const offTopic = (sentence: string) => (matchPart(sentence)?.ranked[0]!.evidence.outside ?? 0) >= OFF_TOPIC_SHARE;
      if ((asked.length > 0 ? asked : sentences).some(offTopic)) return whole;
    }
    let best = whole!;
    for (const piece of pieces) {
      const match = matchPart(piece);
      if (match?.ranked[0]!.index === first.index && answerable(match) > answerable(best)) best = match;
    }
    return best;
  };

  /**
   * Whether what a message asks, its last clause with more than politeness (see storyClauses), is off-topic: the hidden
   * class holds it and most of its words are no entry's ("cuéntame un chiste", "receta de paella", "讲个笑话"; see
   * OFF_TOPIC_ASK_COVERAGE) or it is all but sure and some word is no entry's (see OFF_TOPIC_ASK_SURE), or it shares
   * nothing with the pack. Read of what is left once a beginner's words are cut: alone, those words are the
   * usage guide's question, and before an off-topic question they drew it to the guide (wrapped around the dev off-topic
   * rows not answered, seed 77, 360 of 654 were answered with it). A question the pack's words make up is not
   * off-topic, however the hidden class reads it: "how do i use this?" (outside 0.52), "¿cómo funciona esto?" (0.62),
   * "要怎麼開始" (0.63) are the guide's. The last clause, not all that is left: what the grammar leaves of
   * a longer phrase ("先日登録したばかりの者ですが、まず何をすればいいでしょうか" leaves "先日 の者ですが", words no entry has)
   * is no question.
   */
  const asksOffTopic = (text: string, matchPart: (text: string) => Match | null) => {
    const ask = sentencesOf(text).flatMap(clausesOf).filter((clause) => !fillersOnly(normalizeText(clause))).at(-1);
    if (ask === undefined) return false;
    const top = matchPart(ask)?.ranked[0];
    if (!top) return true;
    const { outside, coverage } = top.evidence;
    return outside >= OFF_TOPIC_SHARE && (coverage < OFF_TOPIC_ASK_COVERAGE || (outside >= OFF_TOPIC_ASK_SURE && coverage < 1));
  };

  /**
   * The entry the second part of a message is answered with, when what it asks is that: its last clause (see
   * asksOffTopic) alone is answered with the same entry. "I topped up and also paid the bill, but the payment failed.
   * what should I do?" asks what to do about the story, and its "paid the bill, but…" is no second question.
   */
  const askedWith = (part: string, matchPart: (text: string) => Match | null) => {
    const answered = answeredWith(part, matchPart);
    if (!answered) return null;
    const ask = sentencesOf(part).flatMap(clausesOf).filter((clause) => !fillersOnly(normalizeText(clause))).at(-1);
    return ask === undefined || ask.trim() === part || answeredWith(ask, matchPart)?.index === answered.index ? answered : null;
  };

  /**
   * Two questions in one, each part asking about another entry: the entry answered and the one offered after it. The
   * parts are those a connector that only ever opens a question makes ("by the way", 顺便问一下: the first part answered),
   * or else the first pair a mark makes (see splitsAtMarks), or then a joining word that may as well join two things of
   * one question (see splitsAtConnectors: and, 和, と, 이랑, y), that is two questions side by side: each part's words are
   * the pack's (MARK_TURN_COVERAGE), and each part alone is surer of its entry than the whole message is of its own. A
   * question after its context is read as one by the whole: "这个钱包我不用了，余额也提出来了，怎么注销" is closing the
   * account (0.96), surer than its story alone is of withdrawing (0.87); "密码忘了，退款怎么申请" is 0.63 a refund, each
   * part 0.99 its own. Split at a mark or a joining word, the whole
   * keeps its answer: when it is answered with one part's entry, that one is answered and the other offered ("没忘记密码，
   * 想定期更换" stays the security article; "怎么充值还有提现手续费多少" is the fees' question, top-up offered), and when it is
   * answered with a third entry, neither part is what it asks.
   */
  /**
   * A problem told before a question about another matter, joined by "and" ("密码忘了还有提现要手续费吗", "my payment keeps
   * failing and which payment methods can I use", "송금이 안 되고 수수료는 얼마예요"): the whole reads as the question, and the
   * problem (see statesProblem) is its entry's matter too, offered after the answer however sure the whole is. The
   * problem must be a confident answer in the pack's words, and the question the whole's reading: "my payment failed and
   * what should I do" asks about its problem, "I lost my phone and can't log in" asks nothing.
   */
  const toldBeforeQuestion = (a: string, b: string, kept: Ranked, matchPart: (text: string) => Match | null) => {
    if (!statesProblem(a) || !asksSomething(b) || deniesItsMatter(a)) return null;
    const problem = answeredWith(a, matchPart);
    if (!problem || problem.index === kept.index || problem.evidence.coverage < MARK_TURN_COVERAGE) return null;
    return askedWith(b, matchPart)?.index === kept.index ? { first: kept, second: problem } : null;
  };

  const twoIntents = (text: string, matchPart: (text: string) => Match | null, whole: Match | null) => {
    // A part that denies its matter ("没忘记密码", "I didn't forget my password") is not asked: the other part is,
    // answered alone.
    const asked = (a: string, b: string, first: Ranked, second: Ranked, both: { first: Ranked; second?: Ranked }) =>
      deniesItsMatter(a) ? { first: second } : deniesItsMatter(b) ? { first } : both;
    const connected = splitIntents(text);
    if (connected) {
      const [a, b] = connected;
      const first = answeredWith(a, matchPart);
      const second = first && askedWith(b, matchPart);
      return second && second.index !== first.index ? asked(a, b, first, second, { first, second }) : null;
    }
    // Each part must be the pack's words and surer than the whole: checked on the first part before the second is
    // matched, and on the second before its last clause is (a long message's parts are matched only as far as needed).
    const wholeSure = answerable(whole);
    const surer = (part: Ranked | null): part is Ranked =>
      part !== null && part.evidence.coverage >= MARK_TURN_COVERAGE && part.confidence > wholeSure;
    // A part a joining word divides is served beside the whole's reading only when it asks something, and two such parts
    // only when one does (see asksSomething): "チャージと出金の履歴" is the history's one question.
    for (const [joined, splits] of [[false, splitsAtMarks(text)], [true, splitsAtConnectors(text)]] as const) {
      const asks = (part: string) => !joined || asksSomething(part);
      for (const [a, b] of splits) {
        const told = joined && wholeSure >= answerAt ? toldBeforeQuestion(a, b, whole!.ranked[0]!, matchPart) : null;
        if (told) return told;
        const first = answeredWith(a, matchPart);
        if (!surer(first)) continue;
        const second = answeredWith(b, matchPart);
        if (!surer(second) || second.index === first.index || askedWith(b, matchPart) === null) continue;
        if (wholeSure < answerAt) {
          if (asks(a) || asks(b)) return asked(a, b, first, second, { first, second });
          continue;
        }
        const kept = whole!.ranked[0]!;
        if (kept.index !== first.index && kept.index !== second.index) return null;
        const other = kept.index === first.index ? b : a;
        if (asks(other)) return asked(a, b, first, second, kept.index === first.index ? { first: kept, second } : { first: kept, second: first });
      }
    }
    return null;
  };

  const engine: FaqEngine = {
    pack,
    thresholds,
    model: { ...matcher.model, ...(fitted && { thresholds: fitted }), handoff: recogniser.saved },
    modelSource: matcher.trained ? 'trained' : 'given',
    answer(text: string, answerOptions: AnswerOptions = {}): FaqResult {
      const ui = normalizeLocale(answerOptions.uiLocale);
      // The bot's sentences for the UI: its language's ("pt-PT" reads pt-BR's), else none (the server writes English).
      const uiSentences = matchLocale(ui, UI_LANGUAGES) as UiLanguage | null;
      const guess = inUiScript(byHanWords(detectLanguage(text), text, hanWords), ui);
      const normalized = normalizeText(text);
      // A question plainly in a language the pack lacks: the reply says so in that language, never another one's article
      // ("top up ошибка" got the Chinese top-up article). One the bot has no sentences in (ru, th, tr, it) is told so in
      // the visitor's UI language, or in its own (the server writes English) without one.
      const asked = guess.confident ? normalizeLocale(guess.locale) : null;
      const foreign = asked !== null && packLocaleOf(asked) === null ? (isUiLanguage(asked) || uiSentences === null ? asked : uiSentences) : null;
      // A word or two of no telling language ("Mitarbeiter", "xyz"): the bot's own sentences follow the visitor's UI, or the
      // UI's language is named when the bot has none in it ("it": the server writes English).
      const uiOnly = !guess.confident && !guess.mixedWithEnglish && ui !== null && matchLocale(ui, pack.locales) === null ? (uiSentences ?? ui) : null;
      // The language the question is read in (its synonyms, fillers): a fragment's by its words (see readingLocale).
      const reading = readingLocale(guess, normalized, latinWords);
      answerAt = answerThresholdIn(reading);
      if (asksForPerson(text, normalized)) {
        return result({ kind: 'handoff', confidence: 1, locale: foreign ?? uiOnly ?? replyLocale(reading, answerOptions.uiLocale) });
      }
      const talk = smallTalkOf(normalized);
      if (talk) {
        const language = smallTalkLanguage(talk, guess, ui);
        return result({ kind: 'smalltalk', confidence: 1, locale: language, answer: smallTalkReply(talk.kind, language) });
      }
      if (foreign) return result({ kind: 'none', locale: foreign });
      // No telling language, a UI language the pack lacks, and a word the pack's Latin languages never write ("OTP
      // gelmedi", "top up deu erro" from a Portuguese UI): the visitor's language, not the article of a pack language
      // their other words happen to match.
      if (uiOnly && guessedLatin(guess) && normalized.split(' ').some((word) => hasLetters(word) && !latinWords.has(word))) {
        return result({ kind: 'none', locale: uiOnly });
      }
      // No letters at all ("1", "2000", "?"): a menu choice or an amount is no question, whatever entry has the digits.
      if (guess.locale === null) return result({ kind: 'none', locale: uiOnly ?? replyLocale(null, answerOptions.uiLocale) });
      const matchPart = partMatcher(reading);
      // "es la primera vez que uso la app, ¿cómo recargo saldo?" asks how to top up: read without the beginner's words
      // when what is left is answered (alone, or before "¿cómo funciona?", they are the usage guide's question).
      const rest = beginnerRest(text, normalized);
      const wholeMatch = focusedMatch(text, normalized, reading, matchPart);
      const restMatch = rest === null ? null : focusedMatch(rest, normalizeText(rest), reading, matchPart);
      const fromRest = restMatch !== null && answerable(restMatch) >= Math.max(answerAt, answerable(wholeMatch) - BEGINNER_WEIGHT);
      // "es la primera vez que uso la app, ¿qué tiempo hace mañana?" asks about the weather: what is left is not the guide's.
      const offTopicRest = rest !== null && !fromRest && asksOffTopic(rest, matchPart);
      const question = fromRest ? rest! : text;
      // "¿necesito hablar con un asesor para cerrar mi cuenta?" asks about closing the account, not about the agents.
      const topic = topicOfNeed(question, normalizeText(question));
      const topicMatch = topic === null ? null : matchPart(topic);
      const read = topicMatch && answerable(topicMatch) >= answerAt ? topicMatch : fromRest || offTopicRest ? restMatch : wholeMatch;
      // A message about another's login is a "did you mean" whichever part of it was read (see asksAnothersLogin): a
      // sentence, a clause, what is left after a beginner's words, the topic of a need, either of two questions.
      const theirs = matcher.asksAnothersLogin(normalized, reading);
      const match = theirs && read ? { ...read, generic: true } : read;
      const questionIn = questionLocale(guess, match, sharedWordsOnly(guess, normalized, latinWords));
      const locale = replyLocale(questionIn, answerOptions.uiLocale);
      if (uiOnly && guessedLatin(guess) && locale === 'es' && WRITES_SPANISH_WORDS.has(uiOnly.split('-')[0]!)) return result({ kind: 'none', locale: uiOnly });
      const best = match?.ranked[0];
      // "How do I top up? And what are the fees?": the first answered, the second offered as a follow-up.
      const two = !theirs && twoIntents(question, matchPart, match);
      if (two) return answerWith(two.first, locale, match?.ranked ?? [], two.second && suggestion(two.second.index, locale));
      // A generic question whose every word the pack knows ("account help") is a vague question of the pack's, its
      // probability split among the entries its words are common to: a "did you mean" below the suggest threshold too.
      const vague = match?.generic === true && best?.evidence.coverage === 1;
      if (!match || !best || (best.confidence < thresholds.suggest && !vague)) {
        // Unanswered, guessed without certainty as a language the pack lacks ("chiudere il conto"), and no UI language of
        // the pack's: that language (English sentences for one the bot has none in), not the pack's default (Chinese).
        const unsure = packLocaleOf(questionIn) === null && matchLocale(ui, pack.locales) === null ? normalizeLocale(questionIn) : null;
        return result({ kind: 'none', confidence: best?.confidence ?? 0, locale: uiOnly ?? unsure ?? locale });
      }
      // A generic question ("my account") is never answered with whichever entry ranks first (it could be closing it),
      // and its "did you mean" leads with the entries that are not caution ones (closing or freezing the account).
      if (best.confidence < answerAt || match.generic) {
        const offered = match.generic ? [...match.ranked].sort((a, b) => Number(caution[a.index]) - Number(caution[b.index])) : match.ranked;
        return result({ kind: 'suggest', confidence: best.confidence, locale, suggestions: offered.map((r) => suggestion(r.index, locale)) });
      }
      return answerWith(best, locale, match.ranked);
    },
    entry(id, locale) {
      const entry = byId.get(id);
      if (!entry) return null;
      const resolved = matchLocale(locale, pack.locales) ?? pack.defaultLocale;
      return { ...entry.locales[resolved]!, id, locale: resolved };
    },
  };
  warmUp(engine);
  return engine;
}

/**
 * Answers each entry's question in each language once, so that the regexes a question runs are compiled and the hot
 * code is compiled by V8 before the first visitor's question, not during it (a fresh process's first pass over the
 * wallet questions: p99 4.1–4.5 ms, long messages 9.8–11.2 ms). The answers are thrown away: nothing an answer leaves
 * behind (the caches of remembered pieces and alternations) changes another.
 */
function warmUp(engine: FaqEngine): void {
  for (const entry of engine.pack.entries) for (const content of Object.values(entry.locales)) engine.answer(content.question);
}

/** The engine's trained classifier as bytes (read them back with readModel, pass them to createFaqEngine). */
export const exportModel = (engine: FaqEngine): Uint8Array => encodeModel(engine.model);
