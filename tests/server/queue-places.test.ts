import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, login } from '../helpers/agent-client.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, { ...FAST_SCRYPT, queuePlaceMs: 100 });
});
afterAll(() => server.cleanup());

describe('the queue as waiting visitors see it', () => {
  it('gives places 1, 2, 3 in order of asking, and moves everyone up when the first leaves', async () => {
    // Someone is online (manual routing: nobody claims), so there is a queue to stand in.
    const agent = await AgentClient.connect(server, (await login(server)).cookie);
    await agent.hello();
    const visitors = [];
    for (let i = 0; i < 3; i++) {
      const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
      v.client.send({ type: 'handoff' });
      const own = await v.client.next('state', (s) => s.status === 'waiting');
      expect(own.queuePosition).toBe(i + 1);
      expect(own.agentsOnline).toBe(true);
      expect(own.reach?.kind).toBe('online');
      visitors.push(v);
      await new Promise((r) => setTimeout(r, 5)); // distinct waiting_since
    }
    const [first, second, third] = visitors as [(typeof visitors)[0], (typeof visitors)[0], (typeof visitors)[0]];
    const from2 = second.client.frames.length;
    const from3 = third.client.frames.length;
    first.client.send({ type: 'cancel_handoff' });
    expect((await second.client.next('state', (s) => s.status === 'waiting', 5000, from2)).queuePosition).toBe(1);
    expect((await third.client.next('state', (s) => s.status === 'waiting', 5000, from3)).queuePosition).toBe(2);
    for (const v of visitors) v.client.close();
    agent.close();
  });
});
