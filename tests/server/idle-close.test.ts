import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationLogEvent, ConversationSummary } from '../../protocol/index.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { TestClient, visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { loadConfig } from '../../server/config.ts';

/**
 * Idle conversations close, and abandoned waiting entries leave the queue: the real server's cluster job, with
 * short times (the sweep every 250 ms, 3 s idle / gone, visitors stamped every 200 ms, queue places sent every 250 ms
 * rather than every 3 s), real sockets both sides.
 */
// Far above the one round trip in which a chat of the setup could be closed too soon (a claim and the reply after it)
// and fifteen times a socket's stamp: 6 s took each test 6 s more for no more proof.
const IDLE_MS = 3_000;
let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
let agent: AgentClient;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, { ...FAST_SCRYPT, queuePlaceMs: 250, idleSweep: { everyMs: 250, seenMs: 200, times: { closeMs: IDLE_MS, abandonMs: IDLE_MS } } });
  admin = await login(server);
  agent = await AgentClient.connect(server, admin.cookie);
  await agent.hello();
});
afterAll(async () => {
  agent.close();
  await server.cleanup();
});

const events = async (id: string) => ((await api(server, admin.cookie, 'GET', `/api/v1/conversations/${id}/events`)).body as { events: ConversationLogEvent[] }).events;
const statusOf = async (id: string) =>
  ((await api(server, admin.cookie, 'GET', '/api/v1/conversations')).body as { conversations: ConversationSummary[] }).conversations.find((c) => c.id === id)?.status;

/** A visitor in the agents' queue (asked for a person), and the agent has seen it arrive. */
async function queued(locale: string) {
  const v = await visitor(server.wsUrl, server.url, { locale });
  v.client.send({ type: 'send', clientId: `ask-${v.welcome.conversationId.slice(0, 8)}`, text: locale === 'en' ? 'talk to a human' : '转人工' });
  await agent.conversation(v.welcome.conversationId, 'waiting');
  await v.client.next('state', (s) => s.status === 'waiting');
  return { ...v, id: v.welcome.conversationId };
}

async function claimed(locale: string) {
  const v = await queued(locale);
  const ref = `claim-${v.id.slice(0, 8)}`;
  agent.send({ type: 'claim', conversationId: v.id, ref });
  await agent.next('done', (d) => d.ref === ref);
  return v;
}

