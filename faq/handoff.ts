import { fillersOnly, hasLetters } from './fillers.ts';
import { normalizeText } from './normalize.ts';
import { clausesOf, sentencesOf } from './parts.ts';
import { smallTalkOf, thanksThePerson } from './smalltalk.ts';
import { foldTraditional } from './t2s.ts';
import { EN, EN_ALONE, EN_ES_CONNECT_ANYWAY, EN_ES_NEED_ASKED, EN_NEED, EN_NOT_ASKING, ES, ES_NOT_ASKING } from './handoff-en-es.ts';
import { ALONE, CJK_CONNECT_ANYWAY, CJK_NEED, JA, JA_NOT_ASKING, JA_TOLD_FIRST, JA_WHOLE, KO, KO_NEED_ASKED, KO_NOT_ASKING, ZH, ZH_NOT_ASKING, ZH_ON_NOW } from './handoff-cjk.ts';
import { OTHER, OTHER_ALONE } from './handoff-other.ts';
import { endsOfLongSentence, PUT_OFF } from './handoff-long.ts';
import { patternSet } from './pattern-set.ts';
import { readChineseSlips, readKoreanSlips, readLatinRun, readLatinSlips } from './handoff-slips.ts';
import { toldNoOneAnswered, WHO_TO_ASK } from './handoff-told.ts';

/**
 * "I want a human": a short, explicit request for a person, in any of the pack languages.
 * Checked on normalised text (so 轉人工 = 转人工, full width and accents do not matter) before
 * ranking. A request names a person (human, agent, 人工, オペレーター, 상담원, asesor…) together
 * with asking for one (talk to, connect me, 转, 代わって, 연결, pásame…); sentences that merely
 * mention a person ("someone stole my card", "가짜 상담원한테 알려줬어요") are not requests.
 */

/** Requests are short: at most this many words (spaced scripts) or characters (CJK; Japanese, whose keigo is long, a few more). */
const MAX_WORDS = 12;
const MAX_CJK_CHARS = 24;
const MAX_KANA_TEXT_CHARS = 32;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/** Regex sources may contain Traditional characters and Korean letters typed alone (ㄱㄱ): fold them as the text is folded. */
const fold = (source: string) => foldTraditional(source.normalize('NFKC'));
const re = (source: string) => new RegExp(fold(source), 'u');

/**
 * The patterns by script: each Chinese, Japanese or Korean one holds a Han, kana or Hangul character, each other one a
 * letter of another script, so a text is tried only against the patterns of the scripts it is written in.
 */
