import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AgentServerFrame } from '../../../protocol/index.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../../helpers/agent-client.ts';
import { Redis } from 'ioredis';
import { dropPrefix, redisAvailable, REDIS_URL, testPrefix } from '../../helpers/redis.ts';
import { startServer, type RunningServer } from '../../helpers/server.ts';
import { waitingVisitor } from '../../helpers/ws-client.ts';
import { createRedisBus } from '../../../server/bus/redis.ts';
import type { Bus } from '../../../server/bus/types.ts';

/**
 * Who has a conversation open, across two nodes on one Redis (and one SQLite file): an agent on node A and one on
 * node B see each other, typing included; a person with a tab on each node counts once; a socket closing on B takes
 * its person off A's list at once; a rename on one node shows on the other without a reconnect; each node says who it
 * has in one desk message per refresh period, however many chats, and nothing on the conversations' channels (which
 * visitors' sockets hear); a node that dies (its bus goes silent) has its people dropped after three refresh periods.
 */
const withRedis = await redisAvailable();
const prefix = testPrefix();
const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-here-nodes-'));
const env = { ...ADMIN_ENV, KEFU_REDIS_URL: REDIS_URL, KEFU_REDIS_PREFIX: prefix };
const REFRESH_MS = 200;
let a: RunningServer;
let b: RunningServer;
/** Node B's bus, which can die: from then on nothing it publishes leaves the node (the process is gone, to the others). */
let bBus: Bus;
const bDead = { now: false };
const opened: { close(): void }[] = [];
beforeAll(async () => {
  if (!withRedis) return;
  a = await startServer(env, { ...FAST_SCRYPT, dataDir, hereRefreshMs: REFRESH_MS });
  bBus = createRedisBus({ url: REDIS_URL, prefix, nodeId: 'who-is-here-node-b', onError: () => undefined });
  const dying: Bus = {
    ...bBus,
    publish: (id, event) => (bDead.now ? Promise.resolve() : bBus.publish(id, event)),
    publishDesk: (event) => (bDead.now ? Promise.resolve() : bBus.publishDesk(event)),
  };
  b = await startServer(env, { ...FAST_SCRYPT, dataDir, hereRefreshMs: REFRESH_MS, bus: dying });
});
afterAll(async () => {
  for (const s of opened) s.close();
  await a?.close();
  await b?.close();
  await bBus?.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (withRedis) await dropPrefix(prefix);
});

type Here = Extract<AgentServerFrame, { type: 'here' }>;
const heard = (socket: AgentClient, id: string, expected: string, from = 0) =>
  socket.next('here', (f: Here) => f.conversationId === id && f.people.map((p) => `${p.name}${p.replying ? '…' : ''}`).join(',') === expected, undefined, from);

/** A chat waiting for a person, its visitor on node A. */
async function waitingChat(): Promise<string> {
  const { client, conversationId } = await waitingVisitor(a.wsUrl, a.url);
  opened.push(client);
  return conversationId;
}
/** A console on `server` that watches the conversation and shows it. */
async function show(server: RunningServer, cookie: string, id: string): Promise<AgentClient> {
  const socket = await AgentClient.connect(server, cookie);
  opened.push(socket);
  await socket.hello([{ conversationId: id, lastSeq: 0 }]);
  await socket.next('synced', (s) => s.conversationId === id);
  socket.send({ type: 'viewing', conversationId: id });
  return socket;
}