describe('idle conversations close', () => {
  it("closes an agent's chat and a bot chat nobody wrote in, tells the visitor in their language; a visitor awaiting a reply, and a site set to never, stay", async () => {
    // A site whose own setting is 0: its chats are never closed this way.
    expect((await api(server, admin.cookie, 'PUT', '/api/v1/admin/sites/shop', { channels: { phones: [], social: [] }, idleCloseMinutes: 0 })).status).toBe(200);
    const kept = await visitor(server.wsUrl, server.url, { locale: 'en', site: 'shop' });
    kept.client.send({ type: 'send', clientId: 'kept-chat-01', text: 'hello' });
    await kept.client.next('message', (m) => m.message.author === 'bot');
    // Waits for the agent (the visitor wrote last): never idle, however long.
    const awaiting = await claimed('en');
    awaiting.client.send({ type: 'send', clientId: 'awaiting-01', text: 'Are you still there?' });
    await awaiting.client.next('ack', (a) => a.clientId === 'awaiting-01');
    // The agent answered last: idle once nobody writes.
    const answered = await claimed('zh-CN');
    agent.send({ type: 'send', conversationId: answered.id, clientId: 'agent-reply-01', text: '退款已经处理好了' });
    await agent.next('ack', (a) => a.clientId === 'agent-reply-01');
    // With the bot only.
    const withBot = await visitor(server.wsUrl, server.url, { locale: 'en' });
    withBot.client.send({ type: 'send', clientId: 'bot-chat-01', text: 'hello' });
    await withBot.client.next('message', (m) => m.message.author === 'bot');

    const closed = await answered.client.next('state', (s) => s.status === 'closed', IDLE_MS + 15_000);
    expect(closed.rated).toBe(false); // the widget offers the rating
    const notice = await answered.client.next('message', (m) => m.message.author === 'system');
    // The idle time in whole minutes (at least 1: here 3 s).
    expect(notice.message.text).toBe('1 分钟内没有新消息，本次会话已自动结束。如需帮助，随时发消息即可开始新的会话。');
    await agent.next('conversation', (f) => f.conversation.id === answered.id && f.conversation.status === 'closed', 15_000);
    const last = (await events(answered.id)).at(-1)!;
    expect(last).toMatchObject({ type: 'closed', actor: 'system', reason: 'idle', agentId: null, fromAgentId: admin.agent.id });

    const botNotice = await withBot.client.next('message', (m) => m.message.author === 'system', IDLE_MS + 15_000);
    expect(botNotice.message.text).toMatch(/^This chat was closed after 1 minutes without a new message/);
    // The sweep that closed the later chat looked at the earlier one too, and left it: its visitor waits.
    expect(await statusOf(awaiting.id)).toBe('assigned');
    expect(await statusOf(kept.welcome.conversationId)).toBe('bot');
    expect(awaiting.client.frames.some((f) => f.type === 'message' && f.message.author === 'system')).toBe(false);

    // Writing again: the server sends the widget back to hello, which starts a new conversation.
    answered.client.send({ type: 'send', clientId: 'after-close-1', text: '还有一个问题' });
    expect((await answered.client.waitClose()).reason).toBe('conversation closed');
    for (const v of [awaiting, withBot, kept]) v.client.close();
  });
});

describe('abandoned waiting entries', () => {
  it('a visitor gone for the grace time leaves the queue, the one behind moves up, and the notice waits for their return', async () => {
    const gone = await queued('zh-CN');
    const staying = await queued('zh-CN');
    expect((await staying.client.next('state', (s) => s.status === 'waiting')).queuePosition).toBe(2);
    const token = gone.welcome.token;
    // The console's row said 'bot' before the visitor was queued too (the language their request showed): only a later one counts.
    const leftAt = agent.frames.length;
    gone.client.close();

    await agent.next('conversation', (f) => f.conversation.id === gone.id && f.conversation.status === 'bot', IDLE_MS + 15_000, leftAt);
    const left = (await events(gone.id)).at(-1)!;
    expect(left).toMatchObject({ type: 'cancelled', actor: 'system', reason: 'abandoned' });
    expect(await statusOf(staying.id)).toBe('waiting'); // stamped by its socket all along
    expect((await staying.client.next('state', (s) => s.status === 'waiting' && s.queuePosition === 1, 10_000)).queuePosition).toBe(1);

    // Back on the same device: the same conversation, with the bot, and the notice in the transcript.
    const back = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
    back.send({ type: 'hello', v: 1, locale: 'zh-CN', token });
    expect((await back.next('welcome')).conversationId).toBe(gone.id);
    const notice = await back.next('message', (m) => m.message.author === 'system');
    expect(notice.message.text).toBe('您离开期间已退出排队。需要人工客服时，随时可以再次申请。');
    back.close();
    staying.client.close();
  });
});

describe('configuration', () => {
  it('reads the idle time in minutes and the grace time in seconds; 0 turns each off; a grace under a minute is refused', () => {
    expect(loadConfig({}).idle).toEqual({ closeMs: 3_600_000, abandonMs: 300_000 });
    expect(loadConfig({ KEFU_IDLE_CLOSE_MINUTES: '0', KEFU_QUEUE_ABANDON_SECONDS: '0' }).idle).toEqual({ closeMs: 0, abandonMs: 0 });
    expect(() => loadConfig({ KEFU_QUEUE_ABANDON_SECONDS: '20' })).toThrow(/KEFU_QUEUE_ABANDON_SECONDS: 0 \(never\) or at least 60/);
  });
});
