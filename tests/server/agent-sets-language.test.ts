import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord, ConversationLogEvent, ConversationSummary } from '../../protocol/index.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { askBot, settled, visitor, type TestClient } from '../helpers/ws-client.ts';

/**
 * An agent sets the language the bot and the widget speak to a visitor (Intercom's per-customer override): the agent
 * who replies in the conversation only; every open widget tab of the visitor's gets the language frame their own
 * choice makes, the bot answers in it once it has the conversation back, the consoles show who set it, the audit log
 * keeps it, it is kept for the visitor's next conversation, and the visitor may still choose another themselves. A real
 * server, real sockets (also on PostgreSQL: vitest.config.ts's ON_POSTGRES).
 */
let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
  admin = await login(server);
});
afterAll(() => server?.cleanup());

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const setLanguage = (cookie: string, id: string, locale: unknown) => api(server, cookie, 'PUT', `/api/v1/conversations/${id}/language`, { locale });
const post = (cookie: string, id: string, action: string) => api(server, cookie, 'POST', `/api/v1/conversations/${id}/${action}`, {});
async function summary(id: string): Promise<ConversationSummary> {
  const res = await api(server, admin.cookie, 'GET', '/api/v1/conversations');
  return (res.body!.conversations as ConversationSummary[]).find((c) => c.id === id)!;
}
const languages = (client: TestClient, from: number) => client.frames.slice(from).filter((f) => f.type === 'language');

/** An English widget's visitor who wrote English and asked for a person; `cookie`'s agent claimed it. */
async function claimedBy(cookie: string) {
  const first = await visitor(server.wsUrl, server.url, { locale: 'en' });
  await askBot(first.client, 'my card was charged twice');
  first.client.send({ type: 'handoff' });
  const id = first.welcome.conversationId;
  await expect.poll(async () => (await summary(id)).status).toBe('waiting');
  expect((await post(cookie, id, 'claim')).status).toBe(200);
  return { ...first, id };
}