const CJK_PATTERNS = patternSet([...ZH, ...JA, ...KO].map(fold));
const OTHER_PATTERNS = patternSet([...EN, ...ES, ...OTHER].map(fold));
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const NOT_CJK_LETTER = /[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const matchesPattern = (text: string) =>
  (CJK.test(text) && CJK_PATTERNS.test(text)) || (NOT_CJK_LETTER.test(text) && OTHER_PATTERNS.test(text));
/**
 * Whether one must talk to a person for something ("do I need to talk to an agent to close my account?", 要联系客服才能
 * 注销账户吗): no request either; in English, Spanish and Korean declaratives only when the text asks it (the NEED_ASKED
 * sources: "¿necesito hablar con un asesor para…?" without its marks is the request).
 */
const NEED_SOURCES = [...EN_NEED, ...CJK_NEED].map(fold);
const NEED_ASKED_SOURCES = [...EN_ES_NEED_ASKED, ...KO_NEED_ASKED].map(fold);
/**
 * Clauses that mention a person without asking for one: they turn the request down ("I don't need a human, just tell me
 * the fee", "不用帮我转真人客服") or ask about the human service (its hours, its phone number: the contact article's).
 * A question whether one needs a person (NEED_SOURCES) is one of them.
 */
const NOT_ASKING = patternSet([...[...EN_NOT_ASKING, ...ES_NOT_ASKING, ...ZH_NOT_ASKING, ...JA_NOT_ASKING, ...KO_NOT_ASKING].map(fold), ...NEED_SOURCES]);
const NEED_ASKED = patternSet(NEED_ASKED_SOURCES);
const ASKS = /[?？¿]/u;
/** `asks`: the message has a question mark (a clause of it has lost it). */
const notAsking = (normalized: string, asks: boolean) => NOT_ASKING.test(joinCjk(normalized)) || (asks && NEED_ASKED.test(normalized));

const NEED_REGEXES = NEED_SOURCES.map((source) => new RegExp(source, 'u'));
const NEED_ASKED_REGEXES = NEED_ASKED_SOURCES.map((source) => new RegExp(source, 'u'));

/**
 * What a question whether one needs a person is about: its text without that part ("do I need to talk to an agent to
 * close my account?" → "to close my account", 返金にはオペレーターと話す必要がありますか → 返金にはがありますか), or null for
 * any other text. The person's words would draw it to the contact article.
 */
export function topicOfNeed(text: string, normalized = normalizeText(text)): string | null {
  const joined = joinCjk(normalized);
  let found: RegExpExecArray | null = null;
  for (const regex of NEED_REGEXES) if ((found = regex.exec(joined))) break;
  if (!found && ASKS.test(text)) for (const regex of NEED_ASKED_REGEXES) if ((found = regex.exec(normalized))) break;
  if (!found) return null;
  const rest = `${found.input.slice(0, found.index)} ${found.input.slice(found.index + found[0].length)}`.trim();
  return hasLetters(rest) ? rest : null;
}

/** Requests only as the whole message, never as a long message's first or last sentence. */
const ALONE_PATTERNS = patternSet([...EN_ALONE, ...ALONE, ...OTHER_ALONE].map(fold));

/**
 * A nudge to answer, after "is anyone there?" (人いますか？返事ください, "anyone there? please answer"): the call is still the
 * whole message, no question of its own after it.
 */
const REPLY_NUDGE = re(
  '^(?:please |pls )?(?:answer|reply|respond)(?: me)?(?: please| pls)?$|^(?:por favor )?(?:responde|respondan|responda|contesta|contesten|conteste)(?:me|nme)?(?: por favor)?$|' +
    '^(?:请|麻烦|快)?回(?:复|覆)?(?:我|一下|我一下)(?:啊|吧|好吗|好不好)?$|^(?:お)?(?:返事|返信|応答)(?:して|を)?(?:ください|下さい|お願い(?:します)?|ちょうだい|くれ)?$|^(?:답장|답변|대답|답) ?(?:좀 )?(?:해 ?)?(?:주세요|줘요|줘)$',
);

/** Requests only as the whole message as it was sent, read before what would turn them down (see JA_WHOLE, ZH_ON_NOW). */
const WHOLE_PATTERNS = patternSet([...JA_WHOLE, ...ZH_ON_NOW].map(fold));

/** Words that alone are a request ("人工", "真人？") once politeness is stripped, but not inside "人工智能". */
const BARE_ZH = new Set(['人工', '真人', '客服', '人类', '专人', '专员', '客服人员', '人工服务', '真人客服', '人工客服', '客服专员', '真人服务']);
/**
 * The desk addressed by name before what is asked of it ("客服，我的退款怎么还没到"): the visitor's question, not a request
 * for a person (with a question after it, 1,901 of the 2,000 Chinese alternates were heard as one). A person named
 * (人工, 真人客服), or 客服 alone, still asks for one.
 */
const ADDRESS_ZH = new Set(['客服', '客服人员']);
const ZH_FILLERS = /我要|我想|请|帮我|给我|麻烦|谢谢|一下|可以|呢|吧|啊|吗|呀|嘛/g;

/** A clause that denies the request it holds ("Please do not connect me to an agent, just tell me the fee"); not the bot turned down (챗봇 말고 상담사님께). */
const DENIAL = re('\\b(?:dont|do not|no need to|never|no me (?:pases|pasen|transfieras))\\b|不要|不用|别|无需|しないで|しなくて|(?<!(?:챗봇|봇|로봇|기계|자동 ?(?:응답|답변|안내)|ars) ?)말고|마세요');

/** A clause of nothing but greetings, thanks or politeness ("Hi", "thank you", "por favor", "よろしくお願いします"). */
const isCourtesy = (normalized: string) => smallTalkOf(normalized) !== null || fillersOnly(normalized);

/**
 * Where a Korean sentence typed without punctuation ends: after a word in 다, 요 or 죠 ("… 답답합니다 직원분이랑 통화하고 싶어요"),
 * not after a noun that ends in 요 ("상담원 도움이 필요 없어요": 필요, 중요, 주요).
 */
const KOREAN_SENTENCE_END = /(?<=\p{Script=Hangul}[다요죠])(?<!필요|중요|주요|수요) (?=\p{Script=Hangul})/u;

/**
 * Japanese and Korean say what they ask last, after its reason ("…残高も合わないのでオペレーターにつないでください", "…안
 * 되니까 직원분이랑 직접 통화하고 싶습니다"), and Chinese after 所以: a long sentence's end from one of them on is a
 * request of its own (from each: "…失敗していますオペレーターさんに代わってもらえますか" ends in ます, then か). English
 * asks after a polite lead ("I was wondering if it might be possible to speak with someone from your team").
 */
const AFTER_REASON =
  /(?<=ので|のに|から|ため|ます|です|ません|ました|ていて|なくて|所以|因此|\p{Script=Hangul}(?:는데|은데|니까|으니|어서|아서|해서|라서|워서|돼서|되서|지만)(?= )|\b(?:wondering if|wonder if|possible to|possible for me to|(?:any|a) way (?:i could|i can|to)|so (?:please|can you|could you)) )/u;

/** A question mark after a sentence (it ended a question). */
const QUESTION_END = /^\s*[?？]/u;

/**
 * `normalized`: normalizeText(text), when the caller has it already. A long message asks for a person in one of its
 * sentences ("I've explained this three times. Get me someone who can help"), in a clause of one once its greetings
 * and thanks are left out ("Thanks for the answers so far, but could I speak with a real person? I'd appreciate it"),
 * or opens a question with the request ("Can someone from your team call me back at the number on my account?"); in
 * Japanese, Korean and Chinese, a long sentence ends with it after its reason (see AFTER_REASON). A
 * clause that denies the request is not one, nor a request inside a long sentence ("… and I want to talk to a human
 * about it if this goes on any longer").
 */
export const isHandoffRequest = (text: string, normalized = normalizeText(text)): boolean => personRequestOf(text, normalized) === 'asks';

/**
 * How the rules read a message (see isHandoffRequest): it asks for a person; it mentions one without asking for one —
 * thanks them, turns the request down or asks about the human service (人工客服热线, "is the chat with an agent
 * free?"), and then the learned backstop (handoff-learned.ts) is not asked: the rules have read it, and it is no request,
 * whatever its words; or neither.
 */
export function personRequestOf(text: string, normalized = normalizeText(text)): 'asks' | 'mentions' | 'neither' {
  // オペレーターさん、ありがとうございました: thanks to the person, not a call for one; "am I talking to a robot or a human?":
  // a question about the bot, which its reply answers with the way to a person. One read by its words alone ("be honest,
  // are you a robot") only when the rules hear no request in it.
  const bot = smallTalkOf(normalized)?.kind === 'bot' ? smallTalkOf(normalized)! : null;
  if (thanksThePerson(normalized) || (bot && !bot.byWords)) return 'mentions';
  if (WHOLE_PATTERNS.test(joinCjk(normalized))) return 'asks';
  const asks = ASKS.test(text);
  if (!notAsking(normalized, asks)) return asksForPerson(text, normalized) ? 'asks' : bot ? 'mentions' : 'neither';
  // A message that turns a request down or asks about the service asks for a person only in its other clauses
  // ("人工客服几点上班？算了，直接转人工吧"), or by a bare "connect me" after its question ("상담원 연결 시 비용 있나요? 그래도 연결해 주세요").
  const others = sentencesOf(text)
    .flatMap(clausesOf)
    .filter((clause) => !notAsking(normalizeText(clause), asks));
  const asked = others.length > 0 && (asksForPerson(others.join('. ')) || others.some((clause) => CONNECT_ANYWAY.test(joinCjk(normalizeText(clause)))));
  return asked ? 'asks' : 'mentions';
}

/** "Connect me anyway" after a question about the person's service (its cost, its hours): the person just asked about. */
const CONNECT_ANYWAY = patternSet([...EN_ES_CONNECT_ANYWAY, ...CJK_CONNECT_ANYWAY].map(fold));

/** "Who do I ask about this?" after a story of no one answering (see ./handoff-told.ts). */
const WHO_ASKED = patternSet(WHO_TO_ASK.map(fold));

/** A Japanese message's opening clause that tells what a person did (see JA_TOLD_FIRST). */
const TOLD_FIRST = re(JA_TOLD_FIRST);

function asksForPerson(text: string, normalized = normalizeText(text)): boolean {
  if (isShortRequest(normalized.replace(TOLD_FIRST, '').trim()) || ALONE_PATTERNS.test(joinCjk(normalized))) return true;
  const sentences = sentencesOf(text).flatMap((sentence) => sentence.split(KOREAN_SENTENCE_END));
  // "Is anyone there?" last, after what went wrong (何回やってもエラーになる。誰かおらんの？): asked of the chat, not opening a question.
  const last = sentences.length > 0 ? normalizeText(clausesOf(sentences[sentences.length - 1]!).at(-1)!) : normalized;
  if (last !== normalized && ALONE_PATTERNS.test(joinCjk(last))) return true;
  if (last !== normalized && WHO_ASKED.test(joinCjk(last)) && toldNoOneAnswered(normalized.slice(0, Math.max(0, normalized.length - last.length)))) return true;
  if (sentences.length > 1 && ALONE_PATTERNS.test(joinCjk(normalizeText(sentences[0]!))) && sentences.slice(1).every((sentence) => REPLY_NUDGE.test(normalizeText(sentence)))) return true;
  // A Chinese message's last part after a space typed for a comma (这破机器人啥也不懂 人工呢, 剛剛那個沒用 還有別人嗎), heard as a clause: not the desk addressed alone.
  const tail = KANA.test(normalized) ? '' : normalized.split(HAN_SPACE).at(-1)!;
  if (tail !== normalized && tail !== '' && !ADDRESS_ZH.has(tail) && !notAsking(tail, false) && (isShortRequest(tail) || ALONE_PATTERNS.test(joinCjk(tail)))) return true;
  return sentences.some((sentence) => {
    const whole = normalizeText(sentence);
    // (a sentence or clause that tells what a person did is none: 昨日オペレーターに繋いでもらいました。返金はいつですか)
    if (sentences.length > 1 && notAsking(whole, false)) return false;
    if (sentences.length > 1 && isShortRequest(whole)) return true;
    const reasons = whole.split(AFTER_REASON);
    for (let i = reasons.length - 1, end = ''; i > 0 && end.length <= MAX_KANA_TEXT_CHARS; i--) {
      end = reasons[i] + end;
      if (!DENIAL.test(end) && isShortRequest(end.trim())) return true;
    }
    const asks = wordCount(whole) > MAX_WORDS && QUESTION_END.test(text.slice(text.indexOf(sentence) + sentence.length));
    if (asks && isShortRequest(firstWords(whole, MAX_WORDS))) return true;
    if ((wordCount(whole) > MAX_WORDS || tooManyCjk(whole)) && !PUT_OFF.test(whole)) {
      if (endsOfLongSentence(whole).some((part) => !DENIAL.test(part) && isShortRequest(part))) return true;
    }
    const parts = clausesOf(sentence);
    if (parts.length < 2) return false;
    const clauses = parts.map(normalizeText).filter((clause) => !isCourtesy(clause) && !notAsking(clause, false));
    if (clauses.length < parts.length && clauses.length > 0 && isShortRequest(clauses.join(' '))) return true;
    return clauses.length > 1 && clauses.some((clause, i) => !DENIAL.test(clause) && !(i === 0 && ADDRESS_ZH.has(clause)) && isShortRequest(clause));
  });
}

/** Text without Han, kana or Hangul skips what only they need (a long message checks many clauses: a fifth of its CPU). */
const NOT_CJK_CHARS = /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const HAN = /\p{Script=Han}/u;
/** A space between two Han characters: a comma in Chinese typed without one. */
const HAN_SPACE = /(?<=\p{Script=Han}) (?=\p{Script=Han})/u;
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** normalized.split(' ').length, without the array. */
function wordCount(normalized: string): number {
  let words = 1;
  for (let at = normalized.indexOf(' '); at >= 0; at = normalized.indexOf(' ', at + 1)) words++;
  return words;
}

/** normalized.split(' ').slice(0, count).join(' '), without the arrays. */
function firstWords(normalized: string, count: number): string {
  let at = -1;
  for (let words = 0; words < count; words++) if ((at = normalized.indexOf(' ', at + 1)) < 0) return normalized;
  return normalized.slice(0, at);
}

/** Too many Han, kana or Hangul characters for a request (a text of fewer UTF-16 units is never: none is counted twice). */
function tooManyCjk(normalized: string): boolean {
  if (normalized.length <= MAX_CJK_CHARS || !CJK.test(normalized)) return false;
  const most = KANA.test(normalized) || HANGUL.test(normalized) ? MAX_KANA_TEXT_CHARS : MAX_CJK_CHARS;
  return normalized.length > most && normalized.replace(NOT_CJK_CHARS, '').length > most;
}

function isShortRequest(normalized: string): boolean {
  if (normalized === '' || wordCount(normalized) > MAX_WORDS || tooManyCjk(normalized)) return false;
  const joined = joinCjk(normalized);
  if (matchesPattern(joined)) return true;
  // English and Spanish person words mistyped ("a reel persom", "un umano"), read as another reading beside the text as it
  // was typed (in another language a word may be one of them as typed: Indonesian "minta agen").
  const unslipped = readLatinSlips(joined);
  if (unslipped !== joined && matchesPattern(unslipped)) return true;
  // Words typed without spaces ("talktoagent", "pasameconunasesor"): read with them, when the run is made of request words.
  const spaced = readLatinRun(joined);
  if (spaced !== joined && matchesPattern(spaced)) return true;
  // Japanese typed in katakana alone, as half-width text often is (ｵﾍﾟﾚｰﾀｰ ﾆ ﾂﾅｲﾃﾞ): read in hiragana, as the patterns spell its words.
  // (tested before the kana words are read as kanji: タントウシャニツナイデクダサイ holds 担当者 once joined)
  if (KATAKANA_ONLY.test(normalized) && matchesPattern(joinCjk(toHiragana(normalized)))) return true;
  // "agent agent now" and "人工 人工 快点" ask as "agent now" and "人工 快点": a word typed again at once is the word.
  const once = wordsOnce(normalized);
  if (once !== normalized && matchesPattern(joinCjk(once))) return true;
  // "agent agent agent" and "真人真人真人" ask as plainly as "agent" and "真人".
  const compact = normalized.replace(/ /g, '');
  const unit = repeatedUnit(compact);
  if (unit !== compact && matchesPattern(unit)) return true;
  // (not "谢谢客服": thanks to the desk the visitor is talking to)
  return HAN.test(compact) && BARE_ZH.has(repeatedUnit(compact.replace(ZH_FILLERS, ''))) && smallTalkOf(normalized) === null;
}

/**
 * Words read as the patterns spell them: Cantonese as written in Hong Kong read as the Mandarin the patterns are written
 * in (after Traditional folding): 有冇真人 = 有没有真人, 搵客服 = 找客服, 同客服倾 = 跟客服聊, 唔该 = 请, 听唔明 = 听不懂, 唔好 = 不要, 喺度 = 在,
 * 俾我 = 给我, 你哋 = 你们, 出嚟 = 出来; Taiwan's 注音文 (ㄅ要 = 不要, 有真人ㄇ = 有真人吗, ㄋ們 = 你们) and spellings (回覆 = 回复, 老闆 = 老板); the pinyin input's slips (转人功, 人工课服); Japanese typed in kana where the patterns have kanji (おねがい = お願い,
 * 人間のかた = 人間の方, タントウシャ and half-width ﾀﾝﾄｳｼｬ = 担当者, ニンゲン = 人間) or the input's slips (担当社, 担当車 = 担当者).
 */
const READ_AS: Readonly<Record<string, string>> = {
  人功: '人工', 人公: '人工', 课服: '客服', 有冇: '有没有', 冇: '没', 搵: '找', 倾: '聊', 唔该: '请', 唔明: '不懂', 唔好: '不要', 唔: '不', 喺度: '在', 喺: '在', 俾: '给', 点样: '怎么', 哋: '们', 嚟: '来', ㄅ要: '不要', ㄅ想: '不想', ㄇ: '吗', ㄋ: '你', 回覆: '回复', 老闆: '老板',
  おねがい: fold('お願い'), のかた: 'の方', おぺさん: 'オペさん', タントウシャ: fold('担当者'), エージェント: fold('担当者'), ニンゲン: fold('人間'), セキニンシャ: fold('責任者'), 担当社: fold('担当者'), 担当車: fold('担当者'), 係りの: fold('係の'),
};
/** READ_AS by its words folded as normalised text is (搵 is 揾 there). */
const READ_FOLDED = new Map(Object.entries(READ_AS).map(([word, read]) => [fold(word), read]));
const READ_AS_RE = new RegExp([...READ_FOLDED.keys()].join('|'), 'gu');
/** English words for a person or the bot before Japanese (human と話したい, agentにつないで), read as the patterns spell them (not "human pls": the English patterns' own). */
const ENGLISH_READ_AS: Readonly<Record<string, string>> = {
  human: fold('人間'), 'real person': fold('人間'), agent: fold('担当者'), operator: 'オペレーター', staff: 'スタッフ', cs: 'サポート', 'customer service': 'サポート', bot: 'ボット', chatbot: 'チャットボット',
};
const ENGLISH_IN_KANA = /(?<![a-z])(?:human|real person|agent|operator|staff|customer service|cs|chatbot|bot) ?(?=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])/gu;
/**
 * English words for a person typed into Chinese or Korean, before or after it (可以转给real person吗, 我要找agent, agent 연결
 * 부탁드려요, human이랑 대화하고 싶어요), read as the patterns spell them.
 */
