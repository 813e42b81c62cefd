import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
});
afterAll(() => server.cleanup());

describe('two agents claim the same chat at once', () => {
  it('exactly one wins, 100 times out of 100; the other gets a clear 409', async () => {
    const admin = await login(server);
    const a = await addAgent(server, admin.cookie, 'ann@example.com', { maxChats: 50 });
    const b = await addAgent(server, admin.cookie, 'ben@example.com', { maxChats: 50 });
    const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const id = welcome.conversationId;
    const path = `/api/v1/conversations/${id}`;
    for (let i = 0; i < 100; i++) {
      const from = v.frames.length;
      v.send({ type: 'handoff' });
      await v.next('state', (s) => s.status === 'waiting', 5000, from);
      const results = await Promise.all([api(server, a.cookie, 'POST', `${path}/claim`), api(server, b.cookie, 'POST', `${path}/claim`)]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409]);
      const loser = results.find((r) => r.status === 409)!;
      expect(['conflict', 'invalid_state']).toContain((loser.body!.error as { code: string }).code);
      expect((loser.body!.error as { reason?: string }).reason).toBe('claimed_by_other');
      const winner = results[0]!.status === 200 ? a : b;
      expect((await api(server, winner.cookie, 'POST', `${path}/release`)).status).toBe(200);
    }
    v.close();
  });
});
