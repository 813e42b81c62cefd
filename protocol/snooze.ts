import { z } from 'zod';
import { safe } from './data-class.ts';

/** POST /api/v1/conversations/:id/snooze: out of the holder's Mine until `until` (Unix ms; see snooze-window.ts). */
export const SnoozeRequest = z.strictObject({ until: z.number().int().positive() });
export type SnoozeRequest = z.infer<typeof SnoozeRequest>;

/** Why a snoozed conversation woke: its time came, the visitor wrote, or an agent unsnoozed it. */
export const SnoozeWakeReason = z.enum(['time', 'visitor', 'agent']);
export type SnoozeWakeReason = z.infer<typeof SnoozeWakeReason>;

/**
 * A snoozed conversation woke on its own (its time came, or the visitor wrote): to its holder's consoles only, on
 * every node, which ring and notify as for a new message. An agent's own Unsnooze sends none.
 */
export const AgentSnoozeEndedFrame = safe(z.object({ type: z.literal('snooze_ended'), conversationId: z.string(), reason: z.enum(['time', 'visitor']) }));
