import { describe, expect, it } from 'vitest';
import { bySystem, newAgent, visitorWithConversation, type ContractContext } from './context.ts';

const BOT = { status: 'bot', agentId: null } as const;
const WAITING = { status: 'waiting', agentId: null } as const;

/** State changes (the compare-and-set), the queue, and what agents write about a conversation. */
export function handoffContract(ctx: ContractContext): void {
  describe('handoff', () => {
    it('changes state only from the state the caller saw, and stamps the queue entry', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const ann = await newAgent(s, 'ann');
      const waiting = await s.transitionConversation(c.id, BOT, WAITING, bySystem('waiting'));
      expect(waiting).toMatchObject({ status: 'waiting', agentId: null });
      expect(waiting!.waitingSince).toBeGreaterThan(0);
      expect(await s.transitionConversation(c.id, BOT, WAITING, bySystem('waiting'))).toBeNull(); // stale `from`
      const claimed = await s.transitionConversation(c.id, WAITING, { status: 'assigned', agentId: ann.id }, bySystem('assigned'));
      expect(claimed).toMatchObject({ status: 'assigned', agentId: ann.id, waitingSince: null });
      expect(await s.transitionConversation(c.id, WAITING, { status: 'assigned', agentId: ann.id }, bySystem('assigned'))).toBeNull();
      expect(await s.transitionConversation(c.id, { status: 'assigned', agentId: 'someone-else' }, { status: 'closed', agentId: null }, bySystem('closed'))).toBeNull();
      expect((await s.getConversation(c.id))?.agentId).toBe(ann.id);
    });

    it('raises the state version with each status change, and not for a change that lost', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      expect(c.stateVersion).toBe(0);
      expect((await s.transitionConversation(c.id, BOT, WAITING, bySystem('waiting')))?.stateVersion).toBe(1);
      expect(await s.transitionConversation(c.id, BOT, WAITING, bySystem('waiting'))).toBeNull();
      expect((await s.getConversation(c.id))?.stateVersion).toBe(1);
      expect((await s.setConversationStatus(c.id, 'closed')).stateVersion).toBe(2);
    });

    it("applies a claim only under the agent's chat limit, counted in the same compare-and-set", async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann', { maxChats: 2 });
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const { conversation } = await visitorWithConversation(s, `hash-${i}`);
        await s.transitionConversation(conversation.id, BOT, WAITING, bySystem('waiting'));
        ids.push(conversation.id);
      }
      const claim = (id: string) => s.transitionConversation(id, WAITING, { status: 'assigned', agentId: ann.id }, bySystem('assigned'), { maxChats: 2 });
      expect(await claim(ids[0]!)).not.toBeNull();
      expect(await claim(ids[1]!)).not.toBeNull();
      expect(await claim(ids[2]!)).toBeNull();
      expect((await s.getConversation(ids[2]!))?.status).toBe('waiting');
      expect((await s.activeChatCounts()).get(ann.id)).toBe(2);
    });

    it('counts the queue, each place in it, and the chats each agent holds', async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann');
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const { conversation } = await visitorWithConversation(s, `hash-${i}`);
        await s.transitionConversation(conversation.id, BOT, WAITING, bySystem('waiting'));
        ids.push(conversation.id);
        await new Promise((r) => setTimeout(r, 3)); // distinct waiting_since
      }
      expect(await s.queueLength()).toBe(3);
      expect(await Promise.all(ids.map((id) => s.queuePosition(id)))).toEqual([1, 2, 3]);
      await s.transitionConversation(ids[0]!, WAITING, { status: 'assigned', agentId: ann.id }, bySystem('assigned'));
      expect(await s.queuePosition(ids[0]!)).toBeNull();
      expect(await Promise.all(ids.slice(1).map((id) => s.queuePosition(id)))).toEqual([1, 2]);
      expect((await s.rankQueue(10)).map((e) => [e.id, e.position])).toEqual([
        [ids[1], 1],
        [ids[2], 2],
      ]);
      expect(await s.queueLength()).toBe(2);
      expect([...(await s.activeChatCounts())]).toEqual([[ann.id, 1]]);
      expect((await s.listConversations('waiting', 10)).map((c) => c.id).sort()).toEqual(ids.slice(1).sort());
      expect(await s.listConversations(null, 10)).toHaveLength(3);
      expect(await s.listConversations(null, 2)).toHaveLength(2);
      expect(await s.queuePosition('no-such-conversation')).toBeNull();
    });

    it("counts the bot's misses in a row, each message once, resets them, and keeps the visitor's context", async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      expect(await s.countBotMiss(c.id, true, 1)).toBe(1);
      expect(await s.countBotMiss(c.id, true, 1)).toBe(1); // the same message's turn, replayed
      expect(await s.countBotMiss(c.id, true, 3)).toBe(2);
      expect(await s.countBotMiss(c.id, false, 2)).toBe(0); // a turn older than the last miss resets nothing
      expect(await s.countBotMiss(c.id, true, 3)).toBe(2);
      expect(await s.countBotMiss(c.id, false, 5)).toBe(0);
      expect(await s.countBotMiss(c.id, true, 7)).toBe(1);
      await s.setConversationContext(c.id, { pageUrl: 'https://shop.example/pay', pageTitle: 'Pay', userAgent: 'UA/1', site: 'shop' });
      await s.setConversationContext(c.id, { pageUrl: null, pageTitle: null, userAgent: 'UA/2', site: null });
      expect(await s.getConversation(c.id)).toMatchObject({ pageUrl: 'https://shop.example/pay', pageTitle: 'Pay', userAgent: 'UA/2', site: 'shop' });
    });

    it("counts the bot's misses in many conversations at once, each conversation's calls in the order made", async () => {
      const { storage: s } = await ctx.fresh();
      const ids: string[] = [];
      for (let i = 0; i < 12; i++) ids.push((await visitorWithConversation(s, `hash-misses-${i}`)).conversation.id);
      // Every conversation's first miss, and a second one (another message) for the even ones, all in one burst.
      const first = await Promise.all([...ids.map((id) => s.countBotMiss(id, true, 1)), ...ids.filter((_, i) => i % 2 === 0).map((id) => s.countBotMiss(id, true, 3))]);
      expect(first).toEqual([...ids.map(() => 1), ...ids.filter((_, i) => i % 2 === 0).map(() => 2)]);
      // A replayed turn counts nothing, an answer resets, an older answer resets nothing, a conversation that is not there counts nothing.
      const second = await Promise.all([s.countBotMiss(ids[0]!, true, 3), s.countBotMiss(ids[1]!, false, 2), s.countBotMiss(ids[2]!, false, 2), s.countBotMiss(ids[3]!, true, 4), s.countBotMiss('no-such-conversation', true, 1)]);
      expect(second).toEqual([2, 0, 0, 2, 0]);
      expect(await Promise.all(ids.slice(0, 4).map((id) => s.countBotMiss(id, true, 9)))).toEqual([3, 1, 3, 3]);
    });

    it('keeps notes in order with the author’s name, canned replies by shortcut, tickets newest first, one rating', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const ann = await newAgent(s, 'ann');
      const n1 = await s.addNote(c.id, ann.id, 'n1', 'first');
      await s.addNote(c.id, ann.id, 'n2', 'second');
      expect(n1).toMatchObject({ stored: true, note: { conversationId: c.id, agentId: ann.id, agentName: 'ann', text: 'first' } });
      // Sent again with its clientId (its ack was lost with the socket): the note stored first, not a second one.
      expect(await s.addNote(c.id, ann.id, 'n1', 'first')).toEqual({ stored: false, note: n1.note });
      expect((await s.listNotes(c.id)).map((n) => n.text)).toEqual(['first', 'second']);

      const hi = await s.putCannedReply('hi', 'Hello!');
      await s.putCannedReply('bye', 'Goodbye');
      const hi2 = await s.putCannedReply('hi', 'Hello again!');
      expect(hi2).toEqual({ id: hi.id, shortcut: 'hi', text: 'Hello again!' });
      expect((await s.listCannedReplies()).map((r) => r.shortcut)).toEqual(['bye', 'hi']);
      expect(await s.deleteCannedReply(hi.id)).toBe(true);
      expect(await s.deleteCannedReply(hi.id)).toBe(false);

      const t1 = await s.addTicket(c.id, 'ann@example.com', 'call me');
      await new Promise((r) => setTimeout(r, 3));
      const t2 = await s.addTicket(c.id, '+86 138 0000 0000', 'or write', 'phone');
      expect([t1.contactKind, t2.contactKind]).toEqual(['other', 'phone']);
      expect((await s.listTickets(10)).map((t) => t.id)).toEqual([t2.id, t1.id]);
      expect(await s.getTicket(t1.id)).toEqual(t1);
      expect(await s.getTicket('no-such-ticket')).toBeNull();
      expect(await s.listTickets(1)).toHaveLength(1);

      expect(await s.getRating(c.id)).toBeNull();
      expect(await s.rateConversation(c.id, { score: 4, comment: 'quick' })).toBe(true);
      expect(await s.rateConversation(c.id, { score: 1, comment: null })).toBe(false);
      expect(await s.getRating(c.id)).toEqual({ score: 4, comment: 'quick' });
    });

    it("sums up a conversation for the inbox: its last message (140 characters) and the visitor's message count", async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      expect(await s.conversationDigest(c.id)).toEqual({ last: null, visitorMessages: 0 });
      await s.appendMessage({ conversationId: c.id, author: 'visitor', authorName: null, text: 'hi', clientId: 'd-1', bot: null });
      const long = await s.appendMessage({ conversationId: c.id, author: 'agent', authorName: 'ann', text: '长'.repeat(200), clientId: null, bot: null });
      expect(await s.conversationDigest(c.id)).toEqual({
        last: { author: 'agent', text: '长'.repeat(140), at: long.kind === 'stored' ? long.message.createdAt : 0 },
        visitorMessages: 1,
      });
    });

    it("counts the visitor's messages of many conversations in one read (one without any: absent)", async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: a } = await visitorWithConversation(s, 'token-a');
      const { conversation: b } = await visitorWithConversation(s, 'token-b');
      const { conversation: quiet } = await visitorWithConversation(s, 'token-c');
      for (const [c, n] of [[a, 3], [b, 1]] as const) {
        for (let i = 0; i < n; i++) await s.appendMessage({ conversationId: c.id, author: 'visitor', authorName: null, text: `q${i}`, clientId: `${c.id}-${i}`, bot: null });
        await s.appendMessage({ conversationId: c.id, author: 'agent', authorName: 'ann', text: 'ok', clientId: null, bot: null });
        await s.appendMessage({ conversationId: c.id, author: 'bot', authorName: null, text: 'hi', clientId: null, bot: null });
      }
      const counts = await s.visitorMessageCounts([a.id, b.id, quiet.id, 'no-such-conversation']);
      expect([...counts].sort()).toEqual([[a.id, 3], [b.id, 1]].sort());
      for (const c of [a, b]) expect(counts.get(c.id)).toBe((await s.conversationDigest(c.id)).visitorMessages);
      expect((await s.visitorMessageCounts([])).size).toBe(0);
    });

    it("previews a person's words, not the bot's sentence every waiting row shares; the bot's only when no person wrote", async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const greeting = await s.appendMessage({ conversationId: c.id, author: 'bot', authorName: null, text: 'Hi! Ask me anything.', clientId: null, bot: null });
      expect((await s.conversationDigest(c.id)).last).toMatchObject({ author: 'bot', text: 'Hi! Ask me anything.', at: greeting.kind === 'stored' ? greeting.message.createdAt : -1 });
      await s.appendMessage({ conversationId: c.id, author: 'visitor', authorName: null, text: 'my top-up of 200 never arrived', clientId: 'd-1', bot: null });
      await s.appendMessage({ conversationId: c.id, author: 'bot', authorName: null, text: 'Connecting you with a person…', clientId: null, bot: null });
      await s.appendMessage({ conversationId: c.id, author: 'system', authorName: null, text: 'queued', clientId: null, bot: null });
      expect(await s.conversationDigest(c.id)).toMatchObject({ last: { author: 'visitor', text: 'my top-up of 200 never arrived' }, visitorMessages: 1 });
      await s.appendMessage({ conversationId: c.id, author: 'agent', authorName: 'ann', text: 'Checking it now', clientId: null, bot: null });
      expect((await s.conversationDigest(c.id)).last).toMatchObject({ author: 'agent', text: 'Checking it now' });
    });

    it("lists a visitor's closed conversations, newest first", async () => {
      const { storage: s } = await ctx.fresh();
      const { visitor: v, conversation: first } = await visitorWithConversation(s);
      await s.setConversationStatus(first.id, 'closed');
      await new Promise((r) => setTimeout(r, 3));
      const second = await s.openConversation(v.id, 'en');
      await s.setConversationStatus(second.id, 'closed');
      const open = await s.openConversation(v.id, 'en');
      expect((await s.closedConversations(v.id, 10)).map((c) => c.id)).toEqual([second.id, first.id]);
      expect((await s.closedConversations(v.id, 1)).map((c) => c.id)).toEqual([second.id]);
      expect(open.status).toBe('bot');
    });

    it('keeps a conversation and its notes when its agent is deleted, with no owner', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const ann = await newAgent(s, 'ann');
      await s.transitionConversation(c.id, BOT, { status: 'assigned', agentId: ann.id }, bySystem('assigned'));
      await s.addNote(c.id, ann.id, 'n1', 'a note');
      expect(await s.deleteAgent(ann.id)).toBe(true);
      expect(await s.getConversation(c.id)).toMatchObject({ status: 'assigned', agentId: null });
      expect(await s.listNotes(c.id)).toMatchObject([{ agentId: null, agentName: 'ann', text: 'a note' }]);
    });
  });
}
