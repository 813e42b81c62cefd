import { describe, expect, it } from 'vitest';
import { newAgent, visitorWithConversation, type ContractContext } from './context.ts';

/** The FAQ's edit history, stored site settings, measured service times, and the report queries' binding. */
export function faqHistorySitesContract(ctx: ContractContext): void {
  describe('FAQ history, sites, service times, reports', () => {
    it('records each pack save with its edit, newest first, per entry, with the pack an import replaced', async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann');
      await s.saveFaqPack('{"v":1}');
      await s.saveFaqPack('{"v":2}', { agentId: ann.id, action: 'update', entryId: 'refund', before: { q: 'a' }, after: { q: 'b' }, revertOf: null, packBefore: null });
      await new Promise((r) => setTimeout(r, 3)); // ids order by their millisecond
      await s.saveFaqPack('{"v":3}', { agentId: null, action: 'import', entryId: null, before: null, after: null, revertOf: null, packBefore: '{"v":2}' });
      const edits = await s.listFaqEdits({ limit: 10 });
      expect(edits.map((e) => e.action)).toEqual(['import', 'update']);
      expect(edits[1]).toMatchObject({ agentId: ann.id, agentName: 'ann', entryId: 'refund', before: { q: 'a' }, after: { q: 'b' } });
      expect((await s.listFaqEdits({ entryId: 'refund', limit: 10 })).map((e) => e.id)).toEqual([edits[1]!.id]);
      expect(await s.getFaqEdit(edits[0]!.id)).toMatchObject({ action: 'import', packBefore: '{"v":2}' });
      expect(await s.getFaqEdit('no-such-edit')).toBeNull();
      expect(await s.loadFaqPack()).toEqual({ json: '{"v":3}', version: 3 });
      expect(await s.countUnanswered()).toBe(0);
    });

    it('stores site settings over the file, forgets them, and measures service times', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      expect(await s.storedSites()).toEqual([]);
      expect(await s.getSiteSettings('shop')).toBeNull();
      expect(await s.deleteSiteSettings('shop')).toBe(false);
      const now = Date.now();
      await s.startService(c.id, now, 4_000);
      await s.startService(c.id, now, 9_000); // the same claim again: kept once
      await s.endService(c.id, now + 60_000);
      await s.endService(c.id, now + 90_000); // already measured
      expect(await s.recentServiceTimes(now - 1, 10)).toEqual([{ claimedAt: now, waitedMs: 4_000, handledMs: 60_000 }]);
      expect(await s.recentServiceTimes(now + 1, 10)).toEqual([]);
    });

    it('runs a report query with named parameters in its dialect', async () => {
      const { storage: s } = await ctx.fresh();
      await visitorWithConversation(s, 'a');
      await visitorWithConversation(s, 'b');
      const rows = await s.reportQuery(
        (dialect) => `SELECT count(*) AS n, '${dialect}' AS dialect FROM conversations WHERE created_at >= :from AND created_at < :to AND (CAST(:locale AS TEXT) IS NULL OR locale = :locale)`,
        { from: 0, to: Date.now() + 1000, locale: 'en', unused: 1 },
      );
      expect(rows.map((r) => [Number(r.n), r.dialect])).toEqual([[2, ctx.engine]]);
    });
  });
}
