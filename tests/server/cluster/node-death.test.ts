import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { ADMIN_ENV, AgentClient, login, type Reachable } from '../../helpers/agent-client.ts';
import { startCluster, type Cluster } from '../../helpers/cluster.ts';
import { postgresAvailable } from '../../helpers/postgres.ts';
import { redisAvailable } from '../../helpers/redis.ts';
import { waitFor } from '../../helpers/wait.ts';
import { visitor } from '../../helpers/ws-client.ts';

/**
 * Any node can die: two Kefu processes on one PostgreSQL and one Redis. The clients of a node killed with
 * SIGKILL come back on the other and resync (nothing lost, doubled or reordered); a node told to stop turns
 * /readyz 503 first, then tells its clients to reconnect, and they do, elsewhere.
 */
const ready = (await postgresAvailable()) && (await redisAvailable());
let cluster: Cluster;
let A: Reachable;
let B: Reachable;
let admin: { cookie: string };

beforeAll(async () => {
  if (!ready) return;
  cluster = await startCluster(2, { ...ADMIN_ENV, KEFU_FAQ_PACK_DIR: path.resolve(import.meta.dirname, '../../fixtures/faq-mini'), KEFU_SHUTDOWN_DRAIN_MS: '3000' });
  [A, B] = [cluster.nodes[0]!, cluster.nodes[1]!];
  admin = await login(A);
}, 120_000);
afterAll(async () => {
  await cluster?.close();
});

describe.skipIf(!ready)('a node dies', () => {
  it('SIGKILL: its visitor and agent come back on the other node and resync with nothing lost, doubled or reordered', async () => {
    const agent = await AgentClient.connect(B, admin.cookie);
    await agent.hello();
    const v = await visitor(B.wsUrl, B.url, { locale: 'en' });
    const id = v.welcome.conversationId;
    v.client.send({ type: 'handoff' });
    await agent.conversation(id, 'waiting');
    agent.send({ type: 'claim', conversationId: id, ref: 'death-claim' });
    await agent.next('done', (d) => d.ref === 'death-claim');
    agent.send({ type: 'watch', conversationId: id, lastSeq: 0 });
    await agent.next('synced', (s) => s.conversationId === id);
    v.client.send({ type: 'send', clientId: 'before-death-1', text: 'before the node died' });
    const acked = await v.client.next('ack', (a) => a.clientId === 'before-death-1');
    await agent.next('message', (m) => m.message.seq === acked.seq);
    const agentSeen = acked.seq;

    await cluster.kill(1);
    await Promise.all([v.client.waitClose(10_000), agent.raw.waitClose(10_000)]);

    // The visitor is back first, on A, and writes while the agent is still away.
    const back = await visitor(A.wsUrl, A.url, { token: v.welcome.token, lastSeq: acked.seq });
    expect(back.welcome.conversationId).toBe(id);
    expect(back.welcome.status).toBe('assigned');
    for (const n of [1, 2, 3]) back.client.send({ type: 'send', clientId: `after-death-${n}`, text: `while the agent reconnects ${n}` });
    await back.client.next('ack', (a) => a.clientId === 'after-death-3');
    // The agent's console reconnects on A with what it had: it gets exactly the three it missed, in order.
    const again = await AgentClient.connect(A, admin.cookie);
    await again.hello([{ conversationId: id, lastSeq: agentSeen }]);
    const synced = await again.next('synced', (s) => s.conversationId === id);
    const replayed = again.frames.flatMap((f) => (f.type === 'message' && f.message.conversationId === id ? [f.message] : []));
    expect(replayed.map((m) => m.text)).toEqual([1, 2, 3].map((n) => `while the agent reconnects ${n}`));
    expect(replayed.map((m) => m.seq)).toEqual([agentSeen + 1, agentSeen + 2, agentSeen + 3]);
    expect(synced.lastSeq).toBe(agentSeen + 3);
    // And the chat goes on across the surviving node.
    again.send({ type: 'send', conversationId: id, clientId: 'agent-after-death', text: 'I am still here' });
    expect((await back.client.next('message', (m) => m.message.author === 'agent')).message.seq).toBe(agentSeen + 4);
    back.client.close();
    again.close();
    await cluster.restart(1); // for the next test
  }, 90_000);

  it('SIGTERM: /readyz turns 503 first, then every socket is told to reconnect, and the visitor resyncs on the other node', async () => {
    const v = await visitor(B.wsUrl, B.url, { locale: 'en' });
    v.client.send({ type: 'send', clientId: 'before-stop-1', text: 'hello before the stop' });
    const acked = await v.client.next('ack', (a) => a.clientId === 'before-stop-1');
    expect((await fetch(`${B.url}/readyz`)).status).toBe(200);
    const stopping = cluster.nodes[1]!.process!;
    stopping.child.kill('SIGTERM');
    // Draining: no longer ready, yet still serving the sockets it holds.
    const draining = await waitFor(async () => {
      const res = await fetch(`${B.url}/readyz`);
      return res.status === 503 ? ((await res.json()) as { checks: { draining: boolean } }) : false;
    }, 'B draining', 10_000);
    expect(draining.checks.draining).toBe(true);
    expect(v.client.frames.some((f) => f.type === 'reconnect')).toBe(false);
    expect(v.client.closed).toBeNull();
    // Then the hint, then the close.
    expect((await v.client.next('reconnect', () => true, 10_000)).afterMs).toBeGreaterThan(0);
    expect((await v.client.waitClose(10_000)).code).toBe(1001);
    expect(await stopping.exited).toBe(0);
    const back = await visitor(A.wsUrl, A.url, { token: v.welcome.token, lastSeq: acked.seq });
    expect(back.welcome.conversationId).toBe(v.welcome.conversationId);
    expect(back.welcome.lastSeq).toBeGreaterThanOrEqual(acked.seq); // the bot's answer may have come after the ack
    back.client.close();
    cluster.nodes[1]!.process = null;
  }, 60_000);
});
