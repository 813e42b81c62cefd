import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../protocol/index.ts';
import { createMemoryBus } from '../../server/bus/memory.ts';
import type { Bus } from '../../server/bus/types.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { TestClient, visitor } from '../helpers/ws-client.ts';

/**
 * What a network bus does to the server, with the in-process bus wrapped so the test decides when a
 * subscription goes live (a Redis SUBSCRIBE is confirmed a round trip later) and what arrives when.
 */
const inner = createMemoryBus();
/** Runs while a subscription is being set up; its listener is attached only after this resolves. */
let beforeLive: ((conversationId: string) => Promise<void>) | null = null;
const slowBus: Bus = {
  ...inner,
  async subscribe(id, listener) {
    const hook = beforeLive;
    beforeLive = null;
    if (hook) await hook(id);
    return inner.subscribe(id, listener);
  },
};

/** Waits for `frame` or, when the server holds it back (as it should), 300 ms: the test's outcome does not depend on which. */
const settled = (frame: Promise<unknown>) => Promise.race([frame.catch(() => undefined), new Promise((r) => setTimeout(r, 300))]);

let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, { ...FAST_SCRYPT, bus: slowBus });
  admin = await login(server);
});
afterAll(() => server.cleanup());

describe('a bus whose subscriptions go live later', () => {
  it('a message stored while the visitor subscribes is delivered at once, not with the next message', async () => {
    const first = await visitor(server.wsUrl, server.url, { locale: 'en' });
    first.client.send({ type: 'send', clientId: 'gap-before-01', text: 'hello there' });
    await first.client.next('ack', (a) => a.clientId === 'gap-before-01');
    await first.client.next('message', (m) => m.message.author === 'bot');
    // Waiting for a person: the bot sends nothing more, so no later message could fill a gap.
    first.client.send({ type: 'handoff' });
    await first.client.next('state', (s) => s.status === 'waiting');
    const lastSeq = first.client.frames.filter((f) => f.type === 'message').length;

    // The same visitor on a second device. While its subscription is on its way, the first device sends,
    // after the server finished the hello if it did not wait for the subscription (its pong comes after),
    // else after a moment.
    const second = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
    beforeLive = async () => {
      await settled(second.next('pong'));
      first.client.send({ type: 'send', clientId: 'gap-during-01', text: 'sent in the gap' });
      await first.client.next('ack', (a) => a.clientId === 'gap-during-01');
    };
    second.send({ type: 'hello', v: 1, token: first.welcome.token, lastSeq });
    second.send({ type: 'ping' });
    const got = await second.next('message', (m) => m.message.text === 'sent in the gap');
    expect(got.message.seq).toBe(lastSeq + 1);
    first.client.close();
    second.close();
  });

  it('a message stored while the console subscribes to a conversation is delivered before synced', async () => {
    const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
    v.client.send({ type: 'send', clientId: 'gap-agent-01', text: 'first question' });
    await v.client.next('message', (m) => m.message.author === 'bot');
    v.client.send({ type: 'handoff' });
    await v.client.next('state', (s) => s.status === 'waiting');
    const agent = await AgentClient.connect(server, admin.cookie);
    await agent.hello();
    beforeLive = async () => {
      await settled(agent.next('pong'));
      v.client.send({ type: 'send', clientId: 'gap-agent-02', text: 'second question' });
      await v.client.next('ack', (a) => a.clientId === 'gap-agent-02');
    };
    agent.send({ type: 'watch', conversationId: v.welcome.conversationId, lastSeq: 3 });
    agent.send({ type: 'ping' });
    const got = await agent.next('message', (m) => m.message.text === 'second question');
    expect(got.message.seq).toBe(4);
    v.client.close();
    agent.close();
  });

  it('a state older than the one the visitor has, arriving last, is ignored', async () => {
    const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const id = v.welcome.conversationId;
    v.client.send({ type: 'handoff' });
    const waiting = await v.client.next('state', (s) => s.status === 'waiting');
    const agent = await AgentClient.connect(server, admin.cookie);
    await agent.hello();
    agent.send({ type: 'claim', conversationId: id, ref: 'claim-old-01' });
    await agent.next('done', (d) => d.ref === 'claim-old-01');
    await v.client.next('state', (s) => s.status === 'assigned');

    // The "waiting" event of the earlier change (version 1), delivered by a slow node after the claim (version 2).
    const from = v.client.frames.length;
    await slowBus.publish(id, { type: 'state', conversationId: id, version: 1, status: 'waiting', agentName: null, queuePosition: waiting.queuePosition ?? 1 });
    await slowBus.publish(id, { type: 'typing', conversationId: id, by: 'agent', name: 'marker' });
    await v.client.next('typing', (t) => t.name === 'marker', 5000, from);
    expect(v.client.frames.slice(from).map((f) => f.type)).toEqual(['typing']);

    // The same version again (a place update, a rating) still gets through; a newer one too.
    await slowBus.publish(id, { type: 'state', conversationId: id, version: 2, status: 'assigned', agentName: 'admin' });
    await slowBus.publish(id, { type: 'state', conversationId: id, version: 3, status: 'closed', agentName: null, rated: false });
    await v.client.next('state', (s) => s.status === 'closed', 5000, from);
    expect(v.client.frames.slice(from).map((f) => (f.type === 'state' ? f.status : f.type))).toEqual(['typing', 'assigned', 'closed']);
    v.client.close();
    agent.close();
  });

  it('a subscription that fails closes the console for a resync (reconnect, 1011); its next socket syncs the conversation', async () => {
    const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
    v.client.send({ type: 'handoff' });
    await v.client.next('state', (s) => s.status === 'waiting');
    const id = v.welcome.conversationId;
    const agent = await AgentClient.connect(server, admin.cookie);
    await agent.hello();
    beforeLive = async () => {
      throw new Error('bus unavailable'); // a Redis SUBSCRIBE that fails: this socket would never see the conversation live
    };
    agent.send({ type: 'watch', conversationId: id, lastSeq: 0 });
    expect(await agent.next('reconnect')).toEqual({ type: 'reconnect', afterMs: 0 });
    expect((await agent.raw.waitClose()).code).toBe(CLOSE.internal);
    expect(agent.frames.some((f) => f.type === 'synced')).toBe(false);

    const again = await AgentClient.connect(server, admin.cookie);
    again.send({ type: 'hello', v: 1, watch: [{ conversationId: id, lastSeq: 0 }] });
    await again.next('synced', (f) => f.conversationId === id);
    v.client.send({ type: 'send', clientId: 'after-resync-01', text: 'still there?' });
    expect((await again.next('message', (m) => m.message.text === 'still there?')).message.conversationId).toBe(id);
    v.client.close();
    again.close();
  });
});
