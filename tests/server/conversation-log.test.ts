import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationLogList, type ConversationLogEvent } from '../../protocol/index.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';

/** The fields a timeline shows, without ids and times. */
const shape = (e: ConversationLogEvent) =>
  Object.fromEntries(Object.entries(e).filter(([k, v]) => !['id', 'at', 'conversationId'].includes(k) && v !== null));

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
    v.send({ type: 'send', clientId: 'miss-000002', text: 'zzgrbl qwxzv' }); // "zzgrbl fnord quux" now gets a "did you mean"
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