const ENGLISH_IN_HAN: Readonly<Record<string, string>> = { human: '真人', 'real person': '真人', agent: '人工', operator: '人工', staff: '工作人员', cs: '客服', 'customer service': '客服' };
const ENGLISH_IN_HANGUL: Readonly<Record<string, string>> = { human: '사람', 'real person': '실제 사람', agent: '상담원', operator: '상담원', staff: '직원', cs: '고객센터', 'customer service': '고객센터' };
const ENGLISH_PERSON = '(?<![a-z])(?:human|real person|agent|operator|staff|customer service|cs)(?![a-z])';
/** (not after an English word: "talk to agent 상담원이요" is the English patterns' own) */
const ENGLISH_BESIDE_HAN = new RegExp(`(?<=\\p{Script=Han}) ?${ENGLISH_PERSON}|(?<![a-z] )${ENGLISH_PERSON}(?= ?\\p{Script=Han})`, 'gu');
const ENGLISH_BESIDE_HANGUL = new RegExp(`(?<=\\p{Script=Hangul}) ?${ENGLISH_PERSON}|(?<![a-z] )${ENGLISH_PERSON}(?= ?\\p{Script=Hangul})`, 'gu');
const LATIN = /[a-z]/u;

/** The English person words of a text in Chinese or Korean read in its language (see ENGLISH_IN_HAN), others left. */
function readEnglishPerson(normalized: string): string {
  if (!LATIN.test(normalized)) return normalized;
  if (HANGUL.test(normalized)) return normalized.replace(ENGLISH_BESIDE_HANGUL, (word) => ENGLISH_IN_HANGUL[word.trim()]!);
  return KANA.test(normalized) ? normalized : normalized.replace(ENGLISH_BESIDE_HAN, (word) => ENGLISH_IN_HAN[word.trim()]!);
}
const LONG_VOWELS = /ー{2,}/gu;
/** オペレーター as it is mistyped: オペレター, オペレーダー, オペーレーター, おぺれーた. */
const OPERATOR_SLIPS = /[オお][ペぺ]ー?[レれ]ー?[タたダだ]ー?/gu;

