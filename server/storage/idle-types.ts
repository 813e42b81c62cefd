import type { Conversation } from './types.ts';

/**
 * What the idle sweep reads (it runs once per cluster): open conversations nobody wrote in for a while, and
 * waiting entries whose visitor is gone. Each node stamps the conversations whose visitor has a socket on it,
 * so "gone" holds across nodes and a node that died stops vouching for its visitors by itself.
 */
export interface IdleStore {
  /** These conversations' visitors have a socket open now (on the calling node). */
  markVisitorsSeen(conversationIds: readonly string[], at: number): Promise<void>;
  /**
   * Open conversations (the bot's, or an agent's) with at least one message and no change since `before`, oldest
   * first, at most `limit`. An agent's only when the last message is not the visitor's: a visitor who waits for
   * the agent's reply is not idle. Never a snoozed one (its idle time counts from its wake).
   */
  idleConversations(cuts: IdleCuts, limit: number): Promise<Conversation[]>;
  /** Waiting conversations whose visitor was last seen (never seen: entered the queue) before `before`, oldest first. */
  abandonedWaiting(before: number, limit: number): Promise<Conversation[]>;
}

/** How many ids one stamp names (SQLite's and PostgreSQL's parameter limits are far above). */
export const SEEN_CHUNK = 500;

/** "No change since" per site (each site its own idle time; 0: never), and for every other conversation. */
export interface IdleCuts {
  bySite: ReadonlyMap<string, number>;
  otherwise: number;
}

/**
 * Both adapters' query for `cuts` and its parameters: one cut for all (the index on status and updated_at serves
 * it), or a CASE over the sites that have their own.
 */
export function idleQuery(cuts: IdleCuts, limit: number, p: (n: number) => string): { sql: string; params: (string | number)[] } {
  const sites = [...cuts.bySite];
  const ms = (n: number) => `CAST(${p(n)} AS BIGINT)`;
  const cut = sites.length === 0 ? ms(1) : `CASE ${sites.map((_, i) => `WHEN c.site = ${p(2 * i + 1)} THEN ${ms(2 * i + 2)}`).join(' ')} ELSE ${ms(2 * sites.length + 1)} END`;
  const sql = `SELECT c.* FROM conversations c
   WHERE c.status IN ('bot', 'assigned') AND c.last_seq > 0 AND c.updated_at < ${cut} AND c.snoozed_until IS NULL
     AND (c.status = 'bot' OR (SELECT m.author FROM messages m WHERE m.conversation_id = c.id ORDER BY m.seq DESC LIMIT 1) <> 'visitor')
   ORDER BY c.updated_at LIMIT ${p(2 * sites.length + 2)}`;
  return { sql, params: [...sites.flat(), cuts.otherwise, limit] };
}
export const ABANDONED_SQL = (p: (n: number) => string) =>
  `SELECT * FROM conversations WHERE status = 'waiting' AND coalesce(visitor_seen_at, waiting_since) < ${p(1)}
   ORDER BY waiting_since LIMIT ${p(2)}`;
