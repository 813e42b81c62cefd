import { describe, expect, it } from 'vitest';
import { msg, visitorWithConversation, type ContractContext } from './context.ts';

const botMeta = (faqId: string | null) => ({ kind: 'answer' as const, faqId, confidence: 0.9, locale: 'en', suggestions: [] });

/** The FAQ's stored pack, unanswered questions and votes; signed identities (the audit log: security.ts). */
export function faqIdentityAuditContract(ctx: ContractContext): void {
  describe('FAQ data', () => {
    it('keeps the last pack saved', async () => {
      const { storage: s } = await ctx.fresh();
      expect(await s.loadFaqPack()).toBeNull();
      await s.saveFaqPack('{"v":1}');
      await s.saveFaqPack('{"v":2}');
      expect(await s.loadFaqPack()).toEqual({ json: '{"v":2}', version: 2 });
    });

    it('counts unanswered questions by key, lists the most asked first, and keeps at most `cap` rows', async () => {
      const { storage: s } = await ctx.fresh();
      const note = (key: string, text = key) => s.noteUnanswered({ key, text, kind: 'none', locale: 'en' }, 3);
      for (const key of ['a', 'b', 'b', 'c', 'c', 'c']) await note(key);
      await new Promise((r) => setTimeout(r, 3)); // asked last: first of the rows asked as often
      await note('b', 'B, as typed last');
      const listed = await s.listUnanswered(10);
      expect(listed.map((q) => [q.text, q.count])).toEqual([['B, as typed last', 3], ['c', 3], ['a', 1]]);
      await note('d'); // a fourth row: the least asked (a) goes
      expect((await s.listUnanswered(10)).map((q) => q.text).sort()).toEqual(['B, as typed last', 'c', 'd']);
      const d = (await s.listUnanswered(10)).find((q) => q.text === 'd')!;
      expect(await s.getUnanswered(d.id)).toEqual(d);
      expect(await s.deleteUnanswered(d.id)).toBe(true);
      expect(await s.deleteUnanswered(d.id)).toBe(false);
      expect(await s.getUnanswered(d.id)).toBeNull();
      // An outage: many visitors ask the same thing at the same moment; every note counts, none is lost or doubled.
      await Promise.all(Array.from({ length: 25 }, () => note('c')));
      expect((await s.listUnanswered(10)).find((q) => q.text === 'c')?.count).toBe(28);
      // Different questions at the same moment: each counted as its own.
      await Promise.all(['d', 'c', 'd', 'B, as typed last', 'd'].map((key) => note(key === 'B, as typed last' ? 'b' : key, key)));
      expect((await s.listUnanswered(10)).map((q) => [q.text, q.count])).toEqual([['c', 29], ['B, as typed last', 4], ['d', 3]]);
    });

    it("records a visitor's vote on a bot message of theirs only, changes it, and sums votes per entry", async () => {
      const { storage: s } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s);
      const { visitor: stranger } = await visitorWithConversation(s, 'hash-stranger');
      const stored = async (faqId: string | null, author: 'bot' | 'visitor' = 'bot') => {
        const r = await s.appendMessage(msg(c.id, null, `answer ${faqId}`, { author, bot: author === 'bot' ? botMeta(faqId) : null }));
        if (r.kind !== 'stored') throw new Error(r.kind);
        return r.message.id;
      };
      const [a1, a2, b1, mine] = [await stored('a'), await stored('a'), await stored('b'), await stored(null, 'visitor')];
      expect(await s.voteOnBotMessage(v.id, a1, true)).toBe(true);
      expect(await s.voteOnBotMessage(v.id, a2, false)).toBe(true);
      expect(await s.voteOnBotMessage(v.id, b1, false)).toBe(true);
      expect(await s.voteOnBotMessage(v.id, b1, true)).toBe(true); // changed
      expect(await s.voteOnBotMessage(stranger.id, a1, false)).toBe(false);
      expect(await s.voteOnBotMessage(v.id, mine, true)).toBe(false);
      expect(await s.voteOnBotMessage(v.id, 'no-such-message', true)).toBe(false);
      expect(await s.feedbackSummary()).toEqual([
        { faqId: 'a', helpful: 1, notHelpful: 1 },
        { faqId: 'b', helpful: 1, notHelpful: 0 },
      ]);
    });
  });

  describe('signed identities', () => {
    it('binds a visitor to a wallet user, finds it by user id, rotates its token', async () => {
      const { storage: s } = await ctx.fresh();
      const { visitor: v } = await visitorWithConversation(s, 'device-1');
      expect(await s.findVisitorByUserId('user-42')).toBeNull();
      expect(await s.visitorUser(v.id)).toBeNull();
      const user = { userId: 'user-42', name: '王小明', email: 'xm@example.com', phone: null };
      await s.bindVisitorUser(v.id, user);
      expect(await s.findVisitorByUserId('user-42')).toEqual({ ...v, userId: 'user-42' });
      expect(await s.visitorUser(v.id)).toEqual(user);
      await s.rotateVisitorToken(v.id, 'device-2');
      expect(await s.findVisitorByTokenHash('device-1')).toBeNull();
      expect((await s.findVisitorByTokenHash('device-2'))?.id).toBe(v.id);
      // A wallet user has one visitor.
      const { visitor: other } = await visitorWithConversation(s, 'device-3');
      await expect(s.bindVisitorUser(other.id, user)).rejects.toThrow();
    });
  });
}
