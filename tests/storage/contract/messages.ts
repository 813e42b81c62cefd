import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../protocol/index.ts';
import type { Conversation } from '../../../server/storage/types.ts';
import { bySystem, msg, newAgent, visitorWithConversation, type ContractContext } from './context.ts';

/** Visitors, conversations and the message path: seq, idempotency, guards, the bot's owed answers. */
export function messagesContract(ctx: ContractContext): void {
  describe('visitors, conversations, messages', () => {
    it('numbers messages 1, 2, 3… per conversation and keeps them across a reopen', async () => {
      const { storage: s, place } = await ctx.fresh();
      const { visitor: v, conversation: c1 } = await visitorWithConversation(s, 'hash-a');
      const { conversation: c2 } = await visitorWithConversation(s, 'hash-b');
      for (let i = 0; i < 3; i++) await s.appendMessage(msg(c1.id, `c1-msg-${i}`, `one ${i}`));
      await s.appendMessage(msg(c2.id, 'c2-msg-0', 'two'));

      const again = (await ctx.open(place)).storage;
      expect((await again.listMessages(c1.id, 0, 100)).map((m) => [m.seq, m.text])).toEqual([[1, 'one 0'], [2, 'one 1'], [3, 'one 2']]);
      expect((await again.listMessages(c2.id, 0, 100)).map((m) => m.seq)).toEqual([1]);
      expect((await again.listMessages(c1.id, 1, 1)).map((m) => m.seq)).toEqual([2]);
      expect((await again.getConversation(c1.id))?.lastSeq).toBe(3);
      expect((await again.openConversation(v.id, 'en')).id).toBe(c1.id);
      expect((await again.findVisitorByTokenHash('hash-a'))?.id).toBe(v.id);
      expect(await again.findVisitorByTokenHash('no-such-hash')).toBeNull();
    });

    it("resumes a visitor by token hash with their open conversation, as getConversation reads it, and whether one of theirs is closed", async () => {
      const { storage: s } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s, 'hash-resume');
      await s.appendMessage(msg(c.id, 'resume-1', 'one'));
      expect(await s.resumeVisitor('hash-resume')).toEqual({ visitor: v, open: await s.getConversation(c.id), hasClosed: false });
      await s.setConversationStatus(c.id, 'closed');
      expect(await s.resumeVisitor('hash-resume')).toEqual({ visitor: v, open: null, hasClosed: true });
      const next = await s.openConversation(v.id, 'en');
      expect(await s.resumeVisitor('hash-resume')).toEqual({ visitor: v, open: next, hasClosed: true });
      expect(await s.resumeVisitor('no-such-hash')).toBeNull();
    });

    it('hands each of many resumes and conversation reads made at once its own answer, as it would one at a time', async () => {
      // A dead node's visitors come back together: their reads may go to the database together (postgres.ts).
      const { storage: s } = await ctx.fresh();
      const made = [];
      for (let i = 0; i < 24; i++) made.push(await visitorWithConversation(s, `hash-back-${i}`));
      await s.setConversationStatus(made[3]!.conversation.id, 'closed');
      await s.setConversationStatus(made[4]!.conversation.id, 'closed');
      const reopened = await s.openConversation(made[4]!.visitor.id, 'en');
      await s.appendMessage(msg(made[5]!.conversation.id, 'back-5', 'one'));
      const hashes = [...made.map((_, i) => `hash-back-${i}`), 'no-such-hash', 'hash-back-5', 'hash-back-3'];
      const ids = [...made.map((m) => m.conversation.id), 'no-such-conversation', made[5]!.conversation.id, reopened.id];
      const [resumed, read] = await Promise.all([Promise.all(hashes.map((h) => s.resumeVisitor(h))), Promise.all(ids.map((id) => s.getConversation(id)))]);
      const oneByOne = { resumed: [] as unknown[], read: [] as unknown[] };
      for (const h of hashes) oneByOne.resumed.push(await s.resumeVisitor(h));
      for (const id of ids) oneByOne.read.push(await s.getConversation(id));
      expect(resumed).toEqual(oneByOne.resumed);
      expect(read).toEqual(oneByOne.read);
      expect(resumed.map((r) => r?.visitor.id ?? null)).toEqual([...made.map((m) => m.visitor.id), null, made[5]!.visitor.id, made[3]!.visitor.id]);
      expect(resumed.map((r) => r?.open?.id ?? null)).toEqual([...made.map((m, i) => (i === 3 ? null : i === 4 ? reopened.id : m.conversation.id)), null, made[5]!.conversation.id, null]);
      expect(resumed.map((r) => r?.hasClosed ?? null)).toEqual([...made.map((_, i) => i === 3 || i === 4), null, false, true]);
      expect(read.map((c) => c?.id ?? null)).toEqual([...ids.slice(0, -3), null, ...ids.slice(-2)]);
      expect(read[5]?.lastSeq).toBe(1);
    });

    it('hands back what it stored, field for field, as listMessages reads it', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const bot = { kind: 'answer' as const, faqId: 'refund-time', confidence: 0.92, locale: 'zh-CN', suggestions: [] };
      const stored = await s.appendMessage(msg(c.id, null, '退款需要多久？', { author: 'bot', authorName: 'Kefu', bot }));
      if (stored.kind !== 'stored') throw new Error(stored.kind);
      expect(stored.message).toMatchObject({ conversationId: c.id, seq: 1, author: 'bot', authorName: 'Kefu', text: '退款需要多久？', clientId: null, bot });
      expect(await s.listMessages(c.id, 0, 10)).toEqual([stored.message]);
    });

    it('stores appends made without waiting in the order they were called, and hands each its own result', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const { conversation: d } = await visitorWithConversation(s, 'hash-d');
      const sent = Array.from({ length: 30 }, (_, i) => msg(i % 3 ? c.id : d.id, `burst-${i}`, `burst ${i}`));
      const results = await Promise.all(sent.map((m) => s.appendMessage(m)));
      expect(results.map((r) => (r.kind === 'stored' ? r.message.clientId : r.kind))).toEqual(sent.map((m) => m.clientId));
      for (const id of [c.id, d.id]) {
        const stored = await s.listMessages(id, 0, 100);
        expect(stored.map((m) => m.clientId)).toEqual(sent.filter((m) => m.conversationId === id).map((m) => m.clientId));
        expect(stored.map((m) => m.seq)).toEqual(stored.map((_, i) => i + 1));
      }
    });

    it('hands each of many appends made at once to many conversations its own result; one that cannot be stored fails alone', async () => {
      const { storage: s } = await ctx.fresh();
      const convs: Conversation[] = [];
      for (let i = 0; i < 12; i++) convs.push((await visitorWithConversation(s, `hash-many-${i}`)).conversation);
      const asked = await s.appendMessage(msg(convs[0]!.id, 'asked-01', 'a question'));
      if (asked.kind !== 'stored') throw new Error(asked.kind);
      await s.transitionConversation(convs[1]!.id, { status: 'bot', agentId: null }, { status: 'closed', agentId: null }, bySystem('closed'));
      const sent = [
        ...convs.flatMap((c, i) => [msg(c.id, `many-${i}-a`, `first ${i}`), msg(c.id, `many-${i}-b`, `second ${i}`)]),
        msg(convs[2]!.id, 'many-2-a', `first 2`), // a resend in the same burst
        msg(convs[3]!.id, 'many-3-a', 'other text'), // the same client id, another text
        msg('no-such-conversation', 'lost-01', 'nowhere'),
        msg(convs[1]!.id, 'many-closed', 'too late', { guard: { kind: 'not_closed' } }),
        msg(convs[0]!.id, null, 'the answer', { author: 'bot', replyTo: asked.message.id, guard: { kind: 'bot_owns' } }),
        msg(convs[0]!.id, null, 'the answer, twice', { author: 'bot', replyTo: asked.message.id, guard: { kind: 'bot_owns' } }),
      ];
      const results = await Promise.allSettled(sent.map((m) => s.appendMessage(m)));
      const kinds = results.map((r) => (r.status === 'rejected' ? 'failed' : r.value.kind));
      expect(kinds).toEqual([...convs.flatMap(() => ['stored', 'stored']), 'duplicate', 'conflict', 'failed', 'refused', 'stored', 'duplicate']);
      for (const [i, c] of convs.entries()) {
        const stored = await s.listMessages(c.id, 0, 10);
        const expected = [...(i === 0 ? ['a question'] : []), `first ${i}`, `second ${i}`, ...(i === 0 ? ['the answer'] : [])];
        expect(stored.map((m) => m.text)).toEqual(expected);
        expect(stored.map((m) => m.seq)).toEqual(expected.map((_, n) => n + 1));
        expect((await s.getConversation(c.id))?.lastSeq).toBe(expected.length);
      }
      // The bot owes an answer to each visitor message stored while it owned the conversation (not the closed one's).
      expect((await s.listBotDue()).length).toBe(2 * (convs.length - 1));
    });

    it("stores the bot's answers to questions in many conversations at once, each settling its question, refused or not", async () => {
      const { storage: s } = await ctx.fresh();
      const asked: ChatMessage[] = [];
      for (let i = 0; i < 6; i++) {
        const { conversation: c } = await visitorWithConversation(s, `hash-answers-${i}`);
        const q = await s.appendMessage(msg(c.id, `question-${i}`, `question ${i}`));
        if (q.kind !== 'stored') throw new Error(q.kind);
        asked.push(q.message);
      }
      // The fifth one's chat went to the queue meanwhile: its answer is refused, and it is owed nothing any more.
      await s.transitionConversation(asked[4]!.conversationId, { status: 'bot', agentId: null }, { status: 'waiting', agentId: null }, bySystem('waiting'));
      const answer = (q: ChatMessage, text: string) =>
        s.appendMessage(msg(q.conversationId, null, text, { author: 'bot', replyTo: q.id, guard: { kind: 'bot_owns' } }));
      const results = await Promise.all([...asked.map((q, i) => answer(q, `answer ${i}`)), answer(asked[0]!, 'answer 0, again')]);
      expect(results.map((r) => r.kind)).toEqual(['stored', 'stored', 'stored', 'stored', 'refused', 'stored', 'duplicate']);
      expect(await s.listBotDue()).toEqual([]);
      for (const [i, q] of asked.entries()) {
        expect((await s.listMessages(q.conversationId, 0, 10)).map((m) => [m.seq, m.text])).toEqual([[1, `question ${i}`], ...(i === 4 ? [] : [[2, `answer ${i}`]])]);
      }
    });

    it('is idempotent on clientId and reports a conflict for other text', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const a = await s.appendMessage(msg(c.id, 'same-id-01', 'hello'));
      const b = await s.appendMessage(msg(c.id, 'same-id-01', 'hello'));
      const x = await s.appendMessage(msg(c.id, 'same-id-01', 'other'));
      if (a.kind !== 'stored') throw new Error(`not stored: ${a.kind}`);
      expect(b).toEqual({ kind: 'duplicate', message: a.message });
      expect(x).toEqual({ kind: 'conflict', message: a.message });
      expect(await s.listMessages(c.id, 0, 10)).toHaveLength(1);
      // The same client id in another conversation is another message.
      const { conversation: other } = await visitorWithConversation(s, 'hash-other');
      expect((await s.appendMessage(msg(other.id, 'same-id-01', 'hello'))).kind).toBe('stored');
    });

    it('starts a new conversation once the open one is closed, and gives back the open one until then', async () => {
      const { storage: s } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s);
      expect(c).toMatchObject({ visitorId: v.id, status: 'bot', lastSeq: 0, agentId: null, waitingSince: null });
      expect((await s.openConversation(v.id, 'en')).id).toBe(c.id);
      expect((await s.setConversationStatus(c.id, 'closed')).status).toBe('closed');
      const next = await s.openConversation(v.id, 'ja');
      expect(next.id).not.toBe(c.id);
      expect(next.locale).toBe('ja');
    });

    it('stores a message only where its guard holds, checked in the same transaction', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const [ann, bob] = [await newAgent(s, 'ann'), await newAgent(s, 'bob')];
      const question = await s.appendMessage(msg(c.id, 'question-01', 'a person please'));
      if (question.kind !== 'stored') throw new Error(question.kind);
      expect(question.botDue).toBe(true);

      // The bot lost the chat to the queue: its answer is refused and it owes nothing any more.
      await s.transitionConversation(c.id, { status: 'bot', agentId: null }, { status: 'waiting', agentId: null }, bySystem('waiting'));
      const late = await s.appendMessage(msg(c.id, null, 'the bot, too late', { author: 'bot', replyTo: question.message.id, guard: { kind: 'bot_owns' } }));
      expect(late).toMatchObject({ kind: 'refused', conversation: { status: 'waiting' } });
      expect((await s.listBotDue()).filter((m) => m.conversationId === c.id)).toEqual([]);

      await s.transitionConversation(c.id, { status: 'waiting', agentId: null }, { status: 'assigned', agentId: ann.id }, bySystem('assigned'));
      const agentMessage = (agentId: string, name: string, clientId: string) =>
        s.appendMessage(msg(c.id, clientId, `from ${name}`, { author: 'agent', authorName: name, guard: { kind: 'owned_by', agentId } }));
      expect(await agentMessage(bob.id, 'bob', 'bob-reply-01')).toMatchObject({ kind: 'refused', conversation: { status: 'assigned', agentId: ann.id } });
      expect(await agentMessage(ann.id, 'ann', 'ann-reply-01')).toMatchObject({ kind: 'stored', botDue: false });
      // A visitor message while a person owns the chat: the bot owes nothing.
      expect(await s.appendMessage(msg(c.id, 'while-assigned', 'thanks', { guard: { kind: 'not_closed' } }))).toMatchObject({ kind: 'stored', botDue: false });

      await s.transitionConversation(c.id, { status: 'assigned', agentId: ann.id }, { status: 'closed', agentId: null }, bySystem('closed'));
      expect(await s.appendMessage(msg(c.id, 'after-close-01', 'hello?', { guard: { kind: 'not_closed' } }))).toMatchObject({ kind: 'refused' });
      expect((await s.listMessages(c.id, 0, 10)).map((m) => m.text)).toEqual(['a person please', 'from ann', 'thanks']);
    });

    it('keeps the messages the bot owes until a reply or clearBotDue settles each, and stores one reply per message', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const { conversation: d } = await visitorWithConversation(s, 'hash-d');
      const asked = [];
      for (const [conv, id] of [[c, 'q1'], [c, 'q2'], [d, 'q3']] as const) {
        const r = await s.appendMessage(msg(conv.id, id, `question ${id}`));
        if (r.kind !== 'stored') throw new Error(r.kind);
        asked.push(r.message);
      }
      expect((await s.listBotDue()).filter((m) => m.conversationId === c.id).map((m) => m.clientId)).toEqual(['q1', 'q2']);
      expect((await s.listBotDue()).map((m) => m.clientId).sort()).toEqual(['q1', 'q2', 'q3']);

      const reply = (to: string, text: string) => s.appendMessage(msg(c.id, null, text, { author: 'bot', replyTo: to, guard: { kind: 'bot_owns' } }));
      const first = await reply(asked[0]!.id, 'answer one');
      expect(first.kind).toBe('stored');
      const again = await reply(asked[0]!.id, 'answer one, twice');
      expect(again).toEqual({ kind: 'duplicate', message: first.kind === 'stored' ? first.message : null });
      await s.clearBotDue(asked[1]!.id);
      expect((await s.listBotDue()).filter((m) => m.conversationId === c.id)).toEqual([]);
      expect((await s.listBotDue()).map((m) => m.clientId)).toEqual(['q3']);
      expect((await s.listMessages(c.id, 0, 10)).map((m) => m.text)).toEqual(['question q1', 'question q2', 'answer one']);
    });

    it("gives the bot's turn on each owed message to one of many claimants, again only when its lease ran out, never once settled", async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const { conversation: other } = await visitorWithConversation(s, 'hash-other');
      const owed = async (id: string, conversationId = c.id) => {
        const r = await s.appendMessage(msg(conversationId, id, `question ${id}`));
        if (r.kind !== 'stored') throw new Error(r.kind);
        return r.message.id;
      };
      const claim = (leaseMs = 60_000, conversationId = c.id) => s.claimBotTurns(conversationId, leaseMs);
      const ids = (claimed: Awaited<ReturnType<typeof claim>>) => claimed?.messages.map((m) => m.id) ?? [];
      for (let round = 0; round < 5; round++) {
        const id = await owed(`claim-${round}`);
        const won = (await Promise.all(Array.from({ length: 8 }, () => claim()))).filter(Boolean);
        expect(won.map(ids)).toEqual([[id]]);
        expect(won[0]!.conversation).toMatchObject({ id: c.id, status: 'bot' });
      }
      // Every free one of the conversation, in seq order, and none of another conversation's.
      const both = [await owed('two-1'), await owed('two-2')];
      const elsewhere = await owed('elsewhere', other.id);
      const claimedBoth = await claim();
      expect(ids(claimedBoth)).toEqual(both);
      // Each as listMessages reads it, field for field, and the conversation as getConversation does.
      expect(claimedBoth!.messages).toEqual((await s.listMessages(c.id, 0, 100)).filter((m) => both.includes(m.id)));
      expect(claimedBoth!.conversation).toEqual(await s.getConversation(c.id));
      expect(await claim()).toBeNull();
      expect(ids(await claim(60_000, other.id))).toEqual([elsewhere]);
      const expired = await owed('expired');
      expect(ids(await claim(-1))).toEqual([expired]); // a turn that died: its lease is already over
      expect(ids(await claim())).toEqual([expired]);
      expect(await claim()).toBeNull();
      const settled = await owed('settled');
      await s.clearBotDue(settled);
      expect(await claim()).toBeNull();
      expect(await s.claimBotTurns('no-such-conversation', 60_000)).toBeNull();
      // A node that starts alone on the storage drops the claims its dead predecessor held: the turn can be taken at once.
      const held = await owed('held');
      expect(ids(await claim())).toEqual([held]);
      expect(await s.releaseBotClaims()).toBe(10); // the 5 rounds', 'two-1', 'two-2', 'elsewhere', 'expired' and 'held' ('settled' is owed no more)
      expect(ids(await claim())).toHaveLength(9); // all but 'elsewhere'
      expect(await s.releaseBotClaims()).toBe(9);
    });

    it("claims the bot's turns in many conversations at once: each conversation's owed messages go to one claimant, in seq order", async () => {
      const { storage: s } = await ctx.fresh();
      const owed = new Map<string, string[]>();
      for (let i = 0; i < 16; i++) {
        const { conversation: c } = await visitorWithConversation(s, `hash-turns-${i}`);
        const ids: string[] = [];
        for (let n = 0; n <= i % 3; n++) {
          const r = await s.appendMessage(msg(c.id, `turn-${i}-${n}`, `question ${n}`));
          if (r.kind !== 'stored') throw new Error(r.kind);
          ids.push(r.message.id);
        }
        owed.set(c.id, ids);
      }
      // Each conversation claimed twice in the same moment (a resend, the start-up sweep), all conversations at once.
      const conversations = [...owed.keys()];
      const claimants = [...conversations, ...[...conversations].reverse(), 'no-such-conversation'];
      const claims = await Promise.all(claimants.map((id) => s.claimBotTurns(id, 60_000)));
      expect(claims.at(-1)).toBeNull();
      for (const [id, ids] of owed) {
        const won = claims.filter((c, i) => claimants[i] === id && c !== null);
        expect(won).toHaveLength(1);
        expect(won[0]!.conversation).toEqual(await s.getConversation(id));
        expect(won[0]!.messages.map((m) => m.id)).toEqual(ids);
      }
      expect(await Promise.all(conversations.map((id) => s.claimBotTurns(id, 60_000)))).toEqual(conversations.map(() => null));
    });

    it('answers ping', async () => {
      const { storage: s } = await ctx.fresh();
      await expect(s.ping()).resolves.toBeUndefined();
    });
  });
}
