import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../protocol/index.ts';
import { botReply } from '../../server/services/bot-replies.ts';
import { signIdentity } from '../../server/services/identity.ts';
import { ChatClient } from '../../widget/app/chat/client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';
import { askBot, settled, visitor, type TestClient } from '../helpers/ws-client.ts';
import { installBrowserGlobals, MemoryStorage } from '../soak/node-widget.ts';

/**
 * The visitor's choice of language is theirs, not one conversation's: their next conversation (same token, or their
 * signature on another device) on a widget in that language starts in it, chosen; the host's setLocale (sent as a
 * choice) still wins, and the host's own language at init is not overridden by an earlier choice of another. Agents see the spoken language and whether it was
 * chosen, over REST and on their socket. The widget's own ChatClient is never left ignoring the server's language
 * frames, whether its choice is refused or changes nothing. A real server, real sockets.
 */
const SECRET = 'kept-language-secret-0123456789abcdef';
let server: RunningServer;
let cookie: string;
beforeAll(async () => {
  server = await startServer({ ...ADMIN_ENV, KEFU_IDENTITY_SECRETS: SECRET }, FAST_SCRYPT);
  cookie = (await login(server)).cookie;
  installBrowserGlobals(server.url);
});
afterAll(() => server?.cleanup());

const languages = (client: TestClient, from = 0) => client.frames.slice(from).filter((f) => f.type === 'language');
const close = async (conversationId: string) => expect((await api(server, cookie, 'POST', `/api/v1/conversations/${conversationId}/close`)).status).toBe(200);
async function summary(conversationId: string): Promise<ConversationSummary> {
  const res = await api(server, cookie, 'GET', '/api/v1/conversations');
  return (res.body!.conversations as ConversationSummary[]).find((c) => c.id === conversationId)!;
}
/** The same visitor comes back (their token, a fresh view): the welcome and the frames settled after it. */
async function comeBack(token: string, locale: string) {
  const { client, welcome } = await visitor(server.wsUrl, server.url, { locale, token });
  await client.next('state');
  return { client, welcome, frames: await settled(client) };
}