describe.skipIf(!withRedis)('who is here on two nodes', () => {
  it('people on either node see each other, typing too; a person on both counts once; a close on B reaches A', async () => {
    const admin = await login(a);
    const mei = await addAgent(a, admin.cookie, 'mei@example.com');
    const id = await waitingChat();

    const onA = await show(a, admin.cookie, id);
    await heard(onA, id, 'admin');
    const meiOnB = await show(b, mei.cookie, id);
    await heard(onA, id, 'admin,mei');
    await heard(meiOnB, id, 'admin,mei');

    let from = onA.frames.length;
    meiOnB.send({ type: 'viewing', conversationId: id, replying: true });
    await heard(onA, id, 'admin,mei…', from);

    // Mei's second tab, on node A: still one Mei, replying (her tab on B is typing).
    const meiOnA = await show(a, mei.cookie, id);
    expect((await heard(meiOnA, id, 'admin,mei…')).people).toHaveLength(2);
    from = onA.frames.length;
    meiOnB.close();
    await heard(onA, id, 'admin,mei', from); // B's tab gone at once: Mei viewing in her tab on A
    from = onA.frames.length;
    meiOnA.close();
    await heard(onA, id, 'admin', from);
  }, 60_000);

  it('a rename on node A shows in the list of a console on node B, without a reconnect', async () => {
    const admin = await login(a);
    const lin = await addAgent(a, admin.cookie, 'lin@example.com');
    const id = await waitingChat();
    const linOnA = await show(a, lin.cookie, id);
    const adminOnB = await show(b, admin.cookie, id);
    await heard(adminOnB, id, 'admin,lin');
    const from = adminOnB.frames.length;
    expect((await api(a, lin.cookie, 'PATCH', '/api/v1/auth/me', { name: 'Lin Chen' })).status).toBe(200);
    await heard(adminOnB, id, 'admin,Lin Chen', from);
    linOnA.close();
    adminOnB.close();
  }, 60_000);

  it('N chats shown on both nodes: one message per node per refresh period on the desk, none on the chats’ channels', async () => {
    const admin = await login(a);
    const su = await addAgent(a, admin.cookie, 'su@example.com');
    const N = 4;
    const ids: string[] = [];
    for (let i = 0; i < N; i++) ids.push(await waitingChat());
    const listener = new Redis(REDIS_URL);
    opened.push({ close: () => listener.disconnect() });
    const heardOn: { channel: string; node: string; full: boolean; chats: string[] }[] = [];
    listener.on('pmessage', (_pattern: string, channel: string, raw: string) => {
      const envelope = JSON.parse(raw) as { n: string; e: { type: string; full?: boolean; chats?: { conversationId: string }[] } };
      if (envelope.e.type === 'here') heardOn.push({ channel, node: envelope.n, full: envelope.e.full === true, chats: (envelope.e.chats ?? []).map((c) => c.conversationId) });
    });
    await listener.psubscribe(`${prefix}*`);
    for (const id of ids) {
      const onA = await show(a, admin.cookie, id);
      await show(b, su.cookie, id);
      await heard(onA, id, 'admin,su');
    }
    // Settled: each node's refresh names all N (a change still in flight from the set-up, e.g. the other node's answer
    // to "who is there?", is published before it).
    const settled = Date.now() + 20_000;
    const refreshedAll = (node: string) => heardOn.some((m) => m.full && m.node === node && ids.every((id) => m.chats.includes(id)));
    while (!(new Set(heardOn.map((m) => m.node)).size === 2 && [...new Set(heardOn.map((m) => m.node))].every(refreshedAll)) && Date.now() < settled) {
      await new Promise((r) => setTimeout(r, REFRESH_MS / 4));
    }
    heardOn.length = 0;
    const PERIODS = 5;
    await new Promise((r) => setTimeout(r, PERIODS * REFRESH_MS));
    const window = heardOn.splice(0);
    expect(window.filter((m) => m.channel !== `${prefix}desk`)).toEqual([]);
    const nodes = new Set(window.map((m) => m.node));
    expect(nodes.size).toBe(2);
    for (const node of nodes) {
      const mine = window.filter((m) => m.node === node);
      // Session 41: one per chat per period on each chat's channel, N·PERIODS = 20 a node. Now: at most one a period.
      expect(mine.length).toBeGreaterThanOrEqual(1);
      expect(mine.length).toBeLessThanOrEqual(PERIODS + 1);
      // Every refresh names all N; nothing changed in the window, so no change message either.
      expect(mine.filter((m) => !m.full)).toEqual([]);
      for (const m of mine) expect(m.chats).toEqual(expect.arrayContaining(ids));
    }
  }, 60_000);

  it('a node that dies: its people leave the other node’s list after three refresh periods, no ghost', async () => {
    const admin = await login(a);
    const ken = await addAgent(a, admin.cookie, 'ken@example.com');
    const id = await waitingChat();
    const onA = await show(a, admin.cookie, id);
    await show(b, ken.cookie, id);
    await heard(onA, id, 'admin,ken');
    // Alive and quiet for longer than the expiry: kept (B says it again every period), A's console told nothing new.
    const quiet = onA.frames.length;
    await new Promise((r) => setTimeout(r, 5 * REFRESH_MS));
    expect(onA.frames.slice(quiet).filter((f) => f.type === 'here')).toEqual([]);
    const from = onA.frames.length;
    bDead.now = true;
    const diedAt = Date.now();
    await heard(onA, id, 'admin', from);
    expect(Date.now() - diedAt).toBeGreaterThanOrEqual(2 * REFRESH_MS);
  }, 60_000);
});
