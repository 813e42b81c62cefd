import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody, FaqAnswerResponse, FaqFeedbackSummary, UnansweredList, type ChatMessage } from '../../protocol/index.ts';
import { maskForLearning } from '../../server/services/faq-learning.ts';
import { ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { twoLanguageMiniPack } from '../helpers/small-pack.ts';
import { askBot, visitor, type TestClient } from '../helpers/ws-client.ts';

let server: RunningServer;
let admin: string;

beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
  admin = (await login(server)).cookie;
});
afterAll(() => server.cleanup());

const ask = askBot;

const unanswered = async (on = server, cookie = admin) => UnansweredList.parse((await api(on, cookie, 'GET', '/api/v1/admin/faq/unanswered')).body).questions;

describe('maskForLearning', () => {
  it.each([
    ['my card 4111 1111 1111 1111 was declined', 'my card •••• 1111 was declined'],
    ['call me on +86 138 0013 8000 please', 'call me on [number] please'],
    ['(555) 123-4567 is my number', '[number] is my number'],
    ['order 2024051700123 never arrived', 'order [number] never arrived'],
    ['write to li.lei+wallet@example.com', 'write to [email]'],
    // The words written against an address stay the question's (they were taken into it: '[email],帮我查一下'; NFKC folds the comma).
    ['我的邮箱是li.lei@example.com，帮我查一下', '我的邮箱是[email],帮我查一下'],
    ['帐户１２３４５６７８９被冻结', '帐户[number]被冻结'],
    ['I paid 500 yuan on 5/17', 'I paid 500 yuan on 5/17'],
  ])('%s → %s', (text, masked) => {
    expect(maskForLearning(text, 'last4')).toBe(masked);
  });
});

describe('the learning loop over a real socket', () => {
  describe('on a small pack, which the approval trains', () => {
    // The mini pack in English and Chinese (≈0.2 s of CPU a training; the wallet pack's ≈3.4 s passed the 30 s
    // default under a full run's load). A question the bot misses (with a card number, to see it masked) that the
    // refund entry should answer.
    const question = 'my card 4111 1111 1111 1111 was charged twice, can i get it back';
    const packDir = twoLanguageMiniPack();
    let small: RunningServer;
    let smallAdmin: string;
    beforeAll(async () => {
      small = await startServer({ ...ADMIN_ENV, KEFU_FAQ_PACK_DIR: packDir }, FAST_SCRYPT);
      smallAdmin = (await login(small)).cookie;
    });
    afterAll(() => small.cleanup());

    it('counts an unanswered question (masked), and approving it answers the same question at once', async () => {
      const a = await visitor(small.wsUrl, small.url, { locale: 'en' });
      const b = await visitor(small.wsUrl, small.url, { locale: 'en' });
      expect((await ask(a.client, question)).bot?.kind).toBe('none');
      expect((await ask(b.client, question.toUpperCase())).bot?.kind).toBe('none');

      const row = (await unanswered(small, smallAdmin)).find((q) => /charged twice/i.test(q.text));
      expect(row).toMatchObject({ kind: 'none', locale: 'en', count: 2 });
      expect(row!.text).toContain('•••• 1111');
      expect(row!.text).not.toMatch(/4111\s?1111/);
      expect(row!.lastSeen).toBeGreaterThanOrEqual(row!.firstSeen);

      const approved = await api(small, smallAdmin, 'POST', `/api/v1/admin/faq/unanswered/${row!.id}/approve`, { faqId: 'refund', locale: 'en' });
      expect(approved.status).toBe(200);
      expect((await unanswered(small, smallAdmin)).some((q) => q.id === row!.id)).toBe(false);

      const reply = await ask(a.client, question);
      expect(reply.bot).toMatchObject({ kind: 'answer', faqId: 'refund', locale: 'en' });
      a.client.close();
      b.client.close();
    });
  });

  it('logs `suggest` questions too, most asked first; dismissing removes one', async () => {
    // A vague question, picked through the answer API so the test follows the real thresholds.
    let vague = '';
    for (const text of ['transfer', 'something wrong with payment and refund', 'where is my money']) {
      const res = await api(server, null, 'POST', '/api/v1/faq/answer', { text });
      if (FaqAnswerResponse.parse(res.body).kind === 'suggest') vague = text;
    }
    expect(vague).not.toBe('');
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    expect((await ask(client, vague)).bot?.kind).toBe('suggest');
    expect((await ask(client, `${vague}?`)).bot?.kind).toBe('suggest');
    expect((await ask(client, 'zzqx vvbn')).bot?.kind).toBe('none');
    const list = await unanswered();
    expect(list[0]).toMatchObject({ text: `${vague}?`, kind: 'suggest', count: 2 });
    expect(list.map((q) => q.count)).toEqual([...list.map((q) => q.count)].sort((x, y) => y - x));

    expect((await api(server, admin, 'DELETE', `/api/v1/admin/faq/unanswered/${list[0]!.id}`)).status).toBe(204);
    expect((await api(server, admin, 'DELETE', `/api/v1/admin/faq/unanswered/${list[0]!.id}`)).status).toBe(404);
    expect((await unanswered()).some((q) => q.id === list[0]!.id)).toBe(false);
    client.close();
  });

  it('refuses to approve into an unknown entry or locale, and keeps the question', async () => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    // Missed ("cannot login" was, until the fitted answer threshold answered it with password-reset).
    await ask(client, 'how do i turn off marketing emails');
    const row = (await unanswered()).find((q) => q.text === 'how do i turn off marketing emails')!;
    const route = `/api/v1/admin/faq/unanswered/${row.id}/approve`;
    expect((await api(server, admin, 'POST', route, { faqId: 'no-such-entry', locale: 'en' })).status).toBe(404);
    const badLocale = await api(server, admin, 'POST', route, { faqId: 'password-reset', locale: 'fr' });
    expect(badLocale.status).toBe(400);
    expect(ErrorBody.parse(badLocale.body).error.path).toBe('locale');
    expect((await api(server, admin, 'POST', route, { faqId: 'password-reset' })).status).toBe(400);
    expect((await unanswered()).some((q) => q.id === row.id)).toBe(true);
    client.close();
  });
});

