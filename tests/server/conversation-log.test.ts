import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConversationLogList, type ConversationLogEvent } from '../../protocol/index.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
async function freshStorage() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kefu-log-'));
  dirs.push(dir);
  const s = openSqliteStorage(path.join(dir, 'kefu.sqlite'));
  const v = await s.createVisitor('h', 'en');
  const c = await s.openConversation(v.id, 'en');
  const ann = await s.createAgent({ email: 'ann@example.com', name: 'Ann', role: 'agent', passwordHash: 'x', maxChats: 5 });
  const bob = await s.createAgent({ email: 'bob@example.com', name: 'Bob', role: 'agent', passwordHash: 'x', maxChats: 5 });
  return { s, v, c, ann, bob };
}

/** The fields a timeline shows, without ids and times. */
const shape = (e: ConversationLogEvent) =>
  Object.fromEntries(Object.entries(e).filter(([k, v]) => !['id', 'at', 'conversationId'].includes(k) && v !== null));

describe('conversation event log (storage)', () => {
  it('logs each state change with its owners, and a change that loses the race logs nothing', async () => {
    const { s, c, ann, bob } = await freshStorage();
    const bot = { status: 'bot', agentId: null } as const;
    const waiting = { status: 'waiting', agentId: null } as const;
    await s.transitionConversation(c.id, bot, waiting, { type: 'queued', actor: 'bot', agentId: null, reason: 'bot_missed' });
    await s.transitionConversation(c.id, waiting, { status: 'assigned', agentId: ann.id }, { type: 'claimed', actor: 'system', agentId: null });
    // A second claim of the same waiting conversation loses: no row, no event.
    expect(await s.transitionConversation(c.id, waiting, { status: 'assigned', agentId: bob.id }, { type: 'claimed', actor: 'agent', agentId: bob.id })).toBeNull();
    await s.transitionConversation(c.id, { status: 'assigned', agentId: ann.id }, { status: 'assigned', agentId: bob.id }, { type: 'transferred', actor: 'agent', agentId: ann.id });
    await s.transitionConversation(c.id, { status: 'assigned', agentId: bob.id }, { status: 'closed', agentId: null }, { type: 'closed', actor: 'agent', agentId: bob.id });
    expect(await s.rateConversation(c.id, { score: 4, comment: 'ok' })).toBe(true);
    expect(await s.rateConversation(c.id, { score: 1, comment: null })).toBe(false); // rated once, logged once
    const ticket = await s.addTicket(c.id, 'me@example.com', 'call me');

    const events = await s.listConversationEvents(c.id);
    expect(events.map(shape)).toEqual([
      { type: 'queued', actor: 'bot', reason: 'bot_missed' },
      { type: 'claimed', actor: 'system', toAgentId: ann.id, toAgentName: 'Ann' },
      { type: 'transferred', actor: 'agent', agentId: ann.id, agentName: 'Ann', fromAgentId: ann.id, fromAgentName: 'Ann', toAgentId: bob.id, toAgentName: 'Bob' },
      { type: 'closed', actor: 'agent', agentId: bob.id, agentName: 'Bob', fromAgentId: bob.id, fromAgentName: 'Bob' },
      { type: 'rated', actor: 'visitor', score: 4, comment: 'ok' },
      { type: 'ticket', actor: 'visitor', ticketId: ticket.id },
    ]);
    // Each event is parseable by the wire schema the console uses; ids increase, times never go back.
    expect(ConversationLogList.parse({ events }).events).toHaveLength(6);
    expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort((a, b) => a - b));
    expect(events.every((e, i) => i === 0 || e.at >= events[i - 1]!.at)).toBe(true);
    // The state change happened with its event: the conversation is closed, by the same transaction.
    expect((await s.getConversation(c.id))?.status).toBe('closed');
    await s.close();
  });

  it('keeps the names as they were once an agent is removed, and queries a time window by type', async () => {
    const { s, c, ann } = await freshStorage();
    const before = Date.now();
    await s.transitionConversation(c.id, { status: 'bot', agentId: null }, { status: 'waiting', agentId: null }, { type: 'queued', actor: 'visitor', agentId: null, reason: 'asked' });
    await s.transitionConversation(c.id, { status: 'waiting', agentId: null }, { status: 'assigned', agentId: ann.id }, { type: 'claimed', actor: 'agent', agentId: ann.id });
    await s.transitionConversation(c.id, { status: 'assigned', agentId: ann.id }, { status: 'bot', agentId: null }, { type: 'released', actor: 'agent', agentId: ann.id });
    await s.deleteAgent(ann.id);
    const released = (await s.listConversationEvents(c.id)).at(-1)!;
    expect(shape(released)).toEqual({ type: 'released', actor: 'agent', agentId: ann.id, agentName: 'Ann', fromAgentId: ann.id, fromAgentName: 'Ann' });

    const after = Date.now() + 1;
    expect((await s.queryConversationEvents({ from: before, to: after, limit: 100 })).map((e) => e.type)).toEqual(['queued', 'claimed', 'released']);
    expect((await s.queryConversationEvents({ from: before, to: after, types: ['claimed', 'released'], limit: 100 })).map((e) => e.type)).toEqual(['claimed', 'released']);
    expect(await s.queryConversationEvents({ from: before, to: after, limit: 1 })).toHaveLength(1);
    expect(await s.queryConversationEvents({ from: after, to: after + 1000, limit: 100 })).toEqual([]);
    await s.close();
  });
});

