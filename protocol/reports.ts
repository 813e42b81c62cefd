import { z } from 'zod';
import { safe } from './data-class.ts';

/**
 * The reports API (`/api/v1/reports/*`). What each figure counts is defined once, in server/reports/figures.ts
 * (and in the README's "Reports" section). Durations are in seconds; times are Unix milliseconds.
 */

/** The longest period one report covers. */
export const REPORT_MAX_DAYS = 400;

const IsoTime = z.iso.datetime({ offset: true });

export const ReportQuery = z
  .strictObject({
    /** ISO 8601 time, inclusive: conversations that started at or after it. */
    from: IsoTime,
    /** ISO 8601 time, exclusive. */
    to: IsoTime,
    /** The series' bucket. */
    bucket: z.enum(['day', 'week']).default('day'),
    /** The viewer's offset from UTC in minutes (east positive: 480 for UTC+8): days, weeks and hours are counted in it. */
    tz: z.coerce.number().int().min(-840).max(840).default(0),
  })
  .refine((q) => Date.parse(q.from) < Date.parse(q.to), { message: 'must be after from', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= REPORT_MAX_DAYS * 86_400_000, { message: `at most ${REPORT_MAX_DAYS} days after from`, path: ['to'] });
export type ReportQuery = z.infer<typeof ReportQuery>;

/** Count, median and 90th percentile of a duration (seconds); null medians when there is nothing to measure. */
export const DurationStats = z.object({ count: z.number().int(), median: z.number().nullable(), p90: z.number().nullable() });
export type DurationStats = z.infer<typeof DurationStats>;

export const ReportAgent = z.object({
  agentId: z.string(),
  name: z.string().nullable(),
  conversations: z.number().int(),
  firstResponseSec: DurationStats,
  csat: z.object({ average: z.number().nullable(), count: z.number().int() }),
});
export type ReportAgent = z.infer<typeof ReportAgent>;

/** GET /api/v1/reports/summary */
export const ReportSummary = safe(z.object({
  from: z.string(),
  to: z.string(),
  bucket: z.enum(['day', 'week']),
  tz: z.number().int(),
  /** `all` for admins; `own` for an agent: only the conversations they owned at some point. */
  scope: z.enum(['all', 'own']),
  /** Conversations that started in the period and in which the visitor did something. */
  conversations: z.number().int(),
  messages: z.object({ total: z.number().int(), visitor: z.number().int(), bot: z.number().int(), agent: z.number().int(), system: z.number().int() }),
  /** Of `conversations`: no handoff, closed or gone idle, at least one FAQ answer. */
  botResolved: z.number().int(),
  /** Of `conversations`: went to the agents' queue at least once. */
  handoffs: z.number().int(),
  /** Of `conversations`: no handoff, closed or gone idle, the bot never found an answer. */
  unresolved: z.number().int(),
  /** Of `conversations`: no handoff, still active. */
  ongoing: z.number().int(),
  /** handoffs / conversations (null with no conversations). */
  handoffRate: z.number().nullable(),
  botResolvedRate: z.number().nullable(),
  /** Handoffs by the reason of the first one. */
  handoffReasons: z.object({ asked: z.number().int(), bot_missed: z.number().int() }),
  firstResponseSec: DurationStats,
  /** Waits that ended in a claim (conversations an agent took); waits still going on are in `waitingNow`. */
  waitSec: DurationStats,
  /**
   * The queue now, whatever the period: conversations waiting for an agent and the longest wait so far (seconds,
   * null with none). For those who see the whole desk; null in an agent's own report (`scope: "own"`).
   */
  waitingNow: z.object({ count: z.number().int(), longestSec: z.number().nullable() }).nullable(),
  resolutionSec: DurationStats,
  csat: z.object({
    average: z.number().nullable(),
    count: z.number().int(),
    /** How many ratings of each score, 1 to 5 (all five, zeros included). */
    distribution: z.array(z.object({ score: z.number().int(), count: z.number().int() })),
  }),
  helpfulness: z.array(z.object({ faqId: z.string().nullable(), helpful: z.number().int(), notHelpful: z.number().int() })),
  byTopic: z.array(z.object({ faqId: z.string().nullable(), count: z.number().int() })),
  /** The period's conversations by the language spoken to the visitor (their choice, else the last they wrote that the widget speaks, else the widget's). */
  byLanguage: z.array(z.object({ locale: z.string(), count: z.number().int() })),
  /** All 24 hours, zeros included. */
  byHour: z.array(z.object({ hour: z.number().int(), count: z.number().int() })),
  /** One row per day or week that had conversations, by its start. */
  series: z.array(z.object({ start: z.number().int(), conversations: z.number().int(), botResolved: z.number().int(), handoffs: z.number().int() })),
  agents: z.array(ReportAgent),
  /** Tickets of the period's conversations: opened, and of those, solved now. */
  tickets: z.object({ opened: z.number().int(), solved: z.number().int() }),
}));
export type ReportSummary = z.infer<typeof ReportSummary>;

/** The tables a CSV can be asked for: `/api/v1/reports/<table>.csv`. */
export const REPORT_TABLES = ['conversations', 'series', 'topics', 'languages', 'hours', 'agents', 'csat', 'helpfulness'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];
