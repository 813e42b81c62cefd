import type { Dialect } from './dialect.ts';

/**
 * Every report figure, defined once, as SQL over the stored conversations, messages and conversation event
 * log (protocol/conversation-log.ts). Nothing here is computed twice or from a shared query that means
 * two things (Chatwoot PR #9031): each figure below names its rows and its denominator.
 *
 * Parameters (all numbers are Unix milliseconds unless said otherwise):
 *   :from, :to      the period; a conversation belongs to it when it STARTED in [from, to)
 *   :agent          null: every conversation; an agent's id: only the conversations that agent owned at some point
 *   :idleBefore     a conversation with no message since then (and not closed) has gone idle
 *   :tz             the viewer's UTC offset in ms (days, weeks and hours are counted in that time)
 *   :bdays, :bshift a bucket of 1 day (shift 0) or 7 days starting on Monday (shift 3: 1970-01-01 was a Thursday)
 *
 * The period's conversations (`cohort`) are those started in it in which the visitor did something: wrote,
 * or asked for a person, left a message… (any logged event but a choice of language); opening the widget alone
 * starts one and does not count, nor does choosing its language (the host's setLocale may choose it for every
 * visitor). A conversation's start (`engaged_at`) is the first of those. Each is in exactly one `outcome`:
 *   handoff       it went to the agents' queue at least once (event `queued`)
 *   ongoing       no handoff, not closed, and a message within the idle time
 *   bot_resolved  no handoff, closed or gone idle, and the bot answered from the FAQ at least once
 *   unresolved    no handoff, closed or gone idle, and the bot never found an answer
 * Durations, per conversation (ms):
 *   wait          the first claim − the `queued` event it answered (handed-off conversations an agent took)
 *   first response  the first agent message − that same `queued` event
 *   resolution    the `closed` event − its start (closed conversations)
 * Medians and p90 interpolate linearly between the two nearest values (PostgreSQL's percentile_cont).
 */

const ev = (type: string, what: string, order = 'ORDER BY e.id LIMIT 1') =>
  `(SELECT ${what} FROM conversation_events e WHERE e.conversation_id = c.id AND e.type = '${type}' ${order})`;
const msg = (what: string, where: string) => `(SELECT ${what} FROM messages m WHERE m.conversation_id = c.id AND ${where})`;

/** The per-conversation facts every figure reads: `cohort` (the period's conversations) and `spans` (their durations). */
export function cohortSql(d: Dialect): string {
  return `WITH facts AS (
  SELECT c.id, c.created_at, COALESCE(c.bot_locale, c.locale) AS locale, c.written_locale, c.status,
    ${msg('MIN(m.created_at)', "m.author = 'visitor'")} AS first_visitor_at,
    ${msg('MAX(m.created_at)', '1 = 1')} AS last_message_at,
    ${msg('COUNT(*)', '1 = 1')} AS messages,
    ${msg('COUNT(*)', `m.author = 'bot' AND ${d.jsonText('m.bot', 'kind')} = 'answer'`)} AS bot_answers,
    ${msg('MIN(m.created_at)', "m.author = 'agent'")} AS first_reply_at,
    ${ev('queued', 'e.reason')} AS handoff_reason,
    ${ev('claimed', 'MIN(e.at)', '')} AS claimed_at,
    ${ev('claimed', 'e.to_agent_id')} AS first_agent_id,
    ${ev('closed', 'e.at')} AS closed_at,
    ${ev('closed', 'e.from_agent_id')} AS closing_agent_id,
    ${ev('rated', 'e.score')} AS score,
    (SELECT MIN(e.at) FROM conversation_events e WHERE e.conversation_id = c.id AND e.type <> 'language_set') AS first_event_at
  FROM conversations c
  WHERE c.created_at >= :from AND c.created_at < :to
    AND (CAST(:agent AS TEXT) IS NULL OR EXISTS (
      SELECT 1 FROM conversation_events e WHERE e.conversation_id = c.id AND e.to_agent_id = :agent))
),
cohort AS (
  SELECT f.*,
    CASE WHEN f.first_event_at IS NULL OR f.first_visitor_at < f.first_event_at THEN f.first_visitor_at ELSE f.first_event_at END AS engaged_at,
    (SELECT MAX(e.at) FROM conversation_events e WHERE e.conversation_id = f.id AND e.type = 'queued' AND e.at <= f.claimed_at) AS answered_queue_at,
    CASE WHEN f.handoff_reason IS NOT NULL THEN 'handoff'
         WHEN f.closed_at IS NULL AND f.last_message_at >= :idleBefore THEN 'ongoing'
         WHEN f.bot_answers > 0 THEN 'bot_resolved'
         ELSE 'unresolved' END AS outcome
  FROM facts f
  WHERE f.first_visitor_at IS NOT NULL OR f.first_event_at IS NOT NULL
),
spans AS (
  SELECT id, first_agent_id, closing_agent_id,
    claimed_at - answered_queue_at AS wait_ms,
    first_reply_at - answered_queue_at AS first_response_ms,
    closed_at - engaged_at AS resolution_ms
  FROM cohort
)
`;
}

