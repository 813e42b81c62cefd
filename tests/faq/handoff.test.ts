import { describe, expect, it } from 'vitest';
import { isHandoffRequest } from '../../faq/handoff.ts';

describe('isHandoffRequest', () => {
  it.each([
    // zh-CN
    '转人工', '人工客服', '找真人', '我要人工', '人工', '帮我转接人工客服', '我要跟真人说话', '有没有人工啊', '不要机器人',
    // zh-TW
    '轉人工', '真人客服', '幫我轉接專人', '我想跟真人講話',
    // en
    'talk to a human', 'Speak to a real person please', 'agent', 'connect me to an agent', 'I want a human',
    'can I talk to someone', 'human please', 'transfer me to customer service', 'no bot',
    // ja
    'オペレーター', 'オペレーターと話したい', '担当者に代わってください', '人間と話したい', '有人対応をお願いします',
    // ko
    '상담원 연결', '상담원 연결해 주세요', '사람이랑 얘기하고 싶어요', '직원 바꿔주세요', '상담원',
    // es
    'hablar con una persona', 'quiero hablar con un agente', 'pásame con un asesor', 'agente por favor', 'necesito un humano',
  ])('"%s" is a request for a person', (text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });

  it.each([
    'someone stole my card',
    'how do I contact customer support?',
    'I sent money to the wrong person',
    'can a person have two accounts',
    '人工智能是什么',
    '我转账给了一个陌生人',
    '真人认证失败怎么办',
    '偽のオペレーターに認証コードを教えてしまった',
    '모르는 사람한테 돈을 보냈어요',
    '가짜 상담원한테 인증번호를 알려줬어요',
    'una persona me envió dinero por error',
    'How do I reset my password?',
    '',
  ])('"%s" is not', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
  });

  it('ignores a long message that happens to ask for a human in passing', () => {
    const long =
      'I tried to top up yesterday with my visa card and the money left my bank but never showed up in the wallet and I want to talk to a human about it';
    expect(isHandoffRequest(long)).toBe(false);
  });
});