/** Hiragana or a Han character drawn out (誰かー, 人間さーん, 詳しい人ー): the long vowel mark belongs to katakana words only. */
const DRAWN_OUT = /(?<=[\p{Script=Hiragana}\p{Script=Han}])ー+/gu;

/** A space between two CJK words; the long vowel mark ー is no kana by its script (オペレーター お願いします was no request). */
const CJK_SPACE = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])/gu;

/**
 * "转 人工": CJK words typed apart are one phrase; Cantonese, kana words and English ones in Japanese read as the patterns spell them; a long vowel
 * drawn out (オペレーターーー) is one, and オペレーター mistyped is オペレーター.
 */
function joinCjk(normalized: string): string {
  if (!HAN_OR_KANA.test(normalized)) return HANGUL.test(normalized) ? readKoreanSlips(readEnglishPerson(normalized)) : normalized;
  // A message is joined twice in a row: looking for a refusal, then for a request alone.
  if (normalized === joinedLast.text) return joinedLast.joined;
  const read = KANA.test(normalized) ? normalized.replace(ENGLISH_IN_KANA, (word) => ENGLISH_READ_AS[word.trim()]!) : readChineseSlips(readEnglishPerson(normalized));
  const joined = read.replace(READ_AS_RE, (word) => READ_FOLDED.get(word)!).replace(LONG_VOWELS, 'ー').replace(OPERATOR_SLIPS, 'オペレーター').replace(DRAWN_OUT, '').replace(CJK_SPACE, '');
  joinedLast = { text: normalized, joined };
  return joined;
}
let joinedLast = { text: '', joined: '' };

const KATAKANA_ONLY = /^[\p{Script=Katakana}ー ]+$/u;
const toHiragana = (text: string) => text.replace(/[\u30a1-\u30f6]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));

/** The words of a normalised text, each typed again at once kept once ("agent agent now" → "agent now"). */
function wordsOnce(normalized: string): string {
  const words = normalized.split(' ');
  return words.filter((word, i) => word !== words[i - 1]).join(' ');
}

/** "真人真人真人" → "真人": the shortest unit the text repeats (the text itself when it repeats none), without backtracking. */
function repeatedUnit(text: string): string {
  const period = `${text}${text}`.indexOf(text, 1);
  return period > 0 && period < text.length ? text.slice(0, period) : text;
}
