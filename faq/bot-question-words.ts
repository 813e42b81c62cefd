/**
 * A question about who or what is answering, read by its words where no pattern of bot-question.ts spells it out ("be
 * honest, are you a robot", 这边回复你的是机器人吗, 相手は機械なの, 상담사님 지금 기계예요?): a short message made only of one
 * language's words for the bot or a person, for "are you" / "is this" / "am I talking to", for a question, and fillers.
 * No word of a request (want, connect, there, 要, 转, 有, 話したい, 있어요, 연결, quiero, hay) nor of any matter is among
 * them, so a message holding one is never read so; the handoff rules read the message first (see personRequestOf).
 * Checked on normalised text (lower case, no accents or punctuation, Traditional and kanji folded to Simplified).
 */
import { foldTraditional } from './t2s.ts';
import type { UiLanguage } from './smalltalk.ts';

/** A word's part: the bot or a person (WHAT), "are" or "you" (FRAME), a question's end (ASKS), or any other allowed word. */
const WHAT = 1;
const FRAME = 2;
const ASKS = 4;
const ALL = WHAT | FRAME | ASKS;

interface Vocabulary {
  languages: readonly UiLanguage[];
  /** Words are typed apart (English, Spanish), else read as a run of known words (Chinese, Japanese, Korean). */
  spaced: boolean;
  what: string;
  frame: string;
  /** Without it, a question's end is not needed (English and Spanish ask by their word order). */
  asks?: string;
  words: string;
}

const VOCABULARIES: readonly Vocabulary[] = [
  {
    languages: ['en'],
    spaced: true,
    what: 'bot robot chatbot ai machine computer program human person automated agent',
    frame: 'are r is am was were youre ur who',
    words:
      'a an the or just actually really real live actual even right now rn here i me my we you u ya this it these to with by from ' +
      'talking chatting speaking texting typing replying answering responding writing reading run handled written sent generated ' +
      'answers answer replies reply responses response chat conversation system assistant virtual automatic being ' +
      'lol haha so wait hey hi hello ok okay honestly seriously be honest tell truth not though tho then sorry quick question curious huh what',
  },
  {
    languages: ['es'],
    spaced: true,
    what: 'bot robot chatbot humano humana persona maquina ia programa computadora asistente automatico automatica automaticas automaticos automatizado automatizada',
    frame: 'eres es sos son estoy estamos hablo chateo quien',
    words:
      'un una el la las los lo tu usted me nos te o u de verdad real con hablando chateando escribiendo conversando respondiendo contestando ' +
      'responde contesta escribe esta estan esto este aqui chat respuestas respuesta virtual oye hola disculpa pregunta cierto no jaja que sea entonces pues acaso dime',
  },
  {
    languages: ['zh-CN', 'zh-TW'],
    spaced: false,
    what: '机器人 机械人 机器 真人 活人 真的人 人工智能 人工智慧 ai 程序 程式 电脑 自动回复 自动回覆 自动应答 人 人类 智能客服 客服机器人 聊天机器人 机器人客服 人工 真人客服 人工客服 bot',
    frame: '你 您 这 这个 这些 这边 对面 那边 是',
    asks: '吗 吧 呢 啊 呀 嘛 哦 还是 是不是 不是',
    words: '的 请问 问一下 到底 真的 究竟 现在 目前 在 跟 和 同 我 聊天 聊 说话 讲话 对话 回复 回覆 回答 回 打字 都 一个 个 所以 那 那么 客服 其实 正在 啦 了 嗯 哈 就 一直 们',
  },
  {
    languages: ['ja'],
    spaced: false,
    what: 'ボット ロボット チャットボット ai 人間 人 機械 自動応答 自動返信 プログラム 生身の人間 bot',
    frame: 'あなた これ それ そちら そっち 相手 こちら 君 きみ',
    asks: 'ですか でしょうか なの なんですか なんですね ですよね だよね か かな かしら の のか んですか',
    words:
      'は って が と も 本当に ほんとに 本当の 本物の 今 いま それとも ね よね ちなみに ところで あの すみません もしかして まさか です ' +
      '話している 話してる 話しています 話してます しゃべってる しゃべっている チャットしている チャットしてる 返信 回答 対応 返事 答えて ' +
      'している してる しています してます ている てる ています',
  },
  {
    languages: ['ko'],
    spaced: false,
    what: '봇 로봇 챗봇 사람 기계 ai 자동응답 자동답변 자동상담 상담봇 채팅봇 프로그램 상담원 상담사 인공지능 에이아이',
    frame:
      '이에요 예요 이세요 세요 인가요 이신가요 신가요 인가 이야 야 이지 이죠 죠 입니까 이십니까 맞아요 맞나요 맞으세요 맞죠 맞지 맞냐 임 냐 이냐 이니 ' +
      '인거죠 거예요 거에요 건가요 거죠 거야 건가 거임 이에여 예여',
    words:
      '너 님 당신 이거 지금 혹시 근데 그럼 그러면 그쪽 진짜 실제 정말 아니면 이랑 랑 하고 과 와 이 가 은 는 답하는 대답하는 답변하는 응답하는 ' +
      '채팅하는 대화하는 얘기하는 이야기하는 말하는 하는 중 분 답하시는 답변하시는 채팅하시는 저랑 나랑 ㅋㅋ ㅎㅎ',
  },
];