describe('answers carry follow-ups; helpfulness votes', () => {
  it('an answer lists its entry’s follow-up questions in the reply language', async () => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    const reply = await ask(client, '手续费怎么收');
    expect(reply.bot).toMatchObject({ kind: 'answer', faqId: 'fees', locale: 'zh-CN' });
    expect(reply.bot!.followUps!.map((f) => f.faqId)).toEqual(['withdraw-to-bank', 'transfer-limits']);
    expect(reply.bot!.followUps![0]!.question).toMatch(/[\u4e00-\u9fff]/);
    client.close();
  });

  it('a question that asks two things gets the first answered and the second offered first among the follow-ups', async () => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const reply = await ask(client, 'I forgot my password, and also how do I change my phone number?');
    expect(reply.bot).toMatchObject({ kind: 'answer', faqId: 'password-reset', locale: 'en' });
    expect(reply.bot!.followUps![0]).toEqual({ faqId: 'change-phone-number', question: 'How do I change the phone number on my account?' });
    client.close();
  });

  it('one vote per message, changeable; only on bot messages of the visitor’s own conversation', async () => {
    const a = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const b = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const answer = await ask(a.client, 'how do I get a refund');
    expect(answer.bot?.faqId).toBe('refund');

    const vote = async (client: TestClient, messageId: string, helpful: boolean) => {
      const from = client.frames.length;
      client.send({ type: 'feedback', messageId, helpful });
      const either = [client.next('feedback_saved', () => true, 2000, from), client.next('error', () => true, 2000, from)];
      return Promise.race(either.map((p) => p.catch(() => new Promise<never>(() => {}))));
    };
    expect(await vote(a.client, answer.id, true)).toEqual({ type: 'feedback_saved', messageId: answer.id, helpful: true });
    expect(await vote(a.client, answer.id, false)).toEqual({ type: 'feedback_saved', messageId: answer.id, helpful: false });

    // Someone else's message, a missing one, and a visitor (not bot) message all look the same: not found.
    const own = a.client.frames.find((f) => f.type === 'message' && f.message.author === 'visitor');
    for (const [client, id] of [[b.client, answer.id], [a.client, '00000000-0000-4000-8000-000000000000'], [a.client, own?.type === 'message' ? own.message.id : '']] as const) {
      expect(await vote(client, id, true)).toMatchObject({ type: 'error', code: 'not_found' });
    }

    const summary = FaqFeedbackSummary.parse((await api(server, admin, 'GET', '/api/v1/admin/faq/feedback')).body);
    expect(summary.entries.find((e) => e.faqId === 'refund')).toEqual({ faqId: 'refund', helpful: 0, notHelpful: 1 });
    a.client.close();
    b.client.close();
  });
});

