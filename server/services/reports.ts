import type { DurationStats, ReportQuery, ReportSummary, ReportTable } from '../../protocol/index.ts';
import { DIALECTS } from '../reports/dialect.ts';
import { figureSql, type FigureName } from '../reports/figures.ts';
import type { CsvCell } from '../reports/csv.ts';
import type { Agent } from '../storage/agent-types.ts';
import { seesWholeDesk } from './roles.ts';
import type { ReportRow, ReportStore, SqlDialect } from '../storage/report-types.ts';

/** A conversation with no message for this long (and not closed) has gone idle. */
export const REPORT_IDLE_MS = 30 * 60_000;

export interface ReportTableData {
  header: string[];
  rows: CsvCell[][];
}

export interface ReportsService {
  /** Admins see every conversation; an agent only those they owned at some point. */
  summary(viewer: Agent, query: ReportQuery): Promise<ReportSummary>;
  /** One table of the report (or one row per conversation) for a CSV export. */
  table(viewer: Agent, query: ReportQuery, table: ReportTable): Promise<ReportTableData>;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const int = (v: unknown): number => Number(v ?? 0);
const sec = (ms: unknown): number | null => (ms === null || ms === undefined ? null : Number(ms) / 1000);
const stats = (row: ReportRow | undefined): DurationStats => ({ count: int(row?.n), median: sec(row?.median), p90: sec(row?.p90) });
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const iso = (ms: unknown) => (ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString());

export function createReportsService(deps: { store: ReportStore; now?: () => number; idleMs?: number }): ReportsService {
  const { store } = deps;
  const now = deps.now ?? Date.now;
  const idleMs = deps.idleMs ?? REPORT_IDLE_MS;
  const sql = { sqlite: figureSql(DIALECTS.sqlite), postgres: figureSql(DIALECTS.postgres) } satisfies Record<SqlDialect, unknown>;

  const paramsOf = (viewer: Agent, q: ReportQuery) => ({
    from: Date.parse(q.from),
    to: Date.parse(q.to),
    agent: seesWholeDesk(viewer) ? null : viewer.id,
    idleBefore: now() - idleMs,
    tz: q.tz * 60_000,
    bdays: q.bucket === 'week' ? 7 : 1,
    bshift: q.bucket === 'week' ? 3 : 0,
  });

  /** The live queue beside the period's waits: how many wait now and the longest wait so far (seconds). */
  const waitingNow = (row: ReportRow | undefined) => {
    const since = num(row?.since);
    return { count: int(row?.n), longestSec: since === null ? null : Math.max(0, now() - since) / 1000 };
  };

  async function summary(viewer: Agent, q: ReportQuery): Promise<ReportSummary> {
    const params = paramsOf(viewer, q);
    const run = (name: FigureName) => store.reportQuery((d) => sql[d][name], params);
    const [totals, authors, wait, first, resolution, csat, dist, topics, languages, hours, series, owners, agentFirst, agentCsat, helpful, tickets, queue] =
      await Promise.all(
        (
          ['totals', 'messagesByAuthor', 'wait', 'firstResponse', 'resolution', 'csat', 'csatDistribution', 'byTopic', 'byLanguage', 'byHour', 'series',
           'agentConversations', 'agentFirstResponse', 'agentCsat', 'helpfulness', 'tickets', 'waitingNow'] as const
        ).map((name) => (name === 'waitingNow' && params.agent !== null ? Promise.resolve([]) : run(name))),
      );
    const t = totals![0]!;
    const conversations = int(t.conversations);
    const byAuthor = new Map(authors!.map((r) => [String(r.author), int(r.n)]));
    const perHour = new Map(hours!.map((r) => [int(r.hour), int(r.n)]));
    const perScore = new Map(dist!.map((r) => [int(r.score), int(r.n)]));
    const firstBy = new Map(agentFirst!.map((r) => [String(r.g), r]));
    const csatBy = new Map(agentCsat!.map((r) => [String(r.g), r]));
    return {
      from: new Date(params.from).toISOString(),
      to: new Date(params.to).toISOString(),
      bucket: q.bucket,
      tz: q.tz,
      scope: params.agent === null ? 'all' : 'own',
      conversations,
      messages: {
        total: int(t.messages),
        visitor: byAuthor.get('visitor') ?? 0,
        bot: byAuthor.get('bot') ?? 0,
        agent: byAuthor.get('agent') ?? 0,
        system: byAuthor.get('system') ?? 0,
      },
      botResolved: int(t.bot_resolved),
      handoffs: int(t.handoffs),
      unresolved: int(t.unresolved),
      ongoing: int(t.ongoing),
      handoffRate: ratio(int(t.handoffs), conversations),
      botResolvedRate: ratio(int(t.bot_resolved), conversations),
      handoffReasons: { asked: int(t.asked), bot_missed: int(t.bot_missed) },
      firstResponseSec: stats(first![0]),
      waitSec: stats(wait![0]),
      waitingNow: params.agent !== null ? null : waitingNow(queue![0]),
      resolutionSec: stats(resolution![0]),
      csat: {
        average: num(csat![0]?.average),
        count: int(csat![0]?.n),
        distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: perScore.get(score) ?? 0 })),
      },
      helpfulness: helpful!.map((r) => ({ faqId: r.faq_id === null ? null : String(r.faq_id), helpful: int(r.helpful), notHelpful: int(r.not_helpful) })),
      byTopic: topics!.map((r) => ({ faqId: r.faq_id === null ? null : String(r.faq_id), count: int(r.n) })),
      byLanguage: languages!.map((r) => ({ locale: String(r.locale), count: int(r.n) })),
      byHour: Array.from({ length: 24 }, (_, hour) => ({ hour, count: perHour.get(hour) ?? 0 })),
      series: series!.map((r) => ({ start: int(r.start), conversations: int(r.conversations), botResolved: int(r.bot_resolved), handoffs: int(r.handoffs) })),
      agents: owners!.map((r) => {
        const id = String(r.agent_id);
        return {
          agentId: id,
          name: r.name === null ? null : String(r.name),
          conversations: int(r.n),
          firstResponseSec: stats(firstBy.get(id)),
          csat: { average: num(csatBy.get(id)?.average), count: int(csatBy.get(id)?.n) },
        };
      }),
      tickets: { opened: int(tickets![0]?.opened), solved: int(tickets![0]?.solved) },
    };
  }

  async function conversationRows(viewer: Agent, q: ReportQuery): Promise<ReportTableData> {
    const rows = await store.reportQuery((d) => sql[d].conversations, paramsOf(viewer, q));
    return {
      header: ['conversation', 'started', 'language', 'status', 'outcome', 'handoff_reason', 'first_agent', 'messages', 'wait_sec', 'first_response_sec', 'resolution_sec', 'rating', 'written_language'],
      rows: rows.map((r) => [
        String(r.id),
        iso(r.created_at),
        String(r.locale),
        String(r.status),
        String(r.outcome),
        r.handoff_reason === null ? null : String(r.handoff_reason),
        r.first_agent_name === null ? null : String(r.first_agent_name),
        int(r.messages),
        sec(r.wait_ms),
        sec(r.first_response_ms),
        sec(r.resolution_ms),
        num(r.score),
        r.written_locale === null ? null : String(r.written_locale),
      ]),
    };
  }

  return {
    summary,
    async table(viewer, q, table) {
      if (table === 'conversations') return conversationRows(viewer, q);
      const s = await summary(viewer, q);
      switch (table) {
        case 'series':
          return { header: [q.bucket === 'week' ? 'week' : 'day', 'conversations', 'bot_resolved', 'handoffs'], rows: s.series.map((r) => [iso(r.start + q.tz * 60_000)!.slice(0, 10), r.conversations, r.botResolved, r.handoffs]) };
        case 'topics':
          return { header: ['faq_id', 'answers'], rows: s.byTopic.map((r) => [r.faqId, r.count]) };
        case 'languages':
          return { header: ['language', 'conversations'], rows: s.byLanguage.map((r) => [r.locale, r.count]) };
        case 'hours':
          return { header: ['hour', 'conversations'], rows: s.byHour.map((r) => [r.hour, r.count]) };
        case 'agents':
          return {
            header: ['agent', 'conversations', 'first_response_median_sec', 'first_response_p90_sec', 'csat_average', 'csat_count'],
            rows: s.agents.map((a) => [a.name ?? a.agentId, a.conversations, a.firstResponseSec.median, a.firstResponseSec.p90, a.csat.average, a.csat.count]),
          };
        case 'csat':
          return { header: ['score', 'ratings'], rows: s.csat.distribution.map((r) => [r.score, r.count]) };
        case 'helpfulness':
          return { header: ['faq_id', 'helpful', 'not_helpful'], rows: s.helpfulness.map((r) => [r.faqId, r.helpful, r.notHelpful]) };
      }
    },
  };
}
