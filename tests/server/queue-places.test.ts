import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateWaitSec } from '../../server/services/availability.ts';
import { openStorageBeside, startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';

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

  it("counts places within the team's queue: moved to a team, a visitor is first there, and the one behind in everyone's queue moves up", async () => {
    const admin = await login(server);
    const agent = await AgentClient.connect(server, admin.cookie);
    await agent.hello();
    const team = (await api(server, admin.cookie, 'POST', '/api/v1/admin/teams', { name: 'Refunds', memberIds: [], topics: [], hours: null })).body as { team: { id: string } };
    // Those the test above left waiting are ahead in everyone's queue.
    const visitors = [];
    let ahead = 0;
    for (let i = 0; i < 3; i++) {
      const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
      v.client.send({ type: 'handoff' });
      const place = (await v.client.next('state', (s) => s.status === 'waiting')).queuePosition!;
      if (i === 0) ahead = place - 1;
      expect(place).toBe(ahead + i + 1);
      visitors.push(v);
      await new Promise((r) => setTimeout(r, 5)); // distinct waiting_since
    }
    const [, second, third] = visitors as [(typeof visitors)[0], (typeof visitors)[0], (typeof visitors)[0]];
    const from2 = second.client.frames.length;
    const from3 = third.client.frames.length;
    const moved = await api(server, admin.cookie, 'PUT', `/api/v1/conversations/${second.welcome.conversationId}/team`, { teamId: team.team.id });
    expect(moved.status).toBe(200);
    expect((await second.client.next('state', (s) => s.status === 'waiting', 5000, from2)).queuePosition).toBe(1);
    expect((await third.client.next('state', (s) => s.status === 'waiting', 5000, from3)).queuePosition).toBe(ahead + 2);
    for (const v of visitors) v.client.close();
    agent.close();
  });

  it("estimates the wait from the capacity of the team's agents online, not everyone's", async () => {
    const admin = await login(server);
    const agent = await AgentClient.connect(server, admin.cookie);
    await agent.hello(); // the admin: 5 chat slots, in no team
    const rita = await addAgent(server, admin.cookie, 'rita@example.com', { maxChats: 2 });
    const ritaSocket = await AgentClient.connect(server, rita.cookie);
    await ritaSocket.hello();
    const team = (await api(server, admin.cookie, 'POST', '/api/v1/admin/teams', { name: 'Cards', memberIds: [rita.agent.id], topics: [], hours: null })).body as { team: { id: string } };

    // Measured history: five chats that waited 1 min and took 10 min each.
    const measured = await visitor(server.wsUrl, server.url, { locale: 'en' });
    measured.client.send({ type: 'handoff' });
    await measured.client.next('state', (s) => s.status === 'waiting');
    const storage = openStorageBeside(server);
    for (let i = 5; i >= 1; i--) {
      const at = Date.now() - i * 3600_000;
      await storage.startService(measured.welcome.conversationId, at, 60_000);
      await storage.endService(measured.welcome.conversationId, at + 600_000);
    }
    await storage.close();
    // Its own claim and close (seconds) leave the medians at 60 s and 600 s, and make the server read them afresh.
    await api(server, admin.cookie, 'POST', `/api/v1/conversations/${measured.welcome.conversationId}/claim`);
    await api(server, admin.cookie, 'POST', `/api/v1/conversations/${measured.welcome.conversationId}/close`);
    measured.client.close();
    const figures = { waitSec: 60, handleSec: 600 };

    const first = await visitor(server.wsUrl, server.url, { locale: 'en' });
    first.client.send({ type: 'handoff' });
    await first.client.next('state', (s) => s.status === 'waiting');
    const second = await visitor(server.wsUrl, server.url, { locale: 'en' });
    second.client.send({ type: 'handoff' });
    // In no team: everyone online answers, 5 + 2 slots.
    const everyone = await second.client.next('state', (s) => s.status === 'waiting' && s.estimateSec !== undefined);
    expect(everyone.estimateSec).toBe(estimateWaitSec(everyone.queuePosition!, 7, figures));

    for (const v of [first, second]) {
      expect((await api(server, admin.cookie, 'PUT', `/api/v1/conversations/${v.welcome.conversationId}/team`, { teamId: team.team.id })).status).toBe(200);
    }
    // Second in the Cards queue, which only Rita (2 slots) answers: 60 s + 600 s / 2, not 60 s + 600 s / 7.
    const inTeam = await second.client.next('state', (s) => s.status === 'waiting' && s.queuePosition === 2, 5000);
    expect(inTeam.estimateSec).toBe(estimateWaitSec(2, 2, figures));
    expect(inTeam.estimateSec).toBe(360);
    for (const c of [first.client, second.client, ritaSocket, agent]) c.close();
  });
});
