import { describe, expect, it } from 'vitest';
import { msg, newAgent, visitorWithConversation, type ContractContext } from './context.ts';

/** Data-subject requests (export, erasure) and retention. */
export function visitorDataContract(ctx: ContractContext): void {
  describe('visitor data', () => {
    it("exports everything about one visitor and nobody else's, without their token", async () => {
      const { storage: s, visitorData } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s, 'secret-token-hash');
      await visitorWithConversation(s, 'someone-else');
      const ann = await newAgent(s, 'ann');
      await s.appendMessage(msg(c.id, 'q1', 'my card is blocked'));
      await s.appendMessage(msg(c.id, null, 'an answer', { author: 'bot', bot: { kind: 'answer', faqId: 'card', confidence: 1, locale: 'en', suggestions: [] } }));
      await s.addNote(c.id, ann.id, 'n1', 'called the bank');
      await s.addTicket(c.id, 'v@example.com', 'please call');
      await s.setConversationStatus(c.id, 'closed');
      await s.rateConversation(c.id, { score: 5, comment: 'great' });
      const c2 = await s.openConversation(v.id, 'en');

      const exported = await visitorData.exportVisitor(v.id);
      expect(exported?.visitor).toMatchObject({ id: v.id, locale: 'en' });
      expect(exported?.visitor).not.toHaveProperty('token_hash');
      expect(JSON.stringify(exported)).not.toContain('secret-token-hash');
      expect(exported?.conversations.map((x) => x.id)).toEqual([c.id, c2.id]);
      const [first] = exported!.conversations;
      expect(first!.messages.map((m) => [m.seq, m.text])).toEqual([[1, 'my card is blocked'], [2, 'an answer']]);
      expect(first!.messages[1]!.bot).toMatchObject({ faqId: 'card' });
      expect(first!.notes.map((n) => n.text)).toEqual(['called the bank']);
      expect(first!.tickets.map((t) => t.contact)).toEqual(['v@example.com']);
      expect(first!.rating).toMatchObject({ score: 5, comment: 'great' });
      expect(exported!.conversations[1]).toMatchObject({ messages: [], notes: [], tickets: [], rating: null });
      expect(await visitorData.exportVisitor('no-such-visitor')).toBeNull();
    });

    it('erases a visitor with everything hanging off them, unlinks their audit records, and touches nobody else', async () => {
      const { storage: s, visitorData } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s, 'erase-me');
      const { visitor: keep, conversation: kept } = await visitorWithConversation(s, 'keep-me');
      const ann = await newAgent(s, 'ann');
      for (let i = 0; i < 3; i++) await s.appendMessage(msg(c.id, `m${i}`, `message ${i}`));
      await s.appendMessage(msg(kept.id, 'k0', 'stays'));
      await s.addNote(c.id, ann.id, 'n1', 'note');
      const audit = await s.addAudit({ agentId: ann.id, action: 'personal_data.revealed', conversationId: c.id, detail: null });

      expect(await visitorData.eraseVisitor(v.id)).toEqual({ counts: { conversations: 1, messages: 3 }, conversationIds: [c.id] });
      expect(await s.getConversation(c.id)).toBeNull();
      expect(await s.listMessages(c.id, 0, 10)).toEqual([]);
      expect(await s.listNotes(c.id)).toEqual([]);
      expect(await s.findVisitorByTokenHash('erase-me')).toBeNull();
      expect((await s.listAudit({ limit: 10 })).find((r) => r.id === audit.id)).toMatchObject({ agentId: ann.id, conversationId: null });
      expect(await visitorData.eraseVisitor(v.id)).toBeNull();
      expect((await s.findVisitorByTokenHash('keep-me'))?.id).toBe(keep.id);
      expect((await s.listMessages(kept.id, 0, 10)).map((m) => m.text)).toEqual(['stays']);
    });

    it('purges conversations idle since before the cut-off, and visitors left with none', async () => {
      const { storage: s, visitorData } = await ctx.fresh();
      const { conversation: oldChat } = await visitorWithConversation(s, 'old');
      await new Promise((r) => setTimeout(r, 10));
      const cutoff = Date.now();
      await new Promise((r) => setTimeout(r, 10));
      const { conversation: fresh } = await visitorWithConversation(s, 'fresh');
      expect(await visitorData.purgeConversationsBefore(cutoff)).toBe(1);
      expect(await s.getConversation(oldChat.id)).toBeNull();
      expect(await s.findVisitorByTokenHash('old')).toBeNull();
      expect(await s.getConversation(fresh.id)).not.toBeNull();
      expect(await visitorData.purgeConversationsBefore(cutoff)).toBe(0);
    });
  });
}