describe("the visitor's choice of language, kept for their next conversation", () => {
  it('a zh-CN widget whose visitor wrote English and chose Chinese: the next conversation starts in Chinese, chosen; English no longer moves it', async () => {
    const first = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    await askBot(first.client, 'my card was charged twice');
    const from = first.client.frames.length;
    first.client.send({ type: 'language', locale: 'zh-CN' });
    expect(await first.client.next('language', () => true, undefined, from)).toEqual({ type: 'language', locale: 'zh-CN', chosen: true });
    await close(first.welcome.conversationId);
    first.client.close();

    const next = await comeBack(first.welcome.token, 'zh-CN');
    expect(next.welcome.conversationId).not.toBe(first.welcome.conversationId);
    expect(next.frames[1]).toEqual({ type: 'language', locale: 'zh-CN', chosen: true });
    const later = next.client.frames.length;
    const answer = await askBot(next.client, 'how do I top up my wallet');
    expect(/\p{Script=Han}/u.test(answer.text)).toBe(false); // the FAQ answers a question in its own language
    next.client.send({ type: 'handoff' });
    const line = await next.client.next('message', (m) => m.message.author === 'bot' && m.message.seq > answer.seq, undefined, later);
    expect(line.message.text).toBe(botReply('handoff_away', 'zh-CN'));
    await settled(next.client);
    expect(languages(next.client, later)).toEqual([]);
    // The agent answers in Chinese: the visitor chose it, though they write English.
    expect(await summary(next.welcome.conversationId)).toMatchObject({ locale: 'zh-CN', writtenLocale: 'en', spokenLocale: 'zh-CN', spokenLocaleChosen: true });
    await close(next.welcome.conversationId);
    next.client.close();
  });

  it('a language followed from what the visitor wrote is not kept: the next conversation starts in the widget\'s', async () => {
    const first = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    await askBot(first.client, 'my card was charged twice');
    expect(await summary(first.welcome.conversationId)).toMatchObject({ writtenLocale: 'en', spokenLocale: 'en', spokenLocaleChosen: false });
    await close(first.welcome.conversationId);
    first.client.close();

    const next = await comeBack(first.welcome.token, 'zh-CN');
    expect(languages(next.client)).toEqual([]);
    expect(await summary(next.welcome.conversationId)).toMatchObject({ writtenLocale: null, spokenLocale: 'zh-CN', spokenLocaleChosen: false });
    await close(next.welcome.conversationId);
    next.client.close();
  });

  it("a choice of another language than the widget's (the host's setLocale) is kept for a widget in that language only: the host's own language at init wins", async () => {
    const first = await visitor(server.wsUrl, server.url, { locale: 'en' });
    first.client.send({ type: 'language', locale: 'ja' });
    await first.client.next('language', (f) => f.locale === 'ja');
    await close(first.welcome.conversationId);
    first.client.close();

    // The app now opens the widget in English (its user switched it): English, nothing chosen.
    const second = await comeBack(first.welcome.token, 'en');
    expect(languages(second.client)).toEqual([]);
    await close(second.welcome.conversationId);
    second.client.close();
    // Opened in Japanese: the choice holds there, chosen.
    const third = await comeBack(first.welcome.token, 'ja');
    expect(third.frames[1]).toEqual({ type: 'language', locale: 'ja', chosen: true });
    await close(third.welcome.conversationId);
    third.client.close();
  });

  it("a signed-in wallet user's choice follows them to another device (no token there, their signature only)", async () => {
    const now = Math.floor(Date.now() / 1000);
    const identity = () => signIdentity({ sub: 'wallet-user-kept-1', iat: now, exp: now + 600 }, SECRET);
    const phone = await visitor(server.wsUrl, server.url, { locale: 'zh-TW', identity: identity() });
    await askBot(phone.client, 'my card was charged twice');
    phone.client.send({ type: 'language', locale: 'zh-TW' });
    await phone.client.next('language', (f) => f.locale === 'zh-TW' && f.chosen);
    await close(phone.welcome.conversationId);
    phone.client.close();

    const laptop = await visitor(server.wsUrl, server.url, { locale: 'zh-TW', identity: identity() });
    await laptop.client.next('state');
    expect((await settled(laptop.client))[1]).toEqual({ type: 'language', locale: 'zh-TW', chosen: true });
    await close(laptop.welcome.conversationId);
    laptop.client.close();
  });

  it('a choice that changes nothing is answered to the socket that made it only; a refused one names the field', async () => {
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    const other = (await comeBack(welcome.token, 'zh-CN')).client;
    client.send({ type: 'language', locale: 'zh-CN' });
    const chosen = { type: 'language', locale: 'zh-CN', chosen: true };
    expect(await client.next('language')).toEqual(chosen);
    expect(await other.next('language')).toEqual(chosen);
    const [from, otherFrom] = [client.frames.length, other.frames.length];
    client.send({ type: 'language', locale: 'zh-CN' });
    expect(await client.next('language', () => true, undefined, from)).toEqual(chosen);
    client.send({ type: 'language', locale: 'ru' });
    expect(await client.next('error', () => true, undefined, from)).toMatchObject({ code: 'bad_frame', path: 'locale' });
    await settled(other);
    expect(languages(other, otherFrom)).toEqual([]);
    await close(welcome.conversationId);
    client.close();
    other.close();
  });
});

describe("the agent's view of the spoken language", () => {
  it('the console socket is told the spoken language as it changes: followed from what the visitor writes, then chosen', async () => {
    const agent = await AgentClient.connect(server, cookie);
    await agent.hello();
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'zh-CN' });
    const id = welcome.conversationId;
    await askBot(client, '我的卡被扣了两次');
    client.send({ type: 'handoff' });
    const waiting = await agent.conversation(id, 'waiting');
    expect(waiting.conversation).toMatchObject({ spokenLocale: 'zh-CN', spokenLocaleChosen: false });

    let from = agent.frames.length;
    client.send({ type: 'send', clientId: 'kept-agent-0002', text: 'sorry, can you help me in English please' }); // waiting: the bot says nothing
    const followed = await agent.next('conversation', (f) => f.conversation.id === id && f.conversation.spokenLocale === 'en', undefined, from);
    expect(followed.conversation).toMatchObject({ writtenLocale: 'en', spokenLocaleChosen: false });

    from = agent.frames.length;
    client.send({ type: 'language', locale: 'zh-CN' });
    const chosen = await agent.next('conversation', (f) => f.conversation.id === id && f.conversation.spokenLocaleChosen, undefined, from);
    expect(chosen.conversation).toMatchObject({ writtenLocale: 'en', spokenLocale: 'zh-CN' });
    await close(id);
    client.close();
    agent.close();
  });
});

