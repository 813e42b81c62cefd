import { describe, expect, it } from 'vitest';
import { ConversationLogList, type ConversationLogEvent } from '../../../protocol/index.ts';
import { visitorWithConversation, type ContractContext } from './context.ts';

/** A fresh storage with a visitor's conversation and two agents, Ann and Bob. */
async function freshWithAgents(ctx: ContractContext) {
  const { storage: s } = await ctx.fresh();
  const { visitor: v, conversation: c } = await visitorWithConversation(s, 'h');
  const ann = await s.createAgent({ email: 'ann@example.com', name: 'Ann', role: 'agent', passwordHash: 'x', maxChats: 5 });
  const bob = await s.createAgent({ email: 'bob@example.com', name: 'Bob', role: 'agent', passwordHash: 'x', maxChats: 5 });
  return { s, v, c, ann, bob };
}

/** The fields a timeline shows, without ids and times. */
const shape = (e: ConversationLogEvent) =>
  Object.fromEntries(Object.entries(e).filter(([k, v]) => !['id', 'at', 'conversationId'].includes(k) && v !== null));

/** The conversation event log: written with each state change, rating and ticket, in the same transaction. */
export function conversationLogContract(ctx: ContractContext): void {
  describe('conversation event log', () => {
    it('logs each state change with its owners, and a change that loses the race logs nothing', async () => {
      const { s, c, ann, bob } = await freshWithAgents(ctx);
      const bot = { status: 'bot', agentId: null } as const;
      const waiting = { status: 'waiting', agentId: null } as const;
      await s.transitionConversation(c.id, bot, waiting, { type: 'queued', actor: 'bot', agentId: null, reason: 'bot_missed' });
      await s.transitionConversation(c.id, waiting, { status: 'assigned', agentId: ann.id }, { type: 'claimed', actor: 'system', agentId: null });
      // A second claim of the same waiting conversation loses: no row, no event.
      expect(await s.transitionConversation(c.id, waiting, { status: 'assigned', agentId: bob.id }, { type: 'claimed', actor: 'agent', agentId: bob.id })).toBeNull();
      await s.transitionConversation(c.id, { status: 'assigned', agentId: ann.id }, { status: 'assigned', agentId: bob.id }, { type: 'transferred', actor: 'agent', agentId: ann.id });
      await s.transitionConversation(c.id, { status: 'assigned', agentId: bob.id }, { status: 'closed', agentId: null }, { type: 'closed', actor: 'agent', agentId: bob.id });
      expect(await s.rateConversation(c.id, { score: 4, comment: 'ok' })).toBe(true);
      expect(await s.rateConversation(c.id, { score: 1, comment: null })).toBe(false); // rated once, logged once
      const ticket = await s.addTicket(c.id, 'me@example.com', 'call me');

      const events = await s.listConversationEvents(c.id);
      expect(events.map(shape)).toEqual([
        { type: 'queued', actor: 'bot', reason: 'bot_missed' },
        { type: 'claimed', actor: 'system', toAgentId: ann.id, toAgentName: 'Ann' },
        { type: 'transferred', actor: 'agent', agentId: ann.id, agentName: 'Ann', fromAgentId: ann.id, fromAgentName: 'Ann', toAgentId: bob.id, toAgentName: 'Bob' },
        { type: 'closed', actor: 'agent', agentId: bob.id, agentName: 'Bob', fromAgentId: bob.id, fromAgentName: 'Bob' },
        { type: 'rated', actor: 'visitor', score: 4, comment: 'ok' },
        { type: 'ticket', actor: 'visitor', ticketId: ticket.id },
      ]);
      // Each event is parseable by the wire schema the console uses; ids increase, times never go back.
      expect(ConversationLogList.parse({ events }).events).toHaveLength(6);
      expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort((a, b) => a - b));
      expect(events.every((e, i) => i === 0 || e.at >= events[i - 1]!.at)).toBe(true);
      // The state change happened with its event: the conversation is closed, by the same transaction.
      expect((await s.getConversation(c.id))?.status).toBe('closed');
    });

    it('keeps the names as they were once an agent is removed, and queries a time window by type', async () => {
      const { s, c, ann } = await freshWithAgents(ctx);
      const before = Date.now();
      await s.transitionConversation(c.id, { status: 'bot', agentId: null }, { status: 'waiting', agentId: null }, { type: 'queued', actor: 'visitor', agentId: null, reason: 'asked' });
      await s.transitionConversation(c.id, { status: 'waiting', agentId: null }, { status: 'assigned', agentId: ann.id }, { type: 'claimed', actor: 'agent', agentId: ann.id });
      await s.transitionConversation(c.id, { status: 'assigned', agentId: ann.id }, { status: 'bot', agentId: null }, { type: 'released', actor: 'agent', agentId: ann.id });
      await s.deleteAgent(ann.id);
      const released = (await s.listConversationEvents(c.id)).at(-1)!;
      expect(shape(released)).toEqual({ type: 'released', actor: 'agent', agentId: ann.id, agentName: 'Ann', fromAgentId: ann.id, fromAgentName: 'Ann' });

      const after = Date.now() + 1;
      expect((await s.queryConversationEvents({ from: before, to: after, limit: 100 })).map((e) => e.type)).toEqual(['queued', 'claimed', 'released']);
      expect((await s.queryConversationEvents({ from: before, to: after, types: ['claimed', 'released'], limit: 100 })).map((e) => e.type)).toEqual(['claimed', 'released']);
      expect(await s.queryConversationEvents({ from: before, to: after, limit: 1 })).toHaveLength(1);
      expect(await s.queryConversationEvents({ from: after, to: after + 1000, limit: 100 })).toEqual([]);
    });

    it('logs each choice of the spoken language that changed something (whose and which), with the change; a followed one or a repeat logs nothing', async () => {
      const { s, c, ann, bob } = await freshWithAgents(ctx); // an en widget
      const before = Date.now();
      await s.setBotLocale(c.id, 'zh-CN', false); // followed from what the visitor wrote: not a choice
      await s.setBotLocale(c.id, 'ja', true, ann.id);
      expect(await s.setBotLocale(c.id, 'ja', true, ann.id)).toBeNull(); // the same again: nothing
      await s.setBotLocale(c.id, 'ja', true, bob.id); // the same language, Bob's choice now
      await s.setBotLocale(c.id, 'zh-CN', true); // the visitor's way back
      expect(await s.setBotLocale(c.id, 'zh-CN', true)).toBeNull(); // sent again after a reconnect: nothing
      await s.setBotLocale(c.id, 'en', false); // chosen: no written language moves it
      await s.deleteAgent(bob.id);

      const events = await s.listConversationEvents(c.id);
      expect(events.map(shape)).toEqual([
        { type: 'language_set', actor: 'agent', agentId: ann.id, agentName: 'Ann', locale: 'ja' },
        { type: 'language_set', actor: 'agent', agentId: bob.id, agentName: 'Bob', locale: 'ja' },
        { type: 'language_set', actor: 'visitor', locale: 'zh-CN' },
      ]);
      expect(ConversationLogList.parse({ events }).events).toHaveLength(3);
      expect(events.every((e) => e.at >= before)).toBe(true);
      const window = { from: before, to: Date.now() + 1, limit: 100 };
      expect((await s.queryConversationEvents({ ...window, types: ['language_set'] })).map((e) => e.locale)).toEqual(['ja', 'ja', 'zh-CN']);
    });

    it("logs the site's choice of the spoken language as the site's (the system, reason site), and nothing for one the visitor's own choice keeps out", async () => {
      const { s, c } = await freshWithAgents(ctx); // an en widget
      const site = { override: false };
      await s.setBotLocale(c.id, 'ja', true, null, site); // the host's setLocale
      expect(await s.setBotLocale(c.id, 'ja', true, null, site)).toBeNull(); // said again: nothing
      await s.setBotLocale(c.id, 'ja', true); // the visitor takes it: their own now
      expect(await s.setBotLocale(c.id, 'ko', true, null, site)).toBeNull(); // under the visitor's choice: nothing
      await s.setBotLocale(c.id, 'ko', true, null, { override: true }); // the host said so

      const events = await s.listConversationEvents(c.id);
      expect(events.map(shape)).toEqual([
        { type: 'language_set', actor: 'system', reason: 'site', locale: 'ja' },
        { type: 'language_set', actor: 'visitor', locale: 'ja' },
        { type: 'language_set', actor: 'system', reason: 'site', locale: 'ko' },
      ]);
      expect(ConversationLogList.parse({ events }).events).toHaveLength(3);
    });
  });
}
