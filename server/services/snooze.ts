import { snoozeRefusal } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { Agent } from '../storage/agent-types.ts';
import type { SnoozeWake } from '../storage/snooze-types.ts';
import type { Conversation, Storage } from '../storage/types.ts';
import type { AgentChannel } from './agent-channel.ts';
import { HandoffError, type HandoffService } from './handoff.ts';
import type { WebhookPayloads } from './webhook-payloads.ts';

/**
 * Snooze: the agent who holds a conversation puts it out of their Mine until a time; it comes back on its own then
 * (the wake sweep, once per cluster, see app.ts) or at once when the visitor writes, and its holder's consoles, on any
 * node, ring and notify as for a new message. Every console hears the summary change (Mine, the Snoozed view).
 */
export interface SnoozeService {
  /** Refusals: the holder only (`not_yours`, `not_claimed`, `closed`), `until` in the window (`bad_frame`, path `until`). */
  snooze(agent: Agent, conversationId: string, until: number): Promise<Conversation>;
  /** The holder wakes it now (a conversation not snoozed is returned as it is). */
  unsnooze(agent: Agent, conversationId: string): Promise<Conversation>;
  /** The visitor wrote in a conversation a person has (one the bot has is never snoozed): a snoozed one wakes. */
  visitorWrote(conversationId: string): Promise<void>;
  /** Wake every conversation whose time came (the sweep); how many woke. */
  wakeDue(): Promise<number>;
}

/** At most this many wakes a run (a run every minute: the next takes the rest). */
const BATCH = 200;

export function createSnoozeService(deps: {
  storage: Pick<Storage, 'getConversation' | 'snoozeConversation' | 'unsnoozeConversation' | 'dueSnoozes'>;
  handoff: Pick<HandoffService, 'announce'>;
  agents: Pick<AgentChannel, 'sendTo'>;
  /** Webhooks hear of each snooze and each wake. */
  events?: Pick<WebhookPayloads, 'snoozed' | 'woken'>;
  now?: () => number;
}): SnoozeService {
  const { storage, handoff, agents } = deps;
  const now = () => (deps.now ?? Date.now)();

  const held = async (agent: Agent, id: string): Promise<Conversation> => {
    const c = await storage.getConversation(id);
    if (!c) throw new HandoffError('not_found', 'no such conversation', 'no_conversation');
    if (c.status !== 'assigned') throw new HandoffError('invalid_state', `the conversation is ${c.status}: claim it first`, c.status === 'closed' ? 'closed' : 'not_claimed');
    if (c.agentId !== agent.id) throw new HandoffError('forbidden', 'this conversation belongs to another agent', 'not_yours');
    return c;
  };
  /** Woken: every console hears the summary; the holder's ring when it woke on its own. */
  const woke = async (c: Conversation, how: SnoozeWake) => {
    deps.events?.woken(c, how.reason);
    await handoff.announce(c);
    if (how.reason !== 'agent' && c.agentId) await agents.sendTo(c.agentId, { type: 'snooze_ended', conversationId: c.id, reason: how.reason });
  };

  return {
    async snooze(agent, conversationId, until) {
      const refusal = snoozeRefusal(until, now());
      if (refusal) throw new KefuError('bad_frame', refusal === 'snooze_past' ? 'until: the wake time must be in the future' : 'until: at most 90 days ahead', 'until', refusal);
      await held(agent, conversationId);
      const snoozed = await storage.snoozeConversation(conversationId, agent.id, until);
      // Handed on or closed since it was read: say why as the state is now.
      if (!snoozed) {
        await held(agent, conversationId);
        throw new HandoffError('conflict', 'the conversation changed meanwhile', 'changed_meanwhile');
      }
      deps.events?.snoozed(snoozed, until);
      await handoff.announce(snoozed);
      return snoozed;
    },

    async unsnooze(agent, conversationId) {
      const c = await held(agent, conversationId);
      const how: SnoozeWake = { reason: 'agent', agentId: agent.id };
      const woken = await storage.unsnoozeConversation(conversationId, how);
      if (!woken) return c;
      await woke(woken, how);
      return woken;
    },

    async visitorWrote(conversationId) {
      // One read by key; the write only for a snoozed one.
      if ((await storage.getConversation(conversationId))?.snoozedUntil == null) return;
      const how: SnoozeWake = { reason: 'visitor' };
      const woken = await storage.unsnoozeConversation(conversationId, how);
      if (woken) await woke(woken, how);
    },

    async wakeDue() {
      const dueBy = now();
      let n = 0;
      for (const c of await storage.dueSnoozes(dueBy, BATCH)) {
        const how: SnoozeWake = { reason: 'time', dueBy };
        const woken = await storage.unsnoozeConversation(c.id, how);
        if (!woken) continue; // woken or moved meanwhile
        await woke(woken, how);
        n += 1;
      }
      return n;
    },
  };
}