const fold = (word: string) => foldTraditional(word.normalize('NFKC'));

interface Reading {
  languages: readonly UiLanguage[];
  spaced: boolean;
  needs: number;
  /** Each word and its parts. */
  parts: ReadonlyMap<string, number>;
  /** The lengths of the words, longest first (unspaced reading). */
  lengths: readonly number[];
}

const READINGS: readonly Reading[] = VOCABULARIES.map((v) => {
  const parts = new Map<string, number>();
  const add = (list: string, part: number) => {
    for (const word of list.split(' ')) parts.set(fold(word), (parts.get(fold(word)) ?? 0) | part);
  };
  add(v.words, 0);
  add(v.what, WHAT);
  add(v.frame, FRAME);
  if (v.asks) add(v.asks, ASKS);
  const lengths = [...new Set([...parts.keys()].map((word) => word.length))].sort((a, b) => b - a);
  return { languages: v.languages, spaced: v.spaced, needs: v.asks ? ALL : WHAT | FRAME, parts, lengths };
});

/** Some language's word for the bot or a person, anywhere: a text without one is not read further (most are not). */
const ANY_WHAT = new RegExp([...new Set(VOCABULARIES.flatMap((v) => v.what.split(' ').map(fold)))].join('|'), 'u');

/** Longer texts are never read so (in characters; spaced ones also in words). */
const MAX_CHARS = 48;
const MAX_WORDS = 14;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The parts a text's words hold together (WHAT | FRAME | ASKS), or -1 when a word is none of the language's. An unspaced
 * text is read as every way of cutting it into known words (each cut's parts kept apart: 8 sets of parts at most).
 */
function partsOf(text: string, reading: Reading): number {
  if (reading.spaced) {
    let found = 0;
    for (const word of text.split(' ')) {
      const part = reading.parts.get(word);
      if (part === undefined) return -1;
      found |= part;
    }
    return found;
  }
  // reach[at]: the sets of parts (a bit each of 8) of the ways to read text[0, at) as known words.
  const reach = new Uint8Array(text.length + 1);
  reach[0] = 1;
  for (let at = 0; at < text.length; at++) {
    if (reach[at] === 0) continue;
    for (const length of reading.lengths) {
      const part = at + length <= text.length ? reading.parts.get(text.slice(at, at + length)) : undefined;
      if (part === undefined) continue;
      for (let parts = 0; parts < 8; parts++) if (reach[at]! & (1 << parts)) reach[at + length]! |= 1 << (parts | part);
    }
  }
  const ways = reach[text.length]!;
  if (ways === 0) return -1;
  let best = 0;
  for (let parts = 0; parts < 8; parts++) if (ways & (1 << parts) && (parts & reading.needs) === reading.needs) best = parts;
  return best;
}

/** The languages of a question about who or what is answering, read by its words (see above), or null. */
export function botQuestionByWords(normalized: string): readonly UiLanguage[] | null {
  if (normalized.length === 0 || normalized.length > MAX_CHARS || !ANY_WHAT.test(normalized)) return null;
  const cjk = CJK.test(normalized);
  const text = cjk ? normalized.replace(/ /g, '') : normalized;
  if (!cjk && text.split(' ').length > MAX_WORDS) return null;
  for (const reading of READINGS) {
    if (reading.spaced === cjk) continue;
    const parts = partsOf(text, reading);
    if (parts >= 0 && (parts & reading.needs) === reading.needs) return reading.languages;
  }
  return null;
}
