import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryBus } from '../../../server/bus/memory.ts';
import { createRedisBus } from '../../../server/bus/redis.ts';
import type { Bus, ConversationEvent, DeskEvent } from '../../../server/bus/types.ts';
import { REDIS_URL, dropPrefix, redisAvailable, testPrefix } from '../../helpers/redis.ts';

/** The bus contract, run on the in-process bus and on Redis (two nodes: two buses on one prefix). */
const withRedis = await redisAvailable();
const prefix = testPrefix();
const opened: Bus[] = [];
afterAll(async () => {
  for (const bus of opened) await bus.close();
  if (withRedis) await dropPrefix(prefix);
});

const impls = [
  [
    'memory',
    async () => {
      const bus = createMemoryBus();
      return [bus, bus] as const;
    },
    true,
  ],
  [
    'redis',
    async () => {
      const make = () => createRedisBus({ url: REDIS_URL, prefix, nodeId: randomUUID(), onError: (err) => console.error(err) });
      const pair = [make(), make()] as const;
      opened.push(...pair);
      return pair;
    },
    withRedis,
  ],
] as const;

const typing = (conversationId: string, n: number): ConversationEvent => ({ type: 'read', conversationId, by: 'visitor', seq: n });

/** Resolves once `check` holds (polled), or fails after a generous timeout. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 5_000) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each(impls)('bus: %s', (_name, open, enabled) => {
  it.skipIf(!enabled)('once subscribe resolves, every event published on any node reaches the listener, in each publisher\'s order', async () => {
    const [a, b] = await open();
    const id = randomUUID();
    const seen: number[] = [];
    const own: number[] = [];
    await b.subscribe(id, (e) => e.type === 'read' && seen.push(e.seq));
    await a.subscribe(id, (e) => e.type === 'read' && own.push(e.seq));
    for (let i = 1; i <= 25; i++) await a.publish(id, typing(id, i));
    // Published at once, not each awaited (a group commit resolving many appends): still in the order published.
    await Promise.all([...Array(25).keys()].map((i) => a.publish(id, typing(id, 26 + i))));
    await until(() => seen.length === 50, 'fifty events on the other node');
    expect(seen).toEqual([...Array(50).keys()].map((i) => i + 1));
    expect(own).toEqual(seen); // the publishing node's own listeners, too, once each
  });

  it.skipIf(!enabled)('keeps conversations apart, and an unsubscribed listener hears nothing more while others still do', async () => {
    const [a, b] = await open();
    const [one, two] = [randomUUID(), randomUUID()];
    const first: number[] = [];
    const second: number[] = [];
    const other: number[] = [];
    const stopFirst = await b.subscribe(one, (e) => e.type === 'read' && first.push(e.seq));
    await b.subscribe(one, (e) => e.type === 'read' && second.push(e.seq));
    await b.subscribe(two, (e) => e.type === 'read' && other.push(e.seq));
    await a.publish(one, typing(one, 1));
    await until(() => second.length === 1, 'the first event');
    stopFirst();
    await a.publish(one, typing(one, 2));
    await a.publish(two, typing(two, 3));
    await until(() => second.length === 2 && other.length === 1, 'the later events');
    expect(first).toEqual([1]);
    expect(second).toEqual([1, 2]);
    expect(other).toEqual([3]);
  });

  it.skipIf(!enabled)('a topic subscribed again right after its last listener left is live when subscribe resolves', async () => {
    const [a, b] = await open();
    const id = randomUUID();
    const seen: number[] = [];
    const stop = await b.subscribe(id, () => undefined);
    stop();
    await b.subscribe(id, (e) => e.type === 'read' && seen.push(e.seq));
    await a.publish(id, typing(id, 7));
    await until(() => seen.length === 1, 'the event after resubscribing');
    expect(seen).toEqual([7]);
  });

  it.skipIf(!enabled)('many topics subscribed at once (a dead node\'s visitors coming back) are each live when its subscribe resolves', async () => {
    const [a, b] = await open();
    const ids = Array.from({ length: 300 }, () => randomUUID());
    const heard = new Map<string, number[]>();
    const listen = (id: string) => (e: ConversationEvent) => e.type === 'read' && heard.set(id, [...(heard.get(id) ?? []), e.seq]);
    // A first wave, and a second one asked for while the first is on its way: some of its topics new, some the first's.
    const first = ids.slice(0, 200).map((id) => b.subscribe(id, listen(id)));
    const second = ids.slice(100).map((id) => b.subscribe(id, listen(id)));
    const stops = await Promise.all([...first, ...second]);
    // The first ten topics' listeners all leave, and one comes back at once.
    for (let i = 0; i < 10; i++) stops[i]!();
    await Promise.all(ids.slice(0, 10).map((id) => b.subscribe(id, listen(id))));
    await Promise.all(ids.map((id, i) => a.publish(id, typing(id, i))));
    await until(() => ids.every((id, i) => (heard.get(id)?.length ?? 0) === (i >= 100 && i < 200 ? 2 : 1)), 'each event on every listener of its topic');
    expect(ids.map((id) => heard.get(id))).toEqual(ids.map((_, i) => (i >= 100 && i < 200 ? [i, i] : [i])));
  });

  it.skipIf(!enabled)('the desk channel reaches every node, the publishing one included', async () => {
    const [a, b] = await open();
    const atA: DeskEvent[] = [];
    const atB: DeskEvent[] = [];
    const stopA = await a.subscribeDesk((e) => atA.push(e));
    const stopB = await b.subscribeDesk((e) => atB.push(e));
    const kick: DeskEvent = { type: 'kick', agentId: randomUUID(), reason: 'account disabled' };
    // A frame for one agent's consoles (a mention) keeps whom it is to on every node.
    const toOne: DeskEvent = { type: 'frame', frame: { type: 'mentions_read', unread: 2, unreadIn: ['c1', 'c2'] }, to: randomUUID() };
    await a.publishDesk(kick);
    await a.publishDesk(toOne);
    await until(() => atA.length >= 2 && atB.length >= 2, 'the desk events on both nodes');
    expect(atA).toEqual([kick, toOne]); // once: not again through Redis
    expect(atB).toEqual([kick, toOne]);
    stopA();
    stopB();
    await expect(a.ping()).resolves.toBeUndefined();
  });
});
