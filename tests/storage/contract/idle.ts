import { describe, expect, it } from 'vitest';
import { bySystem, msg, newAgent, visitorWithConversation, type ContractContext } from './context.ts';
import type { Storage } from '../../../server/storage/types.ts';

const BOT = { status: 'bot', agentId: null } as const;
const WAITING = { status: 'waiting', agentId: null } as const;
const CLOSED = { status: 'closed', agentId: null } as const;
const tick = () => new Promise((r) => setTimeout(r, 3)); // distinct timestamps

async function conversation(s: Storage, n: number, to: 'bot' | 'waiting' = 'bot') {
  const { conversation: c } = await visitorWithConversation(s, `idle-hash-${n}`);
  if (to === 'waiting') await s.transitionConversation(c.id, BOT, WAITING, bySystem('waiting'));
  await tick();
  return c.id;
}

/** The idle sweep's reads, the visitors' stamps, and the conditions a system change checks in its compare-and-set. */
export function idleContract(ctx: ContractContext): void {
  describe('idle conversations and abandoned waiting entries', () => {
    it("lists open conversations with messages and no change since a time, oldest first; an agent's only when the visitor is not waiting for a reply", async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann');
      const start = Date.now();
      const empty = await conversation(s, 1); // nothing written: not a conversation to close
      const botChat = await conversation(s, 2);
      await s.appendMessage(msg(botChat, 'v-1', 'hello'));
      await s.appendMessage(msg(botChat, null, 'Hi! How can I help?', { author: 'bot' }));
      await tick();
      const answered = await conversation(s, 3, 'waiting');
      await s.transitionConversation(answered, WAITING, { status: 'assigned', agentId: ann.id }, bySystem('assigned'));
      await s.appendMessage(msg(answered, 'v-2', 'refund?'));
      await s.appendMessage(msg(answered, null, 'Done.', { author: 'agent', authorName: 'ann' }));
      await tick();
      const awaiting = await conversation(s, 4, 'waiting');
      await s.transitionConversation(awaiting, WAITING, { status: 'assigned', agentId: ann.id }, bySystem('assigned'));
      await s.appendMessage(msg(awaiting, 'v-3', 'hello?'));
      await tick();
      const waiting = await conversation(s, 5, 'waiting');
      await s.appendMessage(msg(waiting, 'v-4', 'a person please'));
      const now = Date.now() + 1;
      const all = (before: number) => ({ bySite: new Map<string, number>(), otherwise: before });

      expect((await s.idleConversations(all(now), 10)).map((c) => c.id)).toEqual([botChat, answered]);
      expect(await s.idleConversations(all(now), 1)).toHaveLength(1);
      expect(await s.idleConversations(all(start), 10)).toEqual([]);
      expect(empty).toBeTruthy();
      // A site with its own idle time: its conversations by its cut (0: never), the others by the rest's.
      await s.setConversationContext(botChat, { pageUrl: null, pageTitle: null, userAgent: null, site: 'hk' });
      expect((await s.idleConversations({ bySite: new Map([['hk', 0]]), otherwise: now }, 10)).map((c) => c.id)).toEqual([answered]);
      expect((await s.idleConversations({ bySite: new Map([['hk', now], ['sg', 0]]), otherwise: start }, 10)).map((c) => c.id)).toEqual([botChat]);

      // The close checks it is still idle in the same compare-and-set: a change since `idleBefore` keeps it open.
      const closing = { type: 'closed', actor: 'system', agentId: null, reason: 'idle' } as const;
      const assigned = { status: 'assigned', agentId: ann.id } as const;
      expect(await s.transitionConversation(answered, assigned, CLOSED, closing, { idleBefore: start })).toBeNull();
      expect((await s.getConversation(answered))?.status).toBe('assigned');
      expect(await s.transitionConversation(answered, assigned, CLOSED, closing, { idleBefore: now })).toMatchObject({ status: 'closed' });
      expect((await s.listConversationEvents(answered)).at(-1)).toMatchObject({ type: 'closed', actor: 'system', reason: 'idle', fromAgentId: ann.id });
      expect((await s.idleConversations(all(now), 10)).map((c) => c.id)).toEqual([botChat]);
    });

    it('lists waiting entries nobody stamped since a time (never stamped: since they entered the queue), and leaves them only while still so', async () => {
      const { storage: s } = await ctx.fresh();
      const gone = await conversation(s, 1, 'waiting');
      const here = await conversation(s, 2, 'waiting');
      const now = Date.now() + 1;
      expect((await s.abandonedWaiting(now, 10)).map((c) => c.id)).toEqual([gone, here]);

      // Stamps go in chunks: ids that do not exist are ignored, and the real one among 1,200 is stamped.
      const ids = Array.from({ length: 1200 }, (_, i) => `no-such-conversation-${i}`);
      ids.splice(700, 0, here);
      await s.markVisitorsSeen(ids, now + 5_000);
      await s.markVisitorsSeen([], now);
      expect((await s.abandonedWaiting(now, 10)).map((c) => c.id)).toEqual([gone]);
      expect((await s.abandonedWaiting(now + 10_000, 10)).map((c) => c.id)).toEqual([gone, here]);

      const leaving = { type: 'cancelled', actor: 'system', agentId: null, reason: 'abandoned' } as const;
      expect(await s.transitionConversation(here, WAITING, BOT, leaving, { unseenBefore: now })).toBeNull(); // seen since
      expect(await s.transitionConversation(gone, WAITING, BOT, leaving, { unseenBefore: now })).toMatchObject({ status: 'bot' });
      expect((await s.listConversationEvents(gone)).at(-1)).toMatchObject({ type: 'cancelled', actor: 'system', reason: 'abandoned' });
      expect((await s.abandonedWaiting(now, 10)).map((c) => c.id)).toEqual([]);
    });

    it("counts a waiting visitor's place within their team's queue (no team: everyone's queue), one at a time and all in one ranking", async () => {
      const { storage: s } = await ctx.fresh();
      const fraud = await s.createTeam({ name: 'Fraud', memberIds: [], topics: [], hours: null });
      const a = await conversation(s, 1, 'waiting');
      const b = await conversation(s, 2, 'waiting');
      const c = await conversation(s, 3, 'waiting');
      const d = await conversation(s, 4, 'waiting');
      await s.setConversationTeam(b, fraud.id, { actor: 'system', agentId: null });
      await s.setConversationTeam(d, fraud.id, { actor: 'system', agentId: null });
      expect(await Promise.all([a, b, c, d].map((id) => s.queuePosition(id)))).toEqual([1, 1, 2, 2]);
      expect(await s.queueLength()).toBe(4);
      const ranked = await s.rankQueue(10);
      expect(ranked.map((e) => [e.id, e.teamId, e.position])).toEqual([
        [a, null, 1],
        [b, fraud.id, 1],
        [c, null, 2],
        [d, fraud.id, 2],
      ]);
      expect(ranked[1]!.stateVersion).toBe((await s.getConversation(b))!.stateVersion);
      expect((await s.rankQueue(3)).map((e) => e.id)).toEqual([a, b, c]); // the first in line, when capped
    });
  });
}
