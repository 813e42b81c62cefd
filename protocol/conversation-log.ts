import { z } from 'zod';
import { personal, safe } from './data-class.ts';
import { SnoozeWakeReason } from './snooze.ts';
import { TicketStatus } from './tickets.ts';

/**
 * The conversation event log: one row per state change of a conversation, written in the same transaction
 * as the change. The console's timeline renders it (`GET /api/v1/conversations/:id/events`), and the reports
 * count over it. Messages are not repeated here: they are the transcript.
 *
 * | type          | actor                    | fields set                                                        |
 * |---------------|--------------------------|-------------------------------------------------------------------|
 * | `queued`      | visitor (asked) / bot    | `reason`: `asked` (the visitor asked for a person) or `bot_missed` (two misses in a row) |
 * | `cancelled`   | visitor / system         | the visitor left the queue; the bot owns it again. System: `reason` `abandoned` (the visitor was gone longer than the grace time) |
 * | `claimed`     | agent (by hand) / system (routing) | `toAgent*`: the new owner; `agent*`: who claimed (null for routing) |
 * | `transferred` | agent                    | `fromAgent*` → `toAgent*`; `agent*`: who did it (the owner or an admin) |
 * | `released`    | agent                    | `fromAgent*`: the owner it was taken from (handed back to the bot) |
 * | `closed`      | agent / visitor / system | `agent*`: who closed it; `fromAgent*`: its owner then, if any; system: `reason` `idle` (no message for the idle time) |
 * | `rated`       | visitor                  | `score` 1–5, `comment` (masked like messages, or null)            |
 * | `ticket`      | visitor                  | `ticketId`: the message the visitor left                          |
 * | `ticket_status` | agent                  | `ticketId`, `ticketStatus` (the new status); `agent*`: who changed it; `fromAgent*` → `toAgent*`: the assignee before and after |
 * | `label_added` / `label_removed` | agent  | `label*`: the label; `agent*`: who                                |
 * | `team_changed` | agent / system          | `fromTeam*` → `toTeam*` (null: everyone's queue); `agent*`: who (system: the team its FAQ topic suggests, on entering the queue) |
 * | `snoozed`     | agent                    | `until`: when it wakes (Unix ms); `agent*`: the holder who snoozed it (again: a new time) |
 * | `unsnoozed`   | agent / visitor / system | `reason`: `time` (system: its time came), `visitor` (they wrote), `agent` (`agent*`: who unsnoozed it) |
 * | `language_set` | agent / visitor / system | `locale`: the language the bot and the widget speak to the visitor now; `agent*`: the agent who set it for them (visitor: their own choice; system: `reason` `site`, the host page's setLocale). Only a choice that changed something (the language, or whose choice it is) |
 *
 * Agent, label and team names are as they were at the time (null once the account is removed before the event, or none).
 */
export const ConversationLogType = z.enum([
  'queued',
  'cancelled',
  'claimed',
  'transferred',
  'released',
  'closed',
  'rated',
  'ticket',
  'ticket_status',
  'label_added',
  'label_removed',
  'team_changed',
  'language_set',
  'snoozed',
  'unsnoozed',
]);
export type ConversationLogType = z.infer<typeof ConversationLogType>;

export const LogActor = z.enum(['visitor', 'bot', 'agent', 'system']);
export type LogActor = z.infer<typeof LogActor>;

/** Why a conversation went to the agents' queue. */
export const HandoffReason = z.enum(['asked', 'bot_missed']);
export type HandoffReason = z.infer<typeof HandoffReason>;

/**
 * Why a state change happened: into the queue (HandoffReason), or on its own (idle: closed; abandoned: left the queue;
 * site: the language the host page set for the visitor; time, visitor, agent: why a snoozed conversation woke).
 */
export const LogReason = z.enum([...HandoffReason.options, 'idle', 'abandoned', 'site', ...SnoozeWakeReason.options]);
export type LogReason = z.infer<typeof LogReason>;

export const ConversationLogEvent = safe(z.object({
  /** Increases with every event written (orders events of the same millisecond). */
  id: z.number().int(),
  conversationId: z.string(),
  type: ConversationLogType,
  /** Unix milliseconds. */
  at: z.number().int(),
  actor: LogActor,
  agentId: z.string().nullable(),
  agentName: z.string().nullable(),
  fromAgentId: z.string().nullable(),
  fromAgentName: z.string().nullable(),
  toAgentId: z.string().nullable(),
  toAgentName: z.string().nullable(),
  reason: LogReason.nullable(),
  score: z.number().int().min(1).max(5).nullable(),
  comment: personal(z.string()).nullable(),
  ticketId: z.string().nullable(),
  /** With `ticket_status`: the ticket's status after the change. */
  ticketStatus: TicketStatus.nullable(),
  /** With `label_added` / `label_removed`. */
  labelId: z.string().nullable(),
  labelName: z.string().nullable(),
  /** With `team_changed`: the team before and after (null: everyone's queue). */
  fromTeamId: z.string().nullable(),
  fromTeamName: z.string().nullable(),
  toTeamId: z.string().nullable(),
  toTeamName: z.string().nullable(),
  /** With `language_set`: the language spoken now (a widget locale, e.g. `ja`, `zh-CN`). */
  locale: z.string().nullable(),
  /** With `snoozed`: when it wakes (Unix ms). */
  until: z.number().int().nullable(),
}));
export type ConversationLogEvent = z.infer<typeof ConversationLogEvent>;

/** GET /api/v1/conversations/:id/events: oldest first. */
export const ConversationLogList = z.object({ events: z.array(ConversationLogEvent) });
export type ConversationLogList = z.infer<typeof ConversationLogList>;
