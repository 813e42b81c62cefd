import { describe, expect, it } from 'vitest';
import type { ContractContext } from './context.ts';

const edit = { agentId: null, action: 'update' as const, entryId: 'refund', before: { q: 'a' }, after: { q: 'b' }, revertOf: null, packBefore: null };

/** What runs once per cluster: named job leases, and the FAQ pack's version (two nodes open one place). */
export function jobsContract(ctx: ContractContext): void {
  describe('jobs once per cluster', () => {
    it('gives a lease to one holder until it runs out (the holder too waits for that)', async () => {
      const { storage: a, place } = await ctx.fresh();
      const { storage: b } = await ctx.open(place); // a second node on the same database
      const t = 1_000_000;
      expect(await a.claimJob('retention', 'node-a', 60_000, t)).toBe(true);
      expect(await b.claimJob('retention', 'node-b', 60_000, t + 1)).toBe(false);
      expect(await b.claimJob('bot-sweep', 'node-b', 60_000, t + 1)).toBe(true); // another job: its own lease
      expect(await a.claimJob('retention', 'node-a', 60_000, t + 30_000)).toBe(false); // one run per lease, the holder's too
      expect(await b.claimJob('retention', 'node-b', 60_000, t + 59_999)).toBe(false);
      expect(await b.claimJob('retention', 'node-b', 60_000, t + 60_000)).toBe(true); // ran out: b's now, until t + 120 s
      expect(await a.claimJob('retention', 'node-a', 60_000, t + 119_999)).toBe(false);
      expect(await a.claimJob('retention', 'node-a', 60_000, t + 120_000)).toBe(true);
    });

    it('holds a role for one holder, renewed by that holder while it asks, passed on once it stops', async () => {
      const { storage: a, place } = await ctx.fresh();
      const { storage: b } = await ctx.open(place);
      const t = 3_000_000;
      expect(await a.holdJob('metrics', 'node-a', 15_000, t)).toBe(true);
      expect(await b.holdJob('metrics', 'node-b', 15_000, t + 5_000)).toBe(false);
      expect(await a.holdJob('metrics', 'node-a', 15_000, t + 10_000)).toBe(true); // renewed: until t + 25 s
      expect(await b.holdJob('metrics', 'node-b', 15_000, t + 20_000)).toBe(false);
      expect(await b.holdJob('metrics', 'node-b', 15_000, t + 25_000)).toBe(true); // a stopped asking
      expect(await a.holdJob('metrics', 'node-a', 15_000, t + 26_000)).toBe(false);
    });

    it('of many nodes asking for one free lease at the same moment, exactly one gets it', async () => {
      const { storage: first, place } = await ctx.fresh();
      const nodes = [first, ...(await Promise.all([1, 2, 3].map(() => ctx.open(place).then((o) => o.storage))))];
      for (let round = 0; round < 10; round++) {
        const now = 2_000_000 + round * 100_000; // every earlier lease has run out
        const got = await Promise.all(nodes.flatMap((s, n) => [0, 1].map((k) => s.claimJob('sweep', `node-${n}-${k}`, 50_000, now))));
        expect(got.filter(Boolean)).toHaveLength(1);
      }
    });

    it("moves the FAQ pack's version with each save and refuses a save from a version that moved", async () => {
      const { storage: a, place } = await ctx.fresh();
      const { storage: b } = await ctx.open(place);
      expect(await a.faqPackVersion()).toBe(0);
      // Both nodes edit the shipped pack (version 0) at once: one save wins, the other is refused whole.
      const saved = await Promise.all([a.saveFaqPack('{"by":"a"}', edit, 0), b.saveFaqPack('{"by":"b"}', edit, 0)]);
      expect(saved.filter((v) => v === 1)).toHaveLength(1);
      expect(saved.filter((v) => v === null)).toHaveLength(1);
      const winner = saved[0] === 1 ? '{"by":"a"}' : '{"by":"b"}';
      expect(await b.loadFaqPack()).toEqual({ json: winner, version: 1 });
      expect(await a.listFaqEdits({ limit: 10 })).toHaveLength(1); // the refused save recorded no edit
      expect(await a.saveFaqPack('{"v":2}', edit, 0)).toBeNull();
      expect(await a.saveFaqPack('{"v":2}', edit, 1)).toBe(2);
      expect(await b.saveFaqPack('{"stale":true}', edit, 1)).toBeNull();
      expect(await b.faqPackVersion()).toBe(2);
      expect(await b.saveFaqPack('{"v":3}')).toBe(3); // unconditional (an import tool)
      expect(await a.loadFaqPack()).toEqual({ json: '{"v":3}', version: 3 });
    });
  });
}
