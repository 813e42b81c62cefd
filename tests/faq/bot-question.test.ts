import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { botQuestionLanguages } from '../../faq/bot-question.ts';
import { botQuestionByWords } from '../../faq/bot-question-words.ts';
import { personRequestOf } from '../../faq/handoff.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { smallTalkOf } from '../../faq/smalltalk.ts';
import { MINI_PACK, runEngine } from '../helpers/faq-model-seed.ts';

let engine: FaqEngine;
beforeAll(async () => {
  engine = await runEngine(MINI_PACK);
});

// Who or what is answering, asked without asking for anyone: [text, the language of the reply].
const ABOUT_THE_BOT: readonly [string, string][] = [
  ['are you a bot?', 'en'], ['is this a real person?', 'en'], ['am I talking to a robot or a human?', 'en'], ['wait, is this automated?', 'en'],
  ['r u a real human or a bot', 'en'], ['is there an actual human typing this?', 'en'], ["you're a bot aren't you", 'en'],
  ['你是机器人吗？', 'zh-CN'], ['我是在跟机器人聊还是真人？', 'zh-CN'], ['你是不是AI啊', 'zh-CN'], ['这个是自动回复吧', 'zh-CN'], ['请问你是人工还是机器人', 'zh-CN'],
  ['這是自動回覆嗎', 'zh-TW'], ['現在是真人在回覆嗎', 'zh-TW'],
  ['あなたはボットですか？', 'ja'], ['ロボットと話してるの？それとも人？', 'ja'], ['これは自動返信でしょうか', 'ja'],
  ['봇이에요?', 'ko'], ['로봇이랑 대화하는 건가요 사람이랑 하는 건가요', 'ko'], ['혹시 챗봇인가요?', 'ko'], ['상담원님 실제 사람 맞으세요?', 'ko'], ['자동으로 답하는 거죠?', 'ko'],
  ['is this an actual person replying?', 'en'], ['who am i chatting with, a bot?', 'en'], ['现在跟我说话的是机器人吗', 'zh-CN'], ['今返信しているのはAIですか', 'ja'],
  ['이거 사람이 하는 거예요 봇이 하는 거예요?', 'ko'], ['챗봇이랑 얘기하는 거 맞죠?', 'ko'], ['¿eres una persona de verdad?', 'es'], ['¿con quién hablo, con un bot?', 'es'],
  ['님 혹시 로봇임?', 'ko'], ['지금 자동 응답 중인가요', 'ko'], ['상담 봇이신가요?', 'ko'], ['이거 ai 상담이에요?', 'ko'],
  ['¿eres un bot?', 'es'], ['¿estoy hablando con un robot o con un humano?', 'es'], ['¿me contesta una máquina?', 'es'], ['oye eres una IA o una persona', 'es'], ['¿es un chat automático?', 'es'],
  // session 38: the backstop heard some of these as requests, the matcher answered others
  ['who am I speaking with, a human or a bot?', 'en'], ['is a human typing these answers?', 'en'], ['am i chatting with a machine right now', 'en'], ['are you a live agent or an automated system?', 'en'],
  ['这个客服是机器人吗', 'zh-CN'], ['我在跟机器聊天吗', 'zh-CN'], ['这些都是自动回复的吧', 'zh-CN'],
  ['你是客服機器人嗎', 'zh-TW'], ['對面是程式在回答嗎', 'zh-TW'], ['現在是AI在跟我對話嗎', 'zh-TW'], ['所以你是程式嗎', 'zh-TW'], ['這個對話是自動的嗎', 'zh-TW'],
  ['これってAI?', 'ja'], ['AIが対応しているんですか', 'ja'], ['今話してるのはボットですか', 'ja'], ['本当に人間？', 'ja'],
  ['상담원이에요 봇이에요?', 'ko'], ['상담사님 혹시 로봇이세요?', 'ko'], ['지금 답하시는 분 사람이에요?', 'ko'], ['챗봇이랑 대화 중인가요?', 'ko'],
  ['¿quién me está respondiendo, una persona o una máquina?', 'es'], ['¿las respuestas las escribe un bot?', 'es'], ['¿eres un asistente virtual?', 'es'],
  // read by their words alone (bot-question-words.ts)
  ['be honest, are you a robot', 'en'], ['tell me the truth, is this a bot', 'en'], ['这边回复我的是机器人吗', 'zh-CN'], ['相手は機械なの', 'ja'], ['상담사님 지금 기계예요?', 'ko'],
  ['¿es una máquina la que me escribe?', 'es'],
  // session 39: who is on the other side, asked with 谁 (the backstop heard it as a request), or of the one talking with me
  ['你是谁？机器人吗', 'zh-CN'], ['我现在在跟谁聊天', 'zh-CN'], ['跟我說話的是誰？是真人嗎', 'zh-TW'], ['저랑 얘기하는 상대가 로봇이에요?', 'ko'], ['지금 채팅하는 게 사람이에요?', 'ko'],
];

