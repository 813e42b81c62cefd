import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryLimits } from '../../../server/cluster/memory-limits.ts';
import { createMemoryPresence } from '../../../server/cluster/memory-presence.ts';
import { joinCluster, type RedisLink } from '../../../server/cluster/redis.ts';
import { createRedisLimits } from '../../../server/cluster/redis-limits.ts';
import { createRedisPresence } from '../../../server/cluster/redis-presence.ts';
import type { LimitStore, PresenceStore } from '../../../server/cluster/types.ts';
import { REDIS_URL, dropPrefix, redisAvailable, testPrefix } from '../../helpers/redis.ts';

/**
 * The contract of what nodes share: each behaviour written once, run on the in-process implementation and
 * on Redis. On Redis, "two nodes" are two cluster members (two node ids) on one prefix.
 */
const withRedis = await redisAvailable();
const prefix = testPrefix();
const links: (RedisLink & { leave(): Promise<void> })[] = [];
afterAll(async () => {
  for (const link of links) await link.leave();
  if (withRedis) await dropPrefix(prefix);
});
const noError = (err: unknown) => {
  throw err;
};
async function redisNode(): Promise<RedisLink & { leave(): Promise<void> }> {
  const link = await joinCluster(REDIS_URL, prefix, noError);
  links.push(link);
  return link;
}

interface Impl {
  /** Two nodes' views of the same shared state (one object twice, in memory). */
  limits(): Promise<[LimitStore, LimitStore]>;
  presence(): Promise<{ a: PresenceStore; b: PresenceStore; killB(): Promise<void> } | null>;
}
const memory: Impl = {
  async limits() {
    const one = createMemoryLimits();
    return [one, one];
  },
  async presence() {
    return null; // one process: no second node to lose
  },
};
const redis: Impl = {
  async limits() {
    const [a, b] = [await redisNode(), await redisNode()];
    return [createRedisLimits(a), createRedisLimits(b)];
  },
  async presence() {
    const [a, b] = [await redisNode(), await redisNode()];
    return { a: createRedisPresence(a), b: createRedisPresence(b), killB: () => b.leave() };
  },
};

let n = 0;
const key = (name: string) => `${name}-${++n}`;