/** Linear interpolation at num/den of the sorted values, in integer arithmetic both dialects share. */
function interpolated(num: number, den: number): string {
  const at = (offset: number) => `MAX(CASE WHEN rn = (cnt - 1) * ${num} / ${den} + ${offset} THEN v END)`;
  return `${at(1)} + (COALESCE(${at(2)}, ${at(1)}) - ${at(1)}) * MAX(((cnt - 1) * ${num}) % ${den}) / ${den}.0`;
}

/** Count, median and p90 of a `spans` column; per `group` column when given (one row per group), else one row. */
function percentiles(column: string, group?: string): string {
  const g = group ? 'g, ' : '';
  const partition = group ? 'PARTITION BY g ' : '';
  return `SELECT ${g}COUNT(*) AS n, ${interpolated(1, 2)} AS median, ${interpolated(9, 10)} AS p90
FROM (SELECT ${g}v, ROW_NUMBER() OVER (${partition}ORDER BY v) AS rn, COUNT(*) OVER (${partition}) AS cnt
      FROM (SELECT ${group ? `${group} AS g, ` : ''}${column} AS v FROM spans WHERE ${column} IS NOT NULL${group ? ` AND ${group} IS NOT NULL` : ''}) s) r
${group ? 'GROUP BY g' : ''}`;
}

/** The start (Unix ms) of the day or week a time falls in, in the viewer's offset. */
const bucketStart = (column: string) => `((((${column} + :tz) / 86400000 + :bshift) / :bdays) * :bdays - :bshift) * 86400000 - :tz`;

