import { describe, expect, it } from 'vitest';
import { bySystem, msg, newAgent, visitorWithConversation, type ContractContext } from './context.ts';
import type { Storage } from '../../../server/storage/types.ts';

const BOT = { status: 'bot', agentId: null } as const;
const WAITING = { status: 'waiting', agentId: null } as const;
const tick = () => new Promise((r) => setTimeout(r, 3)); // distinct timestamps

/** A conversation assigned to `agentId`, with a visitor message and the agent's answer (an idle candidate). */
async function held(s: Storage, n: number, agentId: string) {
  const { conversation: c } = await visitorWithConversation(s, `snooze-hash-${n}`);
  await s.transitionConversation(c.id, BOT, WAITING, bySystem('waiting'));
  await s.transitionConversation(c.id, WAITING, { status: 'assigned', agentId }, bySystem('assigned'));
  await s.appendMessage(msg(c.id, `v-${n}`, 'my refund?'));
  await s.appendMessage(msg(c.id, null, 'The bank answers on Monday.', { author: 'agent', authorName: 'ann' }));
  await tick();
  return c.id;
}

/** Snoozing: the holder only, the wake (time, visitor, agent) each once, logged; the idle sweep skips a snoozed chat. */
export function snoozeContract(ctx: ContractContext): void {
  describe('snooze', () => {
    it('snoozes a chat its holder holds only, logs it with the wake time, and wakes it once for each reason', async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann');
      const mei = await newAgent(s, 'mei');
      const id = await held(s, 1, ann.id);
      const until = Date.now() + 3_600_000;

      expect(await s.snoozeConversation(id, mei.id, until)).toBeNull(); // not hers
      expect((await s.getConversation(id))?.snoozedUntil).toBeNull();
      expect(await s.snoozeConversation(id, ann.id, until)).toMatchObject({ id, snoozedUntil: until, status: 'assigned', agentId: ann.id });
      expect((await s.getConversation(id))?.snoozedUntil).toBe(until);
      expect((await s.listConversationEvents(id)).at(-1)).toMatchObject({ type: 'snoozed', actor: 'agent', agentId: ann.id, agentName: 'ann', until, reason: null });

      // The sweep's read: due by a time, soonest first; a wake by time only while it is still due by then.
      const other = await held(s, 2, ann.id);
      await s.snoozeConversation(other, ann.id, until - 1_000);
      expect((await s.dueSnoozes(until - 2_000, 10)).map((c) => c.id)).toEqual([]);
      expect((await s.dueSnoozes(until, 10)).map((c) => c.id)).toEqual([other, id]);
      expect(await s.dueSnoozes(until, 1)).toHaveLength(1);
      expect(await s.unsnoozeConversation(id, { reason: 'time', dueBy: until - 1 })).toBeNull(); // moved later meanwhile
      const before = (await s.getConversation(other))!.updatedAt;
      await tick();
      const woken = await s.unsnoozeConversation(other, { reason: 'time', dueBy: until });
      expect(woken).toMatchObject({ snoozedUntil: null, status: 'assigned', agentId: ann.id });
      expect(woken!.updatedAt).toBeGreaterThan(before); // its idle time counts from the wake
      expect((await s.listConversationEvents(other)).at(-1)).toMatchObject({ type: 'unsnoozed', actor: 'system', reason: 'time', agentId: null, until: null });
      expect(await s.unsnoozeConversation(other, { reason: 'visitor' })).toBeNull(); // once

      expect(await s.unsnoozeConversation(id, { reason: 'visitor' })).toMatchObject({ snoozedUntil: null });
      expect((await s.listConversationEvents(id)).at(-1)).toMatchObject({ type: 'unsnoozed', actor: 'visitor', reason: 'visitor' });
      await s.snoozeConversation(id, ann.id, until);
      expect(await s.unsnoozeConversation(id, { reason: 'agent', agentId: ann.id })).toMatchObject({ snoozedUntil: null });
      expect((await s.listConversationEvents(id)).at(-1)).toMatchObject({ type: 'unsnoozed', actor: 'agent', agentId: ann.id, agentName: 'ann', reason: 'agent' });
      expect(await s.dueSnoozes(until + 1, 10)).toEqual([]);
    });

    it('leaves a snoozed chat out of the idle sweep and its compare-and-set; a transfer, hand back or close clears the snooze', async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann');
      const mei = await newAgent(s, 'mei');
      const id = await held(s, 1, ann.id);
      const now = Date.now() + 1;
      const all = { bySite: new Map<string, number>(), otherwise: now };
      expect((await s.idleConversations(all, 10)).map((c) => c.id)).toEqual([id]);
      await s.snoozeConversation(id, ann.id, now + 60_000);
      expect(await s.idleConversations(all, 10)).toEqual([]);
      const assigned = { status: 'assigned', agentId: ann.id } as const;
      const closing = { type: 'closed', actor: 'system', agentId: null, reason: 'idle' } as const;
      expect(await s.transitionConversation(id, assigned, { status: 'closed', agentId: null }, closing, { idleBefore: now })).toBeNull();
      expect((await s.getConversation(id))?.status).toBe('assigned');

      const moved = await s.transitionConversation(id, assigned, { status: 'assigned', agentId: mei.id }, { type: 'transferred', actor: 'agent', agentId: ann.id });
      expect(moved).toMatchObject({ agentId: mei.id, snoozedUntil: null });
      await s.snoozeConversation(id, mei.id, now + 60_000);
      expect(await s.transitionConversation(id, { status: 'assigned', agentId: mei.id }, BOT, { type: 'released', actor: 'agent', agentId: mei.id })).toMatchObject({ snoozedUntil: null });
      expect(await s.dueSnoozes(now + 120_000, 10)).toEqual([]);
      expect(await s.snoozeConversation(id, mei.id, now + 60_000)).toBeNull(); // the bot's now: nobody holds it
    });
  });
}