describe('conversation event log (over the API, written by real state changes)', () => {
  let server: RunningServer;
  let admin: Awaited<ReturnType<typeof login>>;
  beforeAll(async () => {
    server = await startServer({ ...ADMIN_ENV }, FAST_SCRYPT);
    admin = await login(server);
  });
  afterAll(() => server.cleanup());

  const events = async (cookie: string, id: string) => {
    const res = await api(server, cookie, 'GET', `/api/v1/conversations/${id}/events`);
    expect(res.status).toBe(200);
    return ConversationLogList.parse(res.body).events;
  };

  it('asked for a person → claimed → transferred → handed back → two misses → claimed → closed → rated → ticket', async () => {
    const bea = await addAgent(server, admin.cookie, 'bea@example.com');
    const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const id = welcome.conversationId;
    const post = (cookie: string, action: string, body?: unknown) => api(server, cookie, 'POST', `/api/v1/conversations/${id}/${action}`, body);

    v.send({ type: 'handoff' });
    await v.next('state', (f) => f.status === 'waiting');
    expect((await post(admin.cookie, 'claim')).status).toBe(200);
    expect((await post(admin.cookie, 'transfer', { agentId: bea.agent.id })).status).toBe(200);
    const beforeRelease = v.frames.length; // the hello's own state frame said "bot" too
    expect((await post(bea.cookie, 'release')).status).toBe(200);
    await v.next('state', (f) => f.status === 'bot', 5000, beforeRelease);
    v.send({ type: 'send', clientId: 'miss-000001', text: 'qwxz plorb vrenk' });
    await v.next('message', (m) => m.message.bot?.kind === 'none');
    v.send({ type: 'send', clientId: 'miss-000002', text: 'zzgrbl fnord quux' });
    await v.next('state', (f) => f.status === 'waiting', 5000, v.frames.length - 1);
    expect((await post(bea.cookie, 'claim')).status).toBe(200);
    expect((await post(admin.cookie, 'close')).status).toBe(200); // an admin may close another's chat
    await v.next('state', (f) => f.status === 'closed');
    v.send({ type: 'rate', score: 3, comment: 'card 4111 1111 1111 1111 was fine' });
    await v.next('state', (f) => f.status === 'closed' && f.rated === true);
    v.send({ type: 'leave_message', contact: 'me@example.com', text: 'one more thing' });
    const saved = await v.next('ticket_saved');
    v.close();

    const log = await events(bea.cookie, id);
    expect(log.map(shape)).toEqual([
      { type: 'queued', actor: 'visitor', reason: 'asked' },
      { type: 'claimed', actor: 'agent', agentId: admin.agent.id, agentName: 'admin', toAgentId: admin.agent.id, toAgentName: 'admin' },
      { type: 'transferred', actor: 'agent', agentId: admin.agent.id, agentName: 'admin', fromAgentId: admin.agent.id, fromAgentName: 'admin', toAgentId: bea.agent.id, toAgentName: 'bea' },
      { type: 'released', actor: 'agent', agentId: bea.agent.id, agentName: 'bea', fromAgentId: bea.agent.id, fromAgentName: 'bea' },
      { type: 'queued', actor: 'bot', reason: 'bot_missed' },
      { type: 'claimed', actor: 'agent', agentId: bea.agent.id, agentName: 'bea', toAgentId: bea.agent.id, toAgentName: 'bea' },
      { type: 'closed', actor: 'agent', agentId: admin.agent.id, agentName: 'admin', fromAgentId: bea.agent.id, fromAgentName: 'bea' },
      { type: 'rated', actor: 'visitor', score: 3, comment: expect.not.stringContaining('4111 1111 1111 1111') },
      { type: 'ticket', actor: 'visitor', ticketId: saved.ticketId },
    ]);
  });

  it('logs the visitor leaving the queue; an unknown conversation is 404 and the log needs a login', async () => {
    const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    v.send({ type: 'handoff' });
    await v.next('state', (f) => f.status === 'waiting');
    const from = v.frames.length; // the hello's own state frame already said "bot"
    v.send({ type: 'cancel_handoff' });
    await v.next('state', (f) => f.status === 'bot', 5000, from);
    v.close();
    expect((await events(admin.cookie, welcome.conversationId)).map((e) => [e.type, e.actor])).toEqual([
      ['queued', 'visitor'],
      ['cancelled', 'visitor'],
    ]);
    expect((await api(server, admin.cookie, 'GET', '/api/v1/conversations/no-such-id/events')).status).toBe(404);
    expect((await api(server, null, 'GET', `/api/v1/conversations/${welcome.conversationId}/events`)).status).toBe(401);
  });
});