describe('small talk over a real socket', () => {
  it('"hello", "thanks", "你好", "谢谢", "bye" get short replies, never queue the visitor and never enter the unanswered list', async () => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const replies: ChatMessage[] = [];
    for (const text of ['hello', 'thanks', '你好', '谢谢', 'bye', 'ok']) replies.push(await ask(client, text));
    expect(replies.map((r) => r.bot?.kind)).toEqual(Array(6).fill('smalltalk'));
    expect(replies.map((r) => r.bot?.locale)).toEqual(['en', 'en', 'zh-CN', 'zh-CN', 'en', 'en']);
    expect(replies[3]!.text).toBe('不客气！还有其他问题吗？');
    // Six in a row and the bot still owns the chat: the next question is answered, not queued.
    expect((await ask(client, 'how do I get a refund')).bot).toMatchObject({ kind: 'answer', faqId: 'refund' });
    const texts = (await unanswered()).map((q) => q.text);
    for (const said of ['hello', 'thanks', '你好', '谢谢', 'bye', 'ok']) expect(texts).not.toContain(said);
    client.close();
  });

  it('"hello, I am here" is small talk, and a request turned down or a question about the agents\' hours is answered: the visitor stays with the bot', async () => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    expect((await ask(client, 'hello, I am here')).bot?.kind).toBe('smalltalk');
    // "one moment" and "never mind" are small talk too (잠시만요 had been answered with freezing the account).
    expect((await ask(client, '잠시만요')).bot).toMatchObject({ kind: 'smalltalk', locale: 'ko' });
    expect((await ask(client, 'never mind')).bot?.kind).toBe('smalltalk');
    expect((await ask(client, "I don't need a human, just tell me how to get a refund")).bot).toMatchObject({ kind: 'answer', faqId: 'refund' });
    expect((await ask(client, "what are your agents' hours?")).bot).toMatchObject({ kind: 'answer', faqId: 'contact-support' });
    // Nobody queued them: the next question is answered (after a hand-over the bot stays silent).
    expect((await ask(client, 'how do I get a refund')).bot).toMatchObject({ kind: 'answer', faqId: 'refund' });
    expect((await unanswered()).map((q) => q.text)).not.toContain('hello, I am here');
    client.close();
  });

  it('small talk between two misses does not reset them: the second miss still hands over', async () => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    expect((await ask(client, 'xqzv wlkp')).bot?.kind).toBe('none');
    expect((await ask(client, 'thank you')).bot?.kind).toBe('smalltalk');
    expect((await ask(client, 'plmk zzqt')).bot?.kind).toBe('none');
    // Nobody is online here, so the hand-over says so (the visitor is queued; the widget offers a ticket).
    await client.next('message', (m) => m.message.author === 'bot' && m.message.bot?.kind === 'none' && /^Nobody from our support team is available/.test(m.message.text), 5000);
    client.close();
  });
});

describe('a visitor whose language has no FAQ content', () => {
  it('gets the bot in their own language, is offered a person, and the unanswered list records that language', async () => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'de' });
    expect((await ask(client, 'Hallo')).text).toBe('Hallo! Wie kann ich Ihnen helfen?');
    const reply = await ask(client, 'Ich habe mein Passwort vergessen');
    expect(reply.bot).toMatchObject({ kind: 'none', locale: 'de', faqId: null });
    expect(reply.text).toMatch(/^Ich kann auf 简体中文, 繁體中文, English, 日本語, 한국어, Español antworten\. Möchten Sie mit einem Menschen sprechen\?/);
    expect((await unanswered()).find((q) => q.text === 'Ich habe mein Passwort vergessen')).toMatchObject({ locale: 'de', kind: 'none' });

    const arabic = await visitor(server.wsUrl, server.url, { locale: 'ar' });
    expect((await ask(arabic.client, 'نسيت كلمة المرور')).bot?.locale).toBe('ar');
    expect((await unanswered()).find((q) => q.text === 'نسيت كلمة المرور')?.locale).toBe('ar');
    arabic.client.close();

    // What the reply told them to type reaches a person, in German (nobody is online here, so it says so).
    const handoff = await ask(client, 'Mitarbeiter');
    expect(handoff.bot).toMatchObject({ kind: 'handoff', locale: 'de' });
    expect(handoff.text).toMatch(/^Gerade ist niemand aus unserem Support-Team erreichbar/);
    client.close();
  });
});