describe.each([
  ['memory', memory, true],
  ['redis', redis, withRedis],
] as const)('shared state: %s', (_name, impl, enabled) => {
  describe.skipIf(!enabled)('limits', () => {
    it('a bucket allows its burst, then refuses with a retryAfter that matches the refill rate, across nodes', async () => {
      const [a, b] = await impl.limits();
      const rule = { perMinute: 6, burst: 3 }; // one token every 10 s
      const k = key('v');
      const t0 = 1_000_000;
      expect((await a.take([{ key: k, rule }], t0)).ok).toBe(true);
      expect((await b.take([{ key: k, rule }], t0)).ok).toBe(true);
      expect((await a.take([{ key: k, rule }], t0)).ok).toBe(true);
      expect(await b.take([{ key: k, rule }], t0)).toEqual({ ok: false, retryAfter: 10 });
      expect(await a.take([{ key: k, rule }], t0 + 4_000)).toEqual({ ok: false, retryAfter: 6 });
      expect((await b.take([{ key: k, rule }], t0 + 10_000)).ok).toBe(true);
    });

    it('keeps keys apart, and stops at the first empty bucket without touching the ones after it', async () => {
      const [a, b] = await impl.limits();
      const rule = { perMinute: 60, burst: 1 };
      const [visitor, ip, other] = [key('visitor'), key('ip'), key('visitor')];
      expect((await a.take([{ key: visitor, rule }, { key: ip, rule: { perMinute: 60, burst: 2 } }], 0)).ok).toBe(true);
      expect(await b.take([{ key: visitor, rule }, { key: ip, rule: { perMinute: 60, burst: 2 } }], 0)).toEqual({ ok: false, retryAfter: 1 });
      // The IP bucket still has its second token: the refused visitor did not spend it.
      expect((await a.take([{ key: other, rule }, { key: ip, rule: { perMinute: 60, burst: 2 } }], 0)).ok).toBe(true);
      expect((await b.take([{ key: key('visitor'), rule }, { key: ip, rule: { perMinute: 60, burst: 2 } }], 0)).ok).toBe(false);
    });

    it('holds at most max slots per key over all nodes, and frees them on release', async () => {
      const [a, b] = await impl.limits();
      const ip = key('ip');
      expect(await a.acquire(ip, 2)).toBe(true);
      expect(await b.acquire(ip, 2)).toBe(true);
      expect(await a.acquire(ip, 2)).toBe(false);
      expect(await b.acquire(key('ip'), 2)).toBe(true);
      await b.release(ip);
      expect(await a.acquire(ip, 2)).toBe(true);
      expect(await b.acquire(ip, 2)).toBe(false);
    });

    it('calls made at once on every node (a storm of sockets, batched on the wire) never get more than the limit, and one node\'s are answered in its order', async () => {
      const [a, b] = await impl.limits();
      const ip = key('ip');
      const slots = await Promise.all([...Array(20).keys()].map((i) => (i % 2 ? a : b).acquire(ip, 5)));
      expect(slots.filter(Boolean)).toHaveLength(5);
      const rule = { perMinute: 1, burst: 7 };
      const bucket = key('v');
      const taken = await Promise.all([...Array(20).keys()].map((i) => (i % 2 ? a : b).take([{ key: bucket, rule }], 0)));
      expect(taken.filter((t) => t.ok)).toHaveLength(7);
      const mine = key('v');
      expect((await Promise.all([0, 1, 2].map(() => a.take([{ key: mine, rule: { perMinute: 1, burst: 2 } }], 0)))).map((t) => t.ok)).toEqual([true, true, false]);
      // A slot given back, then asked for, in the same turn: the release goes first.
      const one = key('ip');
      expect(await a.acquire(one, 1)).toBe(true);
      expect(await Promise.all([a.release(one), a.acquire(one, 1)])).toEqual([undefined, true]);
    });

    it('locks a key after max failures within the window, whichever node saw them, and a success clears it', async () => {
      const [a, b] = await impl.limits();
      const rule = { maxFailures: 3, lockMs: 60_000 };
      const email = key('login');
      const t0 = 5_000_000;
      await a.fail(email, rule, t0);
      await b.fail(email, rule, t0 + 1_000);
      expect(await a.lockedFor(email, t0 + 1_000)).toBe(0);
      await a.fail(email, rule, t0 + 2_000);
      expect(await b.lockedFor(email, t0 + 2_000)).toBe(60);
      expect(await a.lockedFor(email, t0 + 32_000)).toBe(30);
      expect(await b.lockedFor(email, t0 + 62_000)).toBe(0);
      // Failures further apart than the window do not add up.
      const slow = key('login');
      for (let i = 0; i < 5; i++) await (i % 2 ? a : b).fail(slow, rule, t0 + i * 61_000);
      expect(await a.lockedFor(slow, t0 + 4 * 61_000)).toBe(0);
      await b.clearFailures(email);
      await a.fail(email, rule, t0 + 3_000);
      expect(await b.lockedFor(email, t0 + 3_000)).toBe(0);
    });
  });

  describe.skipIf(!enabled)('presence', () => {
    it('online on any node wins over away; an agent with no console anywhere is absent', async () => {
      const nodes = await impl.presence();
      const [a, b] = nodes ? [nodes.a, nodes.b] : [createMemoryPresence(), null];
      const [x, y] = [key('agent'), key('agent')];
      await a.set(x, 'away');
      await a.set(y, 'online');
      expect((await a.snapshot()).get(x)).toBe('away');
      if (b) {
        await b.set(x, 'online');
        expect((await a.snapshot()).get(x)).toBe('online');
        await b.set(x, null);
      }
      expect((await a.snapshot()).get(x)).toBe('away');
      await a.set(x, null);
      expect((await (b ?? a).snapshot()).has(x)).toBe(false);
      expect((await (b ?? a).snapshot()).get(y)).toBe('online');
    });
  });
});

describe.skipIf(!withRedis)('shared state on Redis when a node dies', () => {
  it("a node that stops beating loses its agents' presence and its sockets' slots", async () => {
    const [a, b] = [await redisNode(), await redisNode()];
    const agent = key('agent');
    await createRedisPresence(b).set(agent, 'online');
    const ip = key('ip');
    expect(await createRedisLimits(b).acquire(ip, 1)).toBe(true);
    expect(await createRedisLimits(a).acquire(ip, 1)).toBe(false);
    expect((await createRedisPresence(a).snapshot()).get(agent)).toBe('online');
    // Dead, not departed: its heartbeat score is in the past (what NODE_TTL_MS of silence leaves).
    await a.redis.zadd(`${prefix}nodes`, Date.now() - 1, b.nodeId);
    expect((await createRedisPresence(a).snapshot()).has(agent)).toBe(false);
    expect(await createRedisLimits(a).acquire(ip, 1)).toBe(true);
  });
});

describe('shared state in memory', () => {
  it('bounds memory by forgetting the least recently used key (a forgotten bucket is full again)', async () => {
    const limits = createMemoryLimits(2);
    const rule = { perMinute: 1, burst: 1 };
    await limits.take([{ key: 'a', rule }], 0);
    await limits.take([{ key: 'b', rule }], 0);
    expect((await limits.take([{ key: 'a', rule }], 0)).ok).toBe(false); // a is now the most recent
    await limits.take([{ key: 'c', rule }], 0); // evicts b
    expect((await limits.take([{ key: 'b', rule }], 0)).ok).toBe(true);
    expect((await limits.take([{ key: 'c', rule }], 0)).ok).toBe(false); // kept
  });
});