describe("the widget's own client and the server's language frames", () => {
  const widgetOn = (locale: string) => {
    const storage = new MemoryStorage();
    const widget = new ChatClient({ url: `${server.wsUrl}/ws/visitor`, locale, site: null, storage });
    widget.start();
    return { widget, token: () => (JSON.parse(storage.getItem('kefu:v1')!) as { token: string }).token };
  };
  const language = (widget: ChatClient) => widget.snapshot.language;

  it('a choice the server refuses: the widget shows what the server said before, and follows its next language frame', async () => {
    const { widget } = widgetOn('zh-CN');
    try {
      await waitFor(() => widget.snapshot.connection === 'online', 'online');
      widget.chooseLanguage('ru'); // no widget sends it today: its languages are the server's
      expect(language(widget)).toEqual({ locale: 'ru', chosen: true });
      await waitFor(() => language(widget) === null, 'the refused choice undone');
      widget.send('my card was charged twice');
      await waitFor(() => language(widget)?.locale === 'en' && !language(widget)?.chosen, 'English followed after the refusal');
    } finally {
      widget.stop();
    }
  });

  it('a choice that changes nothing (the host says the language chosen already) is answered: a choice from another screen is followed after it', async () => {
    const { widget, token } = widgetOn('zh-CN');
    try {
      await waitFor(() => widget.snapshot.connection === 'online', 'online');
      const other = (await comeBack(token(), 'zh-CN')).client;
      other.send({ type: 'language', locale: 'zh-CN' });
      await waitFor(() => language(widget)?.chosen, "the other screen's choice, told by the server");
      widget.chooseLanguage('zh-CN'); // stored already: nothing changes
      // The socket handles frames in order: once this message is acknowledged, the choice before it was answered.
      widget.send('thanks');
      await waitFor(() => widget.snapshot.pending.length === 0 && widget.snapshot.messages.some((m) => m.text === 'thanks'), 'the message after the choice stored');
      other.send({ type: 'language', locale: 'en' });
      await waitFor(() => language(widget)?.locale === 'en', "the other screen's next choice followed");
      expect(language(widget)).toEqual({ locale: 'en', chosen: true });
      other.close();
    } finally {
      widget.stop();
    }
  });

  it("the site's language under the visitor's choice: the widget shows the visitor's, as the server answers; with override, the site's", async () => {
    const { widget } = widgetOn('en');
    try {
      await waitFor(() => widget.snapshot.connection === 'online', 'online');
      widget.chooseLanguage('zh-CN'); // the visitor's way back, say
      await waitFor(() => language(widget)?.locale === 'zh-CN', "the visitor's choice stored");
      widget.chooseLanguage('ja', { override: false }); // the host's setLocale('ja')
      expect(language(widget)).toEqual({ locale: 'zh-CN', chosen: true }); // not shown before the server answers
      // The socket handles frames in order: once this message is acknowledged, the site's choice before it was answered.
      widget.send('thanks');
      await waitFor(() => widget.snapshot.pending.length === 0 && widget.snapshot.messages.some((m) => m.text === 'thanks'), 'the message after the choice stored');
      expect(language(widget)).toEqual({ locale: 'zh-CN', chosen: true });
      widget.chooseLanguage('ja', { override: true }); // setLocale('ja', { override: true })
      await waitFor(() => language(widget)?.locale === 'ja', "the site's language, the host said so");
      expect(language(widget)).toEqual({ locale: 'ja', chosen: true });
    } finally {
      widget.stop();
    }
  });
});