describe('an agent sets the language spoken to a visitor', () => {
  it("the agent who replies sets it: every widget tab is told, the console shows it as theirs, the bot answers in it, and it is audited", async () => {
    const desk = await AgentClient.connect(server, admin.cookie);
    await desk.hello();
    const { client, welcome, id } = await claimedBy(admin.cookie);
    const tab = (await visitor(server.wsUrl, server.url, { locale: 'en', token: welcome.token })).client; // a second tab
    await settled(tab);
    const [from, tabFrom, deskFrom] = [client.frames.length, tab.frames.length, desk.frames.length];

    const set = await setLanguage(admin.cookie, id, 'ja');
    expect(set.status).toBe(200);
    const setBy = { agentId: admin.agent.id, name: admin.agent.name };
    expect(set.body!.conversation).toMatchObject({ locale: 'en', writtenLocale: 'en', spokenLocale: 'ja', spokenLocaleChosen: true, spokenLocaleSetBy: setBy });
    // The frame the visitor's own choice makes, saying an agent made it (the widget offers the way back), on both tabs; the consoles get the row.
    const frame = { type: 'language', locale: 'ja', chosen: true, byAgent: true };
    expect(await client.next('language', () => true, undefined, from)).toEqual(frame);
    expect(await tab.next('language', () => true, undefined, tabFrom)).toEqual(frame);
    const row = await desk.next('conversation', (f) => f.conversation.id === id && f.conversation.spokenLocale === 'ja', undefined, deskFrom);
    expect(row.conversation.spokenLocaleSetBy).toEqual(setBy);

    // Set again, the same: nothing to tell, nothing audited.
    expect((await setLanguage(admin.cookie, id, 'ja')).body!.conversation).toMatchObject({ spokenLocale: 'ja', spokenLocaleSetBy: setBy });

    // Handed back to the bot: what the visitor writes in English no longer moves it; the bot's own lines are Japanese.
    expect((await post(admin.cookie, id, 'release')).status).toBe(200);
    const later = client.frames.length;
    client.send({ type: 'send', clientId: 'set-lang-0001', text: 'ok thanks, and one more thing please' });
    await client.next('ack', (a) => a.clientId === 'set-lang-0001', undefined, later);
    client.send({ type: 'handoff' });
    const line = await client.next('message', (m) => m.message.author === 'bot' && KANA.test(m.message.text), undefined, later);
    expect(line.message.text).toMatch(KANA);
    await settled(client);
    expect(languages(client, later)).toEqual([]);
    expect(await summary(id)).toMatchObject({ writtenLocale: 'en', spokenLocale: 'ja', spokenLocaleSetBy: setBy });

    const audit = (await api(server, admin.cookie, 'GET', '/api/v1/admin/audit?action=conversation.language_set')).body!.records as AuditRecord[];
    expect(audit.filter((r) => r.conversationId === id)).toMatchObject([
      { agentId: admin.agent.id, target: 'ja', before: { locale: 'en', chosen: false, setById: null }, after: { locale: 'ja', chosen: true, setById: admin.agent.id } },
    ]);
    await post(admin.cookie, id, 'close');
    for (const c of [client, tab, desk]) c.close();
  });

  it("the visitor may change it back themselves: then it is their choice, not the agent's; the agent's is kept for their next conversation", async () => {
    const { client, welcome, id } = await claimedBy(admin.cookie);
    expect((await setLanguage(admin.cookie, id, 'en')).body!.conversation).toMatchObject({ spokenLocale: 'en', spokenLocaleChosen: true, spokenLocaleSetBy: { agentId: admin.agent.id } });
    await client.next('language', (f) => f.byAgent === true);
    const from = client.frames.length;
    client.send({ type: 'language', locale: 'en' }); // the same language, now the visitor's own choice
    expect(await client.next('language', () => true, undefined, from)).toEqual({ type: 'language', locale: 'en', chosen: true });
    await expect.poll(async () => (await summary(id)).spokenLocaleSetBy).toBeNull();
    expect(await summary(id)).toMatchObject({ spokenLocale: 'en', spokenLocaleChosen: true });

    // The agent sets Japanese again, the conversation closes: a Japanese widget's next conversation starts in it, still the agent's.
    await setLanguage(admin.cookie, id, 'ja');
    await post(admin.cookie, id, 'close');
    client.close();
    const next = await visitor(server.wsUrl, server.url, { locale: 'ja', token: welcome.token });
    await next.client.next('state');
    expect((await settled(next.client))[1]).toEqual({ type: 'language', locale: 'ja', chosen: true, byAgent: true });
    expect(await summary(next.welcome.conversationId)).toMatchObject({ spokenLocale: 'ja', spokenLocaleChosen: true, spokenLocaleSetBy: { agentId: admin.agent.id } });
    await post(admin.cookie, next.welcome.conversationId, 'close');
    next.client.close();
  });

  it("each choice is a line in the conversation's timeline, for an agent watching and one who opens it later: who set which language, or that the visitor chose it; a repeat adds none", async () => {
    const watcher = await addAgent(server, admin.cookie, 'mei-timeline@example.com');
    const desk = await AgentClient.connect(server, watcher.cookie); // another agent's console
    await desk.hello();
    const { client, id } = await claimedBy(admin.cookie);
    const lines = async () =>
      ((await api(server, watcher.cookie, 'GET', `/api/v1/conversations/${id}/events`)).body!.events as ConversationLogEvent[])
        .filter((e) => e.type === 'language_set')
        .map(({ actor, agentId, agentName, locale }) => ({ actor, agentId, agentName, locale }));

    // The agent sets it: the watching console gets the row (the path every event line takes), and the log has the line.
    let from = desk.frames.length;
    expect((await setLanguage(admin.cookie, id, 'ja')).status).toBe(200);
    await desk.next('conversation', (f) => f.conversation.id === id && f.conversation.spokenLocale === 'ja', undefined, from);
    const set = { actor: 'agent', agentId: admin.agent.id, agentName: admin.agent.name, locale: 'ja' };
    expect(await lines()).toEqual([set]);
    expect((await setLanguage(admin.cookie, id, 'ja')).status).toBe(200); // the same again: no line

    // The visitor takes the way back to Chinese in the widget.
    from = desk.frames.length;
    client.send({ type: 'language', locale: 'zh-CN' });
    await desk.next('conversation', (f) => f.conversation.id === id && f.conversation.spokenLocale === 'zh-CN', undefined, from);
    client.send({ type: 'language', locale: 'zh-CN' }); // sent again (a reconnect): no line
    await client.next('language', (f) => f.locale === 'zh-CN' && f.byAgent === undefined);
    await settled(client);
    expect(await lines()).toEqual([set, { actor: 'visitor', agentId: null, agentName: null, locale: 'zh-CN' }]);
    await post(admin.cookie, id, 'close');
    client.close();
    desk.close();
  });

  it('only the agent who replies in it may: another agent, an admin who does not hold it, a chat the bot or the queue has, an unknown language and no session are refused, with typed errors', async () => {
    const ann = await addAgent(server, admin.cookie, 'ann-language@example.com');
    const { client, id } = await claimedBy(ann.cookie);
    const before = await summary(id);
    expect(await setLanguage(admin.cookie, id, 'ja')).toMatchObject({ status: 403, body: { error: { code: 'forbidden', reason: 'not_yours' } } });
    const bea = await addAgent(server, admin.cookie, 'bea-language@example.com');
    expect(await setLanguage(bea.cookie, id, 'ja')).toMatchObject({ status: 403, body: { error: { code: 'forbidden', reason: 'not_yours' } } });
    expect(await setLanguage(ann.cookie, id, 'ru')).toMatchObject({ status: 400, body: { error: { code: 'bad_frame', path: 'locale' } } });
    expect(await setLanguage(ann.cookie, id, 42)).toMatchObject({ status: 400, body: { error: { code: 'bad_frame', path: 'locale' } } });
    expect(await api(server, ann.cookie, 'PUT', `/api/v1/conversations/${id}/language`, { locale: 'ja', by: 'visitor' })).toMatchObject({ status: 400, body: { error: { code: 'bad_frame' } } });
    expect(await setLanguage('', id, 'ja')).toMatchObject({ status: 401 });
    expect(await setLanguage(ann.cookie, 'no-such-conversation', 'ja')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await post(ann.cookie, id, 'release')).status).toBe(200);
    expect(await setLanguage(ann.cookie, id, 'ja')).toMatchObject({ status: 409, body: { error: { code: 'invalid_state', reason: 'not_claimed' } } });
    expect(await summary(id)).toMatchObject({ spokenLocale: before.spokenLocale, spokenLocaleChosen: false, spokenLocaleSetBy: null });
    await post(admin.cookie, id, 'close');
    client.close();
  });
});
