import { beforeAll, describe, expect, it } from 'vitest';
import type { FaqEngine } from '../../faq/index.ts';
import { isHandoffRequest, personRequestOf } from '../../faq/handoff.ts';
import { walletEngine } from '../helpers/faq-model-seed.ts';

// Requests for a person in forms the rules missed (a typed 쫌, a person asked to be "attached", someone sent
// for, "somebody call me" after a complaint, a member of the team, "tlak"), and questions about what talking to a person
// costs, asked with the cost first, which are no request.
describe('requests for a person', () => {
  it.each([
    '상담원 쫌 연결해라', '계속 답이 없는데 상담원 좀 붙여 주세요', '담당자 좀 붙여 줘요', '已經等了半小時了，快派個人來', '你们派个人过来吧',
    'been 3 days with no reply, somebody call me', 'someone please ring me', 'would it be possible to be connected with a member of your team?',
    'can i talk to members of your support team', 'tlak to agnet',
  ])('%s', (text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });

  it.each(['someone called me about my refund', '인형 좀 붙여 주세요', '快派件吧'])('not %s', (text) => {
    expect(isHandoffRequest(text)).toBe(false);
  });
});

describe('what talking to a person costs, asked with its cost first', () => {
  let engine: FaqEngine;
  beforeAll(async () => {
    engine = await walletEngine();
  });

  it.each(['is it free to chat with an agent?', 'do you charge to talk to a person?', 'how much does it cost to speak with a representative', '¿cobran por hablar con un asesor?', '¿es gratis chatear con un agente?'])(
    '%s mentions a person and is not handed over',
    (text) => {
      expect(personRequestOf(text)).toBe('mentions');
      expect(engine.answer(text).kind).not.toBe('handoff');
    },
  );

  it('still hands over when the visitor then asks for one', () => {
    expect(isHandoffRequest('is it free to chat with an agent? connect me anyway')).toBe(true);
  });
});