/** Each figure: a name, and its SQL (a `cohortSql` prefix and one SELECT). */
export function figureSql(d: Dialect) {
  const cohort = cohortSql(d);
  const faqId = d.jsonText('m.bot', 'faqId');
  return {
    /** Conversations, their messages, and how many ended in each outcome; handoffs by the reason of the first. */
    totals: `${cohort}SELECT COUNT(*) AS conversations,
  COALESCE(SUM(messages), 0) AS messages,
  COALESCE(SUM(CASE WHEN outcome = 'bot_resolved' THEN 1 ELSE 0 END), 0) AS bot_resolved,
  COALESCE(SUM(CASE WHEN outcome = 'handoff' THEN 1 ELSE 0 END), 0) AS handoffs,
  COALESCE(SUM(CASE WHEN outcome = 'unresolved' THEN 1 ELSE 0 END), 0) AS unresolved,
  COALESCE(SUM(CASE WHEN outcome = 'ongoing' THEN 1 ELSE 0 END), 0) AS ongoing,
  COALESCE(SUM(CASE WHEN handoff_reason = 'asked' THEN 1 ELSE 0 END), 0) AS asked,
  COALESCE(SUM(CASE WHEN handoff_reason = 'bot_missed' THEN 1 ELSE 0 END), 0) AS bot_missed
FROM cohort`,
    /** The period's conversations' messages, by author (visitor, bot, agent, system). */
    messagesByAuthor: `${cohort}SELECT m.author AS author, COUNT(*) AS n FROM messages m JOIN cohort c ON c.id = m.conversation_id GROUP BY m.author ORDER BY m.author`,
    wait: `${cohort}${percentiles('wait_ms')}`,
    firstResponse: `${cohort}${percentiles('first_response_ms')}`,
    resolution: `${cohort}${percentiles('resolution_ms')}`,
    /** Ratings of the period's conversations: how many, the average, and how many of each score. */
    csat: `${cohort}SELECT COUNT(score) AS n, AVG(CAST(score AS DOUBLE PRECISION)) AS average FROM cohort`,
    csatDistribution: `${cohort}SELECT score, COUNT(*) AS n FROM cohort WHERE score IS NOT NULL GROUP BY score ORDER BY score`,
    /** The bot's FAQ answers in the period's conversations, per entry, most first. */
    byTopic: `${cohort}SELECT ${faqId} AS faq_id, COUNT(*) AS n FROM messages m JOIN cohort c ON c.id = m.conversation_id
WHERE m.author = 'bot' AND ${d.jsonText('m.bot', 'kind')} = 'answer' GROUP BY ${faqId} ORDER BY n DESC, faq_id`,
    /** The period's conversations by the language spoken to the visitor (the bot's and the widget's: botLanguage), most first. */
    byLanguage: `${cohort}SELECT locale, COUNT(*) AS n FROM cohort GROUP BY locale ORDER BY n DESC, locale`,
    /** The period's conversations by the hour of day they started (0–23, in the viewer's offset). */
    byHour: `${cohort}SELECT ((created_at + :tz) / 3600000) % 24 AS hour, COUNT(*) AS n FROM cohort GROUP BY ((created_at + :tz) / 3600000) % 24 ORDER BY hour`,
    /** Per day or week (by start): conversations, bot-resolved, handoffs. */
    series: `${cohort}SELECT ${bucketStart('created_at')} AS start, COUNT(*) AS conversations,
  SUM(CASE WHEN outcome = 'bot_resolved' THEN 1 ELSE 0 END) AS bot_resolved,
  SUM(CASE WHEN outcome = 'handoff' THEN 1 ELSE 0 END) AS handoffs
FROM cohort GROUP BY ${bucketStart('created_at')} ORDER BY start`,
    /** Per agent: the period's conversations they owned at some point (claimed or transferred to them), and their name then. */
    agentConversations: `${cohort}SELECT e.to_agent_id AS agent_id, COUNT(DISTINCT e.conversation_id) AS n,
  (SELECT e2.to_agent_name FROM conversation_events e2 WHERE e2.to_agent_id = e.to_agent_id ORDER BY e2.id DESC LIMIT 1) AS name
FROM conversation_events e JOIN cohort c ON c.id = e.conversation_id
WHERE e.to_agent_id IS NOT NULL AND (CAST(:agent AS TEXT) IS NULL OR e.to_agent_id = :agent)
GROUP BY e.to_agent_id ORDER BY n DESC, agent_id`,
    /** Per agent: first response of the conversations they claimed first. */
    agentFirstResponse: `${cohort}${percentiles('first_response_ms', 'first_agent_id')}`,
    /** Per agent: the ratings of the conversations they owned when they were closed. */
    agentCsat: `${cohort}SELECT closing_agent_id AS g, COUNT(score) AS n, AVG(CAST(score AS DOUBLE PRECISION)) AS average
FROM cohort WHERE closing_agent_id IS NOT NULL GROUP BY closing_agent_id`,
    /** "Was this helpful?" votes on bot replies in the period's conversations, per entry, worst first. */
    helpfulness: `${cohort}SELECT f.faq_id AS faq_id, SUM(f.helpful) AS helpful, SUM(1 - f.helpful) AS not_helpful
FROM faq_feedback f JOIN messages m ON m.id = f.message_id JOIN cohort c ON c.id = m.conversation_id
GROUP BY f.faq_id ORDER BY not_helpful DESC, helpful, faq_id`,
    /**
     * Tickets (messages left for the team) of the period's conversations: opened (their `ticket` events), and of
     * those, solved (the ticket's last `ticket_status` event says solved: reopened ones are not).
     */
    tickets: `${cohort}SELECT COUNT(*) AS opened,
  SUM(CASE WHEN (SELECT s.ticket_status FROM conversation_events s WHERE s.ticket_id = e.ticket_id AND s.type = 'ticket_status' ORDER BY s.id DESC LIMIT 1) = 'solved' THEN 1 ELSE 0 END) AS solved
FROM conversation_events e JOIN cohort c ON c.id = e.conversation_id WHERE e.type = 'ticket'`,
    /**
     * The queue as it is now, whatever the period (the whole desk's; no cohort): how many wait for an agent and
     * since when the longest has. `wait` counts only waits that ended in a claim, so this is shown beside it.
     */
    waitingNow: `SELECT COUNT(*) AS n, MIN(c.waiting_since) AS since FROM conversations c WHERE c.status = 'waiting'`,
    /** One row per conversation of the period (the CSV export). */
    conversations: `${cohort}SELECT c.id, c.created_at, c.locale, c.written_locale, c.status, c.outcome, c.handoff_reason, c.first_agent_id,
  (SELECT e.to_agent_name FROM conversation_events e WHERE e.conversation_id = c.id AND e.type = 'claimed' ORDER BY e.id LIMIT 1) AS first_agent_name,
  c.messages, s.wait_ms, s.first_response_ms, s.resolution_ms, c.score
FROM cohort c JOIN spans s ON s.id = c.id ORDER BY c.created_at, c.id`,
  };
}

export type FigureName = keyof ReturnType<typeof figureSql>;
