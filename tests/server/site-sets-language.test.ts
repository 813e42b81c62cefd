import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord, ConversationLogEvent, ConversationSummary } from '../../protocol/index.ts';
import { botReply } from '../../server/services/bot-replies.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { settled, visitor, type TestClient } from '../helpers/ws-client.ts';

/**
 * A language the site sets (the host page's setLocale, an app's bridge: the widget's `language` frame with `by: 'site'`)
 * is the site's, not the visitor's: the consoles' row says so, the timeline logs it as the site's, and it does not
 * replace a language the visitor chose unless the host says so (`override`); the visitor's own later choice wins; an
 * agent's choice over it is audited as over the site's. A real
 * server, real sockets (also on PostgreSQL: vitest.config.ts's ON_POSTGRES).
 */
let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
  admin = await login(server);
});
afterAll(() => server?.cleanup());

async function summary(id: string): Promise<ConversationSummary> {
  const res = await api(server, admin.cookie, 'GET', '/api/v1/conversations');
  return (res.body!.conversations as ConversationSummary[]).find((c) => c.id === id)!;
}
async function languageEvents(id: string) {
  const events = (await api(server, admin.cookie, 'GET', `/api/v1/conversations/${id}/events`)).body!.events as ConversationLogEvent[];
  return events.filter((e) => e.type === 'language_set').map((e) => ({ actor: e.actor, reason: e.reason, locale: e.locale }));
}
/** Send a choice and wait for its answer on this socket (told through the bus, or answered as unchanged). */
async function choose(client: TestClient, frame: Record<string, unknown>) {
  const from = client.frames.length;
  client.send({ type: 'language', ...frame });
  return client.next('language', () => true, undefined, from);
}

describe('the site sets the language spoken to a visitor', () => {
  it("is shown and logged as the site's, keeps out of the visitor's own choice unless the host says so, and the visitor's later choice wins", async () => {
    const desk = await AgentClient.connect(server, admin.cookie);
    await desk.hello();
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const id = welcome.conversationId;
    await settled(client);

    // The host's setLocale: the widget speaks Japanese; no way back is offered (no byAgent), the row says the site chose it.
    let deskFrom = desk.frames.length;
    expect(await choose(client, { locale: 'ja', by: 'site' })).toEqual({ type: 'language', locale: 'ja', chosen: true });
    const row = await desk.next('conversation', (f) => f.conversation.id === id && f.conversation.spokenLocale === 'ja', undefined, deskFrom);
    expect(row.conversation).toMatchObject({ spokenLocaleChosen: true, spokenLocaleSetBy: null, spokenLocaleBySite: true });
    expect(await languageEvents(id)).toEqual([{ actor: 'system', reason: 'site', locale: 'ja' }]);

    // The visitor chooses English themselves: theirs now.
    deskFrom = desk.frames.length;
    expect(await choose(client, { locale: 'en' })).toEqual({ type: 'language', locale: 'en', chosen: true });
    await desk.next('conversation', (f) => f.conversation.id === id && f.conversation.spokenLocale === 'en', undefined, deskFrom);
    expect(await summary(id)).toMatchObject({ spokenLocale: 'en', spokenLocaleChosen: true, spokenLocaleBySite: false });

    // The site says Japanese again (the host's setLocale, an iframe reloaded): the visitor's choice stands, and the
    // answer says what is spoken, so the widget shows English.
    expect(await choose(client, { locale: 'ja', by: 'site' })).toEqual({ type: 'language', locale: 'en', chosen: true });
    expect(await summary(id)).toMatchObject({ spokenLocale: 'en', spokenLocaleBySite: false });

    // Only the site overrides; a frame that says otherwise is refused by name.
    const from = client.frames.length;
    client.send({ type: 'language', locale: 'ja', override: true });
    expect(await client.next('error', () => true, undefined, from)).toMatchObject({ code: 'bad_frame', path: 'override' });

    // The host says so: the site's Japanese replaces the visitor's English.
    expect(await choose(client, { locale: 'ja', by: 'site', override: true })).toEqual({ type: 'language', locale: 'ja', chosen: true });
    expect(await summary(id)).toMatchObject({ spokenLocale: 'ja', spokenLocaleBySite: true });
    expect(await languageEvents(id)).toEqual([
      { actor: 'system', reason: 'site', locale: 'ja' },
      { actor: 'visitor', reason: null, locale: 'en' },
      { actor: 'system', reason: 'site', locale: 'ja' },
    ]);

    // A reload (another hello with the token) is told the site's language after its welcome, still the site's.
    const again = await visitor(server.wsUrl, server.url, { locale: 'en', token: welcome.token });
    expect(await again.client.next('language')).toEqual({ type: 'language', locale: 'ja', chosen: true });

    // An agent who takes the chat over and sets Korean: the audit log says the language before was the site's.
    client.send({ type: 'handoff' });
    await expect.poll(async () => (await summary(id)).status).toBe('waiting');
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${id}/claim`, {})).status).toBe(200);
    expect((await api(server, admin.cookie, 'PUT', `/api/v1/conversations/${id}/language`, { locale: 'ko' })).body!.conversation).toMatchObject({
      spokenLocale: 'ko',
      spokenLocaleBySite: false,
      spokenLocaleSetBy: { agentId: admin.agent.id },
    });
    const audit = (await api(server, admin.cookie, 'GET', '/api/v1/admin/audit?action=conversation.language_set')).body!.records as AuditRecord[];
    expect(audit.filter((r) => r.conversationId === id)).toMatchObject([
      { target: 'ko', before: { locale: 'ja', chosen: true, setById: null, bySite: true }, after: { locale: 'ko', chosen: true, setById: admin.agent.id, bySite: false } },
    ]);
    client.close();
    again.client.close();
    desk.close();
  });

  it("the widget's language menu (`by: 'visitor'`) is the visitor's own choice: over the site's, kept out of by its next setLocale, and the bot speaks it", async () => {
    const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const id = welcome.conversationId;
    await settled(client);
    expect(await choose(client, { locale: 'de', by: 'site', override: true })).toEqual({ type: 'language', locale: 'de', chosen: true });
    expect(await choose(client, { locale: 'ja', by: 'visitor' })).toEqual({ type: 'language', locale: 'ja', chosen: true });
    expect(await summary(id)).toMatchObject({ spokenLocale: 'ja', spokenLocaleChosen: true, spokenLocaleBySite: false, spokenLocaleSetBy: null });
    expect(await choose(client, { locale: 'de', by: 'site' })).toEqual({ type: 'language', locale: 'ja', chosen: true });
    expect(await languageEvents(id)).toEqual([
      { actor: 'system', reason: 'site', locale: 'de' },
      { actor: 'visitor', reason: null, locale: 'ja' },
    ]);
    // Nobody is online: the bot's own line (no message of theirs to take a language from) is in the language they chose.
    const from = client.frames.length;
    client.send({ type: 'handoff' });
    const line = await client.next('message', (m) => m.message.author === 'bot', undefined, from);
    expect(line.message.text).toBe(botReply('handoff_away', 'ja'));
    client.close();
  });
});
