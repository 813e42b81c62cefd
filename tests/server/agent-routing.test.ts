import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickAgent } from '../../server/services/routing.ts';
import { DEFAULT_SCRYPT_LOG2N, hashPassword, verifyPassword } from '../../server/services/passwords.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';

describe('routing rule', () => {
  const a = (id: string, active: number, online = true, maxChats = 2) => ({ id, active, online, maxChats });
  it('picks the least-busy online agent under their limit, else nobody', () => {
    expect(pickAgent([a('x', 1), a('y', 0), a('z', 0)])).toBe('y');
    expect(pickAgent([a('x', 0, false), a('y', 1)])).toBe('y');
    expect(pickAgent([a('x', 2), a('y', 3, true, 3)])).toBeNull();
    expect(pickAgent([])).toBeNull();
  });
});

describe('passwords', () => {
  it('use scrypt at N = 2^17 by default, and verify only the right password', async () => {
    expect(DEFAULT_SCRYPT_LOG2N).toBeGreaterThanOrEqual(17);
    const stored = await hashPassword('correct horse battery', DEFAULT_SCRYPT_LOG2N);
    expect(stored.startsWith('scrypt$17$8$1$')).toBe(true);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    const cheap = await hashPassword('correct horse battery', 10);
    expect(await verifyPassword('correct horse batterz', cheap)).toBe(false);
    expect(await verifyPassword('x', 'garbage')).toBe(false);
  });
});

describe('auto routing and transfer over real sockets', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ ...ADMIN_ENV, KEFU_ROUTING: 'auto' }, FAST_SCRYPT);
  });
  afterAll(() => server.cleanup());

  it('gives waiting chats to the least-busy online agent within their limit; the rest wait; transfer moves one', async () => {
    const admin = await login(server);
    const ann = await addAgent(server, admin.cookie, 'ann@example.com', { maxChats: 1 });
    const sock = await AgentClient.connect(server, ann.cookie);
    await sock.hello();

    const first = await visitor(server.wsUrl, server.url, { locale: 'en' });
    first.client.send({ type: 'handoff' });
    const joined = await first.client.next('state', (s) => s.status === 'assigned');
    expect(joined.agentName).toBe('ann');

    const second = await visitor(server.wsUrl, server.url, { locale: 'en' });
    second.client.send({ type: 'handoff' });
    const waiting = await second.client.next('state', (s) => s.status === 'waiting');
    expect(waiting.queuePosition).toBe(1); // Ann is at her limit of one

    // Ann hands her chat to the admin (offline: transfer still works, it is the owner's choice).
    const moved = await api(server, ann.cookie, 'POST', `/api/v1/conversations/${first.welcome.conversationId}/transfer`, { agentId: admin.agent.id });
    expect(moved.status).toBe(200);
    expect((await first.client.next('state', (s) => s.agentName === 'admin')).status).toBe('assigned');
    // Ann has room again: routing gives her the waiting chat.
    expect((await second.client.next('state', (s) => s.status === 'assigned')).agentName).toBe('ann');
    // Only the owner may reply.
    const foreign = await api(server, ann.cookie, 'POST', `/api/v1/conversations/${first.welcome.conversationId}/messages`, { text: 'hi' });
    expect(foreign.status).toBe(403);
    sock.close();
    first.client.close();
    second.client.close();
  });
});
