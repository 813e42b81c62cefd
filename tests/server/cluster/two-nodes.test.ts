import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../../helpers/agent-client.ts';
import { dropPrefix, redisAvailable, REDIS_URL, testPrefix } from '../../helpers/redis.ts';
import { startServer, type RunningServer } from '../../helpers/server.ts';
import { TestClient, visitor } from '../../helpers/ws-client.ts';

/**
 * Two server instances sharing one Redis (their own key prefix) and one data directory: what Redis carries
 * between nodes — the desk channel, conversation topics, presence, limits — over real sockets. (The
 * three-process tests on PostgreSQL add the shared database; here both nodes open the same SQLite file.)
 */
const withRedis = await redisAvailable();
const prefix = testPrefix();
const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-two-nodes-'));
const env = {
  ...ADMIN_ENV,
  KEFU_REDIS_URL: REDIS_URL,
  KEFU_REDIS_PREFIX: prefix,
  KEFU_LIMIT_MESSAGES_PER_MIN: '1',
  KEFU_LIMIT_MESSAGES_BURST: '4',
  KEFU_LIMIT_SOCKETS_PER_IP: '3',
};
/** Every visitor socket a test opened: closed after it even when it fails, so its slot is not held into the next test. */
const opened: TestClient[] = [];
afterEach(() => {
  for (const client of opened.splice(0)) client.close();
});
/** A visitor past hello on this node (its socket closed after the test). */
async function visitorOn(server: RunningServer, hello: Record<string, unknown>) {
  const v = await visitor(server.wsUrl, server.url, hello);
  opened.push(v.client);
  return v;
}
/** A visitor socket past hello, or null when the server refused it (too many sockets from this address). */
async function tryVisitor(server: RunningServer): Promise<TestClient | null> {
  const client = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
  opened.push(client);
  client.send({ type: 'hello', v: 1, locale: 'en' });
  const first = await Promise.race([client.next('welcome'), client.next('error')]);
  if (first.type === 'welcome') return client;
  expect(first).toMatchObject({ code: 'rate_limited', message: 'too many open connections from this address' });
  return null;
}
/** Retries (bounded) until a slot is free. */
async function admitted(server: RunningServer): Promise<TestClient> {
  for (let i = 0; i < 100; i++) {
    const client = await tryVisitor(server);
    if (client) return client;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no socket slot came free');
}

let a: RunningServer;
let b: RunningServer;
beforeAll(async () => {
  if (!withRedis) return;
  a = await startServer(env, { ...FAST_SCRYPT, dataDir });
  b = await startServer(env, { ...FAST_SCRYPT, dataDir });
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (withRedis) await dropPrefix(prefix);
});

describe.skipIf(!withRedis)('two nodes on one Redis', () => {
  it('a visitor on node A asks for a person; an agent on node B sees it, claims and replies; the visitor sees the reply', async () => {
    const admin = await login(b);
    const agent = await AgentClient.connect(b, admin.cookie);
    await agent.hello();
    const v = await visitorOn(a, { locale: 'en' });
    const id = v.welcome.conversationId;
    v.client.send({ type: 'handoff' });
    // The agent is online on B: A's visitor is told so (presence is shared).
    expect((await v.client.next('state', (s) => s.status === 'waiting')).agentsOnline).toBe(true);
    await agent.conversation(id, 'waiting');
    agent.send({ type: 'claim', conversationId: id, ref: 'two-claim-1' });
    await agent.next('done', (d) => d.ref === 'two-claim-1');
    expect((await v.client.next('state', (s) => s.status === 'assigned')).agentName).toBe('admin');
    agent.send({ type: 'watch', conversationId: id, lastSeq: 0 });
    await agent.next('synced', (s) => s.conversationId === id);
    agent.send({ type: 'send', conversationId: id, clientId: 'two-reply-01', text: 'Hello from node B' });
    expect((await v.client.next('message', (m) => m.message.author === 'agent')).message.text).toBe('Hello from node B');
    // And back: the visitor's message on A reaches the agent's socket on B.
    v.client.send({ type: 'send', clientId: 'two-visitor-01', text: 'thanks, node A here' });
    await agent.next('message', (m) => m.message.text === 'thanks, node A here');
    v.client.close();
    agent.close();
  });

  it("a visitor's message on node A moves the inbox row of a console on node B that follows no chat", async () => {
    const agent = await AgentClient.connect(b, (await login(b)).cookie);
    await agent.hello();
    const v = await visitorOn(a, { locale: 'en' });
    const id = v.welcome.conversationId;
    v.client.send({ type: 'handoff' });
    await agent.conversation(id, 'waiting');
    v.client.send({ type: 'send', clientId: 'two-preview-1', text: 'still waiting for my refund' });
    const row = await agent.next('previews', (f) => f.previews.some((p) => p.id === id && p.preview?.text === 'still waiting for my refund'));
    expect(row.previews.find((p) => p.id === id)).toMatchObject({ preview: { author: 'visitor' }, visitorMessages: 1 });
    agent.close();
  });

  it('a visitor who hops between nodes stays under one rate limit', async () => {
    const v1 = await visitorOn(a, { locale: 'en' });
    const token = v1.welcome.token;
    v1.client.send({ type: 'handoff' }); // no bot replies: only the visitor's own messages count here
    await v1.client.next('state', (s) => s.status === 'waiting');
    for (const i of [1, 2]) {
      v1.client.send({ type: 'send', clientId: `hop-a-000${i}`, text: `on A ${i}` });
      await v1.client.next('ack', (f) => f.clientId === `hop-a-000${i}`);
    }
    v1.client.close();
    const v2 = await visitorOn(b, { token });
    for (const i of [1, 2]) {
      v2.client.send({ type: 'send', clientId: `hop-b-000${i}`, text: `on B ${i}` });
      await v2.client.next('ack', (f) => f.clientId === `hop-b-000${i}`);
    }
    // The fifth message in a burst of four: refused, though node B has seen only two.
    v2.client.send({ type: 'send', clientId: 'hop-b-0003', text: 'one too many' });
    const refused = await v2.client.next('error', (e) => e.ref === 'hop-b-0003');
    expect(refused.code).toBe('rate_limited');
    v2.client.close();
  });

  it('the sockets one address may hold are counted over both nodes', async () => {
    // Earlier tests' sockets give their slots back through Redis a moment after they close: wait for them.
    const held = [await admitted(a), await admitted(b), await admitted(a)];
    expect(await tryVisitor(b)).toBeNull(); // a fourth, on the node that holds only one
    held.shift()!.close();
    held.push(await admitted(b)); // the slot freed on A is B's now
    for (const v of held) v.close();
  });

  it('a note on node A mentioning Mei reaches her console on node B, and only hers', async () => {
    const admin = await login(a);
    const mei = await addAgent(a, admin.cookie, 'mei.two.nodes@example.com');
    const v = await visitorOn(a, { locale: 'en' });
    const id = v.welcome.conversationId;
    const writer = await AgentClient.connect(a, admin.cookie);
    await writer.hello([{ conversationId: id, lastSeq: 0 }]);
    await writer.next('synced', (s) => s.conversationId === id);
    const meiOnB = await AgentClient.connect(b, mei.cookie);
    await meiOnB.hello();
    const adminOnB = await AgentClient.connect(b, admin.cookie);
    await adminOnB.hello();
    writer.send({ type: 'note', conversationId: id, clientId: 'two-mention-01', text: '@mei can you look?', mentions: [mei.agent.id] });
    const ack = await writer.next('ack', (f) => f.clientId === 'two-mention-01');
    expect(await meiOnB.next('mention')).toMatchObject({ unread: 1, mention: { noteId: ack.id, conversationId: id, byName: 'admin' } });
    // The note itself goes to every console (B's admin too); the mention to Mei's only.
    await adminOnB.next('note', (f) => f.note.id === ack.id);
    expect(adminOnB.frames.some((f) => f.type === 'mention')).toBe(false);
    for (const c of [writer, meiOnB, adminOnB]) c.close();
  });

  it("disabling an agent on node A closes their console's socket on node B", async () => {
    const admin = await login(a);
    const ann = await addAgent(a, admin.cookie, 'ann.two.nodes@example.com');
    const console = await AgentClient.connect(b, ann.cookie);
    await console.hello();
    const patched = await api(a, admin.cookie, 'PATCH', `/api/v1/agents/${ann.agent.id}`, { disabled: true });
    expect(patched.status).toBe(200);
    const closed = await console.raw.waitClose(5_000);
    expect(closed.reason).toBe('account disabled');
  });
});
