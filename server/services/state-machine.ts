import type { ConversationStatus } from '../../protocol/index.ts';

/**
 * The conversation state machine: the one place that says which status change is legal.
 *
 *   bot ──handoff / bot_gave_up──▶ waiting ──claim──▶ assigned ──release──▶ bot
 *    │                              │  ▲ cancel → bot    │  transfer → assigned (another agent)
 *    └───────────close──────────────┴──────close─────────┴──close──▶ closed (final)
 *
 * Storage applies a transition as one conditional UPDATE (`… WHERE status = <from>`), so two
 * concurrent changes of the same conversation cannot both win.
 */
export type TransitionEvent =
  /** The visitor asked for a person. */
  | 'handoff'
  /** The bot could not answer twice in a row. */
  | 'bot_gave_up'
  /** The visitor left the queue. */
  | 'cancel'
  /** An agent took it (by hand or by routing). */
  | 'claim'
  /** The owner gave it to another agent. */
  | 'transfer'
  /** The owner handed it back to the bot. */
  | 'release'
  | 'close';

export const TRANSITIONS: Readonly<Record<ConversationStatus, Partial<Record<TransitionEvent, ConversationStatus>>>> = {
  bot: { handoff: 'waiting', bot_gave_up: 'waiting', close: 'closed' },
  waiting: { cancel: 'bot', claim: 'assigned', close: 'closed' },
  assigned: { transfer: 'assigned', release: 'bot', close: 'closed' },
  closed: {},
};

/** The status after `event`, or null when the event is not allowed from `from`. */
export function nextStatus(from: ConversationStatus, event: TransitionEvent): ConversationStatus | null {
  return TRANSITIONS[from][event] ?? null;
}

/** Whether an agent must own the conversation after the event (claim, transfer) or must not (any other). */
export function ownedAfter(status: ConversationStatus): boolean {
  return status === 'assigned';
}