describe('a question about the bot', () => {
  it.each(ABOUT_THE_BOT)('%s: the bot says what it is, in %s, and asks for no one', (text, locale) => {
    const normalized = normalizeText(text);
    expect(smallTalkOf(normalized)?.kind).toBe('bot');
    // read by the rules as mentioning a person, so that the learned backstop is not asked (it heard these as requests)
    expect(personRequestOf(text, normalized)).toBe('mentions');
    expect(engine.answer(text)).toMatchObject({ kind: 'smalltalk', locale, faqId: null });
  });

  it('is a request when the visitor also asks for a person, or asks whether one is there to talk to', () => {
    for (const text of [
      'are you human? I want a human', 'are you a bot? if so get me a real person', 'is there a human I can talk to?', '¿me atiende un humano?', '¿eres humano? quiero un humano',
      '你是真人吗？我要找真人', '有真人吗', '是机器人的话帮我转人工', '人間ですか？人間と話したいです', 'ボットなら担当者につないでください', '中の人いますか', '사람이세요? 사람이랑 얘기하고 싶어요', '챗봇이면 상담원 연결해 주세요',
    ]) {
      expect(botQuestionLanguages(normalizeText(text)), text).toBeNull();
      expect(personRequestOf(text), text).toBe('asks');
      expect(engine.answer(text), text).toMatchObject({ kind: 'handoff' });
    }
  });

  it('is read by its words alone only where the rules hear no request in it', () => {
    // the rules' own: whether real people answer there (session 17's requests), a person asked for after the question
    for (const text of ['거기 진짜 사람이 답하는 거 맞아요?', 'are humans reading this?', '你是机器人吗 我要人工', 'are you a bot? connect me to a human']) {
      expect(personRequestOf(text), text).toBe('asks');
      expect(engine.answer(text).kind, text).toBe('handoff');
    }
  });

  it('reads by its words no request, no question whether a person is there and no question about a matter', () => {
    for (const text of [
      'i need a human', 'can i talk to a human', 'is there a human', 'is it automatic', 'is the robot vacuum paid by card', '人工客服在吗', '有真人吗', '我要找真人', '你们有人工吗',
      '中の人いますか', '人間と話したいです', '人いますか', '사람 있어요?', '상담원이요', '사람이랑 대화하고 싶어요', '¿hay una persona?', 'quiero hablar con una persona', '¿es un mensaje automático?',
    ]) {
      expect(botQuestionByWords(normalizeText(text)), text).toBeNull();
    }
  });

  it('is no question about a bot, a robot or a person that the visitor talks about, nor a feature automatic or a message real', () => {
    for (const text of ['is this a scam', 'is this app real', 'is it automatic?', 'is this real?', 'is that a real person', '¿esto es real?', '¿es un mensaje automático?', '自動ですか', 'are you open on sundays', 'a robot charged my card', 'es un cobro automático', '这是自动扣款吗', '자동이체 되나요', '自動チャージですか']) {
      expect(botQuestionLanguages(normalizeText(text)), text).toBeNull();
    }
  });
});
