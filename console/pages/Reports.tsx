import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { DurationStats, ReportSummary, ReportTable } from '../../protocol/index.ts';
import { api } from '../api.ts';
import { language, languageName, t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { DatePicker } from '../../ui/DatePicker.tsx';
import { ReportChart, type ChartSpec } from './ReportChart.tsx';
import './reports.css';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The period in the address (`#/reports/2026-03-02_2026-03-16`, end exclusive), else the last 7 days. */
function periodOf(param: string | null): { from: string; to: string } {
  const m = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/.exec(param ?? '');
  if (m) return { from: m[1]!, to: m[2]! };
  const today = Date.parse(isoDay(Date.now()));
  return { from: isoDay(today - 6 * DAY), to: isoDay(today + DAY) };
}

/** The starts of the days or weeks (Monday first) that meet [from, to), in the viewer's offset — as the API counts them. */
function bucketStarts(from: number, to: number, bucket: 'day' | 'week', offset: number): number[] {
  const [size, shift] = bucket === 'week' ? [7, 3] : [1, 0];
  const startOf = (ms: number) => (Math.floor((Math.floor((ms + offset) / DAY) + shift) / size) * size - shift) * DAY - offset;
  const out: number[] = [];
  for (let b = startOf(from); b < to && out.length < 500; b += size * DAY) out.push(b);
  return out;
}

const num = (n: number | null, digits = 0) => (n === null ? '—' : new Intl.NumberFormat(language(), { maximumFractionDigits: digits }).format(n));
const pct = (n: number | null) => (n === null ? '—' : new Intl.NumberFormat(language(), { style: 'percent', maximumFractionDigits: 1 }).format(n));
/** Seconds as "45 s", "3.5 min", "2.1 h". */
function duration(sec: number | null): string {
  if (sec === null) return '—';
  if (sec < 90) return t('report_sec', { n: num(sec) });
  if (sec < 5400) return t('report_min', { n: num(sec / 60, 1) });
  return t('report_hours', { n: num(sec / 3600, 1) });
}
const stat = (s: DurationStats) => `${duration(s.median)} · p90 ${duration(s.p90)}`;

const WHOLE = '\u0000';
/**
 * A sentence with a duration in it (`WHOLE` where it goes), the duration on one line: a no-break space kept "4.6" with
 * "min", but Chinese breaks between any two characters ("最久 4.6 分" / "钟").
 */
const WholeIn = ({ text, whole }: { text: string; whole: string }) => {
  const [before, after] = text.split(WHOLE);
  return <>{before}<span class="kpi-whole">{whole}</span>{after}</>;
};

/** One figure; `raw` is the API's number (for tests and tooltips), `value` how it reads. */
function Kpi({ id, raw, label, value, detail, children }: { id: string; raw: number | null; label: string; value: string; detail?: string; children?: ComponentChildren }) {
  return (
    <div class="card kpi" data-kpi={id} data-value={raw ?? ''}>
      <span class="kpi-label">{label}</span>
      <strong class="kpi-value">{value}</strong>
      {detail && <span class="kpi-detail">{detail}</span>}
      {children}
    </div>
  );
}

/**
 * A titled section: an optional chart, the table of its figures, and the table's CSV. On a phone a table of three or
 * more columns reads as a card per row, unless it is `compact`: short figures that fit 390 px as a table, one line a
 * row (a 90-day period was 90 cards; Intercom's and Crisp's report tables stay rows and columns).
 */
function Section(props: { id: string; title: string; csv?: ReportTable; query: string; chart?: ChartSpec; head: string[]; rows: (string | number)[][]; compact?: boolean }) {
  const layout = props.compact ? ' table-compact' : props.head.length > 2 ? ' table-cards' : '';
  return (
    <section class="card report-section" aria-labelledby={`report-${props.id}`}>
      <header class="report-head">
        <h2 id={`report-${props.id}`}>{props.title}</h2>
        {props.csv && <a class="btn btn-sm btn-ghost" href={`/api/v1/reports/${props.csv}.csv?${props.query}`} download>{t('report_csv')}</a>}
      </header>
      {props.chart && <ReportChart spec={props.chart} />}
      {props.rows.length === 0 ? (
        <p class="empty">{t('report_none')}</p>
      ) : (
        <div class="table-wrap">
          <table class={`table${layout}`} data-table={props.id}>
            <thead><tr>{props.head.map((h) => <th key={h} scope="col">{h}</th>)}</tr></thead>
            <tbody>{props.rows.map((r, i) => <tr key={i}>{r.map((c, j) => <td key={j} data-label={props.head[j]}>{c}</td>)}</tr>)}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Reports (admins: everyone; agents: their own conversations): figures, charts, tables and CSV exports. */
export default function Reports({ param, navigate }: PageProps) {
  const period = periodOf(param);
  const [bucket, setBucket] = useState<'day' | 'week'>('day');
  const [report, setReport] = useState<ReportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tz = -new Date(Date.parse(period.from)).getTimezoneOffset();
  const from = new Date(`${period.from}T00:00:00`).toISOString();
  const to = new Date(`${period.to}T00:00:00`).toISOString();
  const query = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&bucket=${bucket}&tz=${tz}`;

  useEffect(() => {
    setReport(null);
    void api<ReportSummary>('GET', `/api/v1/reports/summary?${query}`).then((r) => (r.ok ? (setReport(r.data), setError(null)) : setError(r.message)));
  }, [query]);

  // The last day shown is the day before the (exclusive) end; a start after it moves the end along.
  const setFrom = (start: string) => navigate('reports', `${start}_${period.to > start ? period.to : isoDay(Date.parse(start) + DAY)}`);
  const setTo = (last: string) => navigate('reports', `${period.from}_${isoDay(Date.parse(last) + DAY)}`);
  const lastDay = isoDay(Date.parse(period.to) - DAY);
  const colors = { conversations: '#3b82f6', bot: '#16a34a', handoffs: '#f59e0b' };
  const r = report;
  // Every day or week of the period, empty ones too (the API lists only those with conversations): the chart and
  // the table under it show the same days.
  const byStart = new Map((r?.series ?? []).map((s) => [s.start, s]));
  const volume = bucketStarts(Date.parse(from), Date.parse(to), bucket, tz * 60_000).map((start) => byStart.get(start) ?? { start, conversations: 0, botResolved: 0, handoffs: 0 });
  // A day of the table, without its year when the period is in one (the year is in the From and To above): a date and
  // three counts fit a 390 px phone on one line.
  const oneYear = period.from.slice(0, 4) === lastDay.slice(0, 4);
  const dayOf = new Intl.DateTimeFormat(language(), oneYear ? { month: 'short', day: 'numeric' } : { dateStyle: 'medium' });

  return (
    <div class="page-body reports">
      <header class="report-toolbar">
        <h1 class="page-title">{t('nav_reports')}</h1>
        <form noValidate class="report-period" onSubmit={(e) => e.preventDefault()}>
          {([['from', period.from, setFrom, undefined], ['to', lastDay, setTo, period.from]] as const).map(([id, value, set, min]) => (
            <div class="field" key={id}>
              <span class="field-label" id={`report-${id}-label`}>{t(`report_${id}`)}</span>
              <DatePicker id={`report-${id}`} label={t(`report_${id}`)} value={value} onChange={set} locale={language()} min={min} labels={{ previous: t('date_previous_month'), next: t('date_next_month') }} />
            </div>
          ))}
          <div class="segmented" role="radiogroup" aria-label={t('report_bucket')}>
            {(['day', 'week'] as const).map((b) => (
              <label key={b}>
                <input type="radio" name="bucket" value={b} checked={bucket === b} onChange={() => setBucket(b)} />
                <span>{t(`report_${b}`)}</span>
              </label>
            ))}
          </div>
          <a class="btn" href={`/api/v1/reports/conversations.csv?${query}`} download>{t('report_csv_conversations')}</a>
        </form>
      </header>
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
      {!r ? (
        !error && <p class="empty">{t('loading')}</p>
      ) : (
        <>
          {r.scope === 'own' && <p class="alert alert-info">{t('report_own')}</p>}
          <div class="kpis" data-testid="kpis">
            <Kpi id="conversations" raw={r.conversations} label={t('report_conversations')} value={num(r.conversations)} detail={t('report_messages', { n: num(r.messages.total) })} />
            <Kpi id="botResolved" raw={r.botResolved} label={t('report_bot_resolved')} value={num(r.botResolved)} detail={pct(r.botResolvedRate)} />
            <Kpi id="handoffs" raw={r.handoffs} label={t('report_handoffs')} value={num(r.handoffs)} detail={pct(r.handoffRate)} />
            <Kpi id="firstResponseSec" raw={r.firstResponseSec.median} label={t('report_first_response')} value={duration(r.firstResponseSec.median)} detail={`p90 ${duration(r.firstResponseSec.p90)}`} />
            <Kpi id="waitSec" raw={r.waitSec.median} label={t('report_wait')} value={duration(r.waitSec.median)} detail={`p90 ${duration(r.waitSec.p90)}`}>
              {/* The figure counts waits that ended in a claim; the queue now says what it cannot: who is still waiting (a duration never broken from its unit). */}
              {r.waitingNow && (
                <span class="kpi-detail" data-waiting-now={r.waitingNow.count}>
                  {r.waitingNow.count === 0 ? t('report_waiting_none') : <WholeIn text={t('report_waiting_now', { n: num(r.waitingNow.count), longest: WHOLE })} whole={duration(r.waitingNow.longestSec).replaceAll(' ', '\u00a0')} />}
                </span>
              )}
            </Kpi>
            <Kpi id="resolutionSec" raw={r.resolutionSec.median} label={t('report_resolution')} value={duration(r.resolutionSec.median)} detail={`p90 ${duration(r.resolutionSec.p90)}`} />
            <Kpi id="csat" raw={r.csat.average} label={t('report_csat')} value={r.csat.average === null ? '—' : `${num(r.csat.average, 2)} / 5`} detail={t('report_ratings', { n: num(r.csat.count) })} />
            <Kpi id="tickets" raw={r.tickets.opened} label={t('report_tickets')} value={num(r.tickets.opened)} detail={t('report_tickets_solved', { n: num(r.tickets.solved) })} />
          </div>
          <Section
            id="series"
            title={t('report_volume')}
            csv="series"
            query={query}
            chart={{
              label: t('report_volume'),
              x: volume.map((v) => v.start / 1000),
              formatTime: (ms) => new Intl.DateTimeFormat(language(), { month: 'short', day: 'numeric' }).format(ms),
              series: [
                { label: t('report_conversations'), values: volume.map((v) => v.conversations), color: colors.conversations },
                { label: t('report_bot_resolved'), values: volume.map((v) => v.botResolved), color: colors.bot },
                { label: t('report_handoffs'), values: volume.map((v) => v.handoffs), color: colors.handoffs },
              ],
            }}
            head={[t(bucket === 'week' ? 'report_col_week' : 'report_col_day'), t('report_conversations'), t('report_bot_resolved'), t('report_handoffs')]}
            rows={volume.map((v) => [dayOf.format(v.start), v.conversations, v.botResolved, v.handoffs])}
            compact
          />
          <Section
            id="handoffs"
            title={t('report_handoff_reasons')}
            query={query}
            head={[t('report_reason'), t('report_handoffs')]}
            rows={[[t('report_reason_asked'), r.handoffReasons.asked], [t('report_reason_bot_missed'), r.handoffReasons.bot_missed]]}
          />
          <Section
            id="hours"
            title={t('report_by_hour')}
            csv="hours"
            query={query}
            chart={{ label: t('report_by_hour'), x: r.byHour.map((h) => h.hour), xLabels: r.byHour.map((h) => `${h.hour}`), bars: true, series: [{ label: t('report_conversations'), values: r.byHour.map((h) => h.count), color: colors.conversations }] }}
            head={[t('report_hour'), t('report_conversations')]}
            rows={r.byHour.filter((h) => h.count > 0).map((h) => [`${String(h.hour).padStart(2, '0')}:00`, h.count])}
          />
          <Section
            id="csat"
            title={t('report_csat')}
            csv="csat"
            query={query}
            chart={{ label: t('report_csat'), x: [0, 1, 2, 3, 4], xLabels: ['1', '2', '3', '4', '5'], bars: true, series: [{ label: t('report_ratings_label'), values: r.csat.distribution.map((d) => d.count), color: colors.bot }] }}
            head={[t('report_score'), t('report_ratings_label')]}
            rows={r.csat.distribution.map((d) => [`${d.score} / 5`, d.count])}
          />
          <Section id="topics" title={t('report_by_topic')} csv="topics" query={query} head={[t('report_entry'), t('report_answers')]} rows={r.byTopic.map((x) => [x.faqId ?? '—', x.count])} />
          <Section id="languages" title={t('report_by_language')} csv="languages" query={query} head={[t('report_language'), t('report_conversations')]} rows={r.byLanguage.map((x) => [languageName(x.locale, language()), x.count])} />
          <Section
            id="agents"
            title={t('report_agents')}
            csv="agents"
            query={query}
            head={[t('report_agent'), t('report_conversations'), t('report_first_response'), t('report_csat')]}
            rows={r.agents.map((a) => [a.name ?? a.agentId, a.conversations, stat(a.firstResponseSec), a.csat.average === null ? '—' : `${num(a.csat.average, 2)} (${a.csat.count})`])}
          />
          <Section
            id="helpfulness"
            title={t('report_helpfulness')}
            csv="helpfulness"
            query={query}
            head={[t('report_entry'), t('report_helpful'), t('report_not_helpful')]}
            rows={r.helpfulness.map((h) => [h.faqId ?? '—', h.helpful, h.notHelpful])}
          />
        </>
      )}
    </div>
  );
}
