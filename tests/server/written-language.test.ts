import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../protocol/index.ts';
import { chineseEitherScript, writtenLanguage } from '../../server/services/written-language.ts';
import { TestClient } from '../helpers/ws-client.ts';
import { AgentClient, api, serverWithAdmin } from '../helpers/agent-client.ts';

describe('the language a message shows the visitor writes in', () => {
  it('is the detected language of a message of two words or more, detected with confidence', () => {
    expect(writtenLanguage('my card was charged twice')).toBe('en');
    expect(writtenLanguage('我的卡被扣了两次')).toBe('zh-CN');
    expect(writtenLanguage('錢包餘額怎麼查')).toBe('zh-TW');
    expect(writtenLanguage('残高が足りません')).toBe('ja');
    expect(writtenLanguage('카드가 두 번 결제되었어요')).toBe('ko');
    expect(writtenLanguage('¿dónde está mi dinero?')).toBe('es');
    // Languages the pack lacks are named too: the agent sees a French speaker.
    expect(writtenLanguage('je voudrais un remboursement')).toBe('fr');
    expect(writtenLanguage('Привет, как дела')).toBe('ru');
  });

  it('is none for one word, an emoji, no letters, or a guess that is only a default', () => {
    for (const text of ['ok', '👍', 'ok 👍', 'please', '谢谢', '好的', '12345', 'thanks a lot', 'no']) expect(writtenLanguage(text), text).toBeNull();
  });

  it('is none when the text could be either of two languages', () => {
    // Chinese the same in both scripts; Han text Japanese writes as well; pinyin.
    for (const text of ['退款 退款', '今何時', 'wo yao ren gong']) expect(writtenLanguage(text), text).toBeNull();
  });

  it('Chinese the same in both scripts is Chinese, script unknown: neither pinyin, nor Han text Japanese writes, nor one word', () => {
    expect(chineseEitherScript('我要退款')).toBe('zh-CN');
    expect(chineseEitherScript('你好，退款到哪里了')).toBe('zh-CN');
    for (const text of ['我的卡被扣了两次', '錢包餘額怎麼查', '今何時', '退会 方法', '退款 退款', 'wo yao ren gong', '退款', 'my card was charged twice']) expect(chineseEitherScript(text), text).toBeNull();
  });
});

const ctx = serverWithAdmin();

const restRow = async (id: string) =>
  ((await api(ctx.server, ctx.admin.cookie, 'GET', '/api/v1/conversations')).body as { conversations: ConversationSummary[] }).conversations.find((c) => c.id === id)!;

describe("the console learns the visitor's written language as they write", () => {
  it('a zh-CN widget whose visitor writes English: the inbox event and the REST inbox say en; "ok" and 👍 change nothing; a person owning the chat does not stop it', async () => {
    const agent = await AgentClient.connect(ctx.server, ctx.admin.cookie);
    await agent.hello();
    const v = await TestClient.connect(`${ctx.server.wsUrl}/ws/visitor`, ctx.server.url);
    v.send({ type: 'hello', v: 1, locale: 'zh-CN' });
    const id = (await v.next('welcome')).conversationId;
    const say = async (clientId: string, text: string) => {
      v.send({ type: 'send', clientId, text });
      await v.next('ack', (a) => a.clientId === clientId);
    };

    await say('written-0001', 'my card was charged twice');
    const told = await agent.next('conversation', (f) => f.conversation.id === id && f.conversation.writtenLocale !== null);
    expect(told.conversation).toMatchObject({ locale: 'zh-CN', writtenLocale: 'en' });
    expect(await restRow(id)).toMatchObject({ locale: 'zh-CN', writtenLocale: 'en' });

    const from = agent.frames.length;
    await say('written-0002', 'ok');
    await say('written-0003', '👍');
    expect(await restRow(id)).toMatchObject({ writtenLocale: 'en' });

    await say('written-0004', 'I want to talk to a person');
    await v.next('state', (st) => st.status === 'waiting');
    agent.send({ type: 'claim', conversationId: id, ref: 'written-claim' });
    await agent.next('done', (d) => d.ref === 'written-claim');
    await say('written-0005', 'カードの請求が二回ありました');
    const japanese = await agent.next('conversation', (f) => f.conversation.id === id && f.conversation.writtenLocale === 'ja', undefined, from);
    expect(japanese.conversation).toMatchObject({ status: 'assigned', locale: 'zh-CN' });
    // Between the English and the Japanese, every row the console was sent still said English.
    const rows = agent.frames.slice(from).flatMap((f) => (f.type === 'conversation' && f.conversation.id === id ? [f.conversation.writtenLocale] : []));
    expect(new Set(rows.slice(0, rows.indexOf('ja')))).toEqual(new Set(['en']));
    expect(await restRow(id)).toMatchObject({ writtenLocale: 'ja' });
    v.close();
    agent.close();
  });

  it('Chinese the same in both scripts: an English widget follows it (bot, widget and console); a zh-TW widget keeps Traditional', async () => {
    const agent = await AgentClient.connect(ctx.server, ctx.admin.cookie);
    await agent.hello();
    const open = async (locale: string) => {
      const v = await TestClient.connect(`${ctx.server.wsUrl}/ws/visitor`, ctx.server.url);
      v.send({ type: 'hello', v: 1, locale });
      return { v, id: (await v.next('welcome')).conversationId };
    };
    const say = async (v: TestClient, clientId: string, text: string) => {
      v.send({ type: 'send', clientId, text });
      await v.next('ack', (a) => a.clientId === clientId);
    };

    const en = await open('en');
    await say(en.v, 'either-0001', '我要退款');
    expect(await en.v.next('language')).toMatchObject({ locale: 'zh-CN', chosen: false });
    await agent.next('conversation', (f) => f.conversation.id === en.id && f.conversation.writtenLocale === 'zh-CN');
    expect(await restRow(en.id)).toMatchObject({ locale: 'en', writtenLocale: 'zh-CN' });

    const tw = await open('zh-TW');
    const from = agent.frames.length;
    await say(tw.v, 'either-0002', '我要退款');
    await say(tw.v, 'either-0003', 'my card was charged twice');
    await agent.next('conversation', (f) => f.conversation.id === tw.id && f.conversation.writtenLocale === 'en', undefined, from);
    // Before the English, no row the console was sent said the zh-TW widget's visitor writes Simplified.
    const rows = agent.frames.slice(from).flatMap((f) => (f.type === 'conversation' && f.conversation.id === tw.id ? [f.conversation.writtenLocale] : []));
    expect(rows.slice(0, rows.indexOf('en'))).not.toContain('zh-CN');
    // The widget is told English, and nothing before it (one conversation's events arrive in order).
    await tw.v.next('language', (f) => f.locale === 'en');
    expect(tw.v.frames.flatMap((f) => (f.type === 'language' ? [f.locale] : []))).toEqual(['en']);
    en.v.close();
    tw.v.close();
    agent.close();
  });
});
