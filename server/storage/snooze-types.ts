import type { SnoozeWakeReason } from '../../protocol/index.ts';
import type { Conversation } from './types.ts';

/**
 * Snoozing an assigned conversation: out of its holder's Mine until a time, back on its own then (the wake sweep, once
 * per cluster) or when the visitor writes. Each change is one conditional update with its event-log row in the same
 * transaction; a change that no longer applies writes nothing and returns null. Transfer, hand back and close clear a
 * snooze (the state change itself, see the handoff store).
 */
export interface SnoozeStore {
  /** Snooze (or snooze again, to a new time) a conversation `agentId` holds now; logs `snoozed` with `until`. */
  snoozeConversation(id: string, agentId: string, until: number): Promise<Conversation | null>;
  /**
   * Wake a snoozed conversation; its idle time counts from now (updated_at). `agent`: the agent who unsnoozed it;
   * `time`: only when its wake time is at or before `dueBy` (a snooze moved later meanwhile stays). Logs `unsnoozed`.
   */
  unsnoozeConversation(id: string, wake: SnoozeWake): Promise<Conversation | null>;
  /** Snoozed conversations whose time came (at or before `now`), soonest first, at most `limit`. */
  dueSnoozes(now: number, limit: number): Promise<Conversation[]>;
}

export type SnoozeWake =
  | { reason: Extract<SnoozeWakeReason, 'time'>; dueBy: number }
  | { reason: Extract<SnoozeWakeReason, 'visitor'> }
  | { reason: Extract<SnoozeWakeReason, 'agent'>; agentId: string };

/** The event-log row of a wake: who woke it, and why. */
export function wakeLog(wake: SnoozeWake): { actor: 'agent' | 'visitor' | 'system'; agentId: string | null; reason: SnoozeWakeReason } {
  if (wake.reason === 'agent') return { actor: 'agent', agentId: wake.agentId, reason: 'agent' };
  return { actor: wake.reason === 'visitor' ? 'visitor' : 'system', agentId: null, reason: wake.reason };
}
