import { randomUUID } from 'node:crypto';
import type { CannedReply } from '../../protocol/index.ts';
import type { HandoffStore } from './agent-types.ts';
import { writeLogEvent } from './postgres-conversation-log.ts';
import { pgBatcher } from './postgres-batch.ts';
import { all, changes, one, transaction, type Pool } from './postgres-pool.ts';
import { noteMentionIds, previewSql, rankQueueSql, toConversation, toNote, toPreview, toQueueEntry, type ConversationRow, type NoteRow, type PreviewRow, type QueueEntryRow } from './rows.ts';

/**
 * The compare-and-set: of two nodes claiming one conversation, exactly one matches its `from`. With a chat
 * limit, the count of the agent's chats is part of the same condition.
 */
const TRANSITION = `UPDATE conversations SET status = $4, agent_id = $5, updated_at = $6, bot_misses = 0, state_version = state_version + 1,
    waiting_since = CASE WHEN $4 = 'waiting' THEN $6::bigint ELSE NULL END, snoozed_until = NULL
  WHERE id = $1 AND status = $2 AND agent_id IS NOT DISTINCT FROM $3
    AND ($7::int IS NULL OR (SELECT count(*) FROM conversations WHERE status = 'assigned' AND agent_id = $5) < $7::int)
    AND ($8::bigint IS NULL OR (updated_at < $8::bigint AND snoozed_until IS NULL))
    AND ($9::bigint IS NULL OR coalesce(visitor_seen_at, waiting_since) < $9::bigint)
  RETURNING *`;

/**
 * The bot's miss streak after each of its turns, batched across conversations (postgres-batch.ts): a miss counts the
 * message once (a replayed turn counts nothing), an answer resets the streak unless a later miss was counted. One
 * call per conversation in a batch; the rows are locked in id order first, as the group commit of appends locks
 * them, so the two never wait on each other in a circle. Named: see postgres.ts, NAMED.
 */
const COUNT_BOT_MISSES = `WITH n AS (SELECT * FROM unnest($1::text[], $2::bool[], $3::bigint[]) AS n(id, miss, seq)),
  locked AS MATERIALIZED (SELECT c.id FROM conversations c JOIN n ON n.id = c.id
    WHERE n.miss OR (c.bot_misses <> 0 AND c.bot_miss_seq < n.seq) ORDER BY c.id FOR NO KEY UPDATE OF c)
  UPDATE conversations c SET
    bot_misses = CASE WHEN n.miss THEN c.bot_misses + (CASE WHEN c.bot_miss_seq < n.seq THEN 1 ELSE 0 END) ELSE 0 END,
    bot_miss_seq = CASE WHEN n.miss THEN greatest(c.bot_miss_seq, n.seq) ELSE c.bot_miss_seq END
  FROM n, locked WHERE c.id = n.id AND locked.id = c.id AND (n.miss OR (c.bot_misses <> 0 AND c.bot_miss_seq < n.seq))
  RETURNING c.id, c.bot_misses`;

/** The visitor's message counts of these conversations ($1): read from the partial index messages_visitor. */
export const VISITOR_MESSAGE_COUNTS =
  "SELECT conversation_id AS id, count(*) AS n FROM messages WHERE conversation_id = ANY($1::text[]) AND author = 'visitor' GROUP BY conversation_id";

/** Handoff data on PostgreSQL. */
export function postgresHandoffStore(pool: Pool): HandoffStore {
  const countBotMiss = pgBatcher<{ id: string; miss: boolean; seq: number }, number>({
    lanes: 1, // as the other statements of a visitor's return (postgres.ts, LANES)
    max: 200,
    key: (c) => c.id,
    async run(counts) {
      const { rows } = await pool.query<{ id: string; bot_misses: number }>({
        name: 'kefu_count_bot_misses',
        text: COUNT_BOT_MISSES,
        values: [counts.map((c) => c.id), counts.map((c) => c.miss), counts.map((c) => c.seq)],
      });
      const misses = new Map(rows.map((r) => [r.id, r.bot_misses]));
      return counts.map((c) => (c.miss ? (misses.get(c.id) ?? 0) : 0));
    },
  });
  return {
    async transitionConversation(id, from, to, entry, options = {}) {
      const maxChats = options.maxChats ?? null;
      const row = await transaction(pool, async (db) => {
        // Two nodes giving one agent two different chats: the agent's row lock makes the second count the first.
        if (maxChats !== null && to.agentId !== null) await db.query('SELECT 1 FROM agents WHERE id = $1 FOR NO KEY UPDATE', [to.agentId]);
        const now = Date.now();
        const updated = await one<ConversationRow>(db, TRANSITION, [id, from.status, from.agentId, to.status, to.agentId, now, maxChats, options.idleBefore ?? null, options.unseenBefore ?? null]);
        // The change and its event commit together; a change that lost logs nothing.
        if (updated) await writeLogEvent(db, { conversationId: id, at: now, ...entry, fromAgentId: from.agentId, toAgentId: to.agentId });
        return updated;
      });
      return row ? toConversation(row) : null;
    },
    countBotMiss: (id, miss, seq) => countBotMiss({ id, miss, seq }),
    async setConversationContext(id, context) {
      await pool.query(
        'UPDATE conversations SET page_url = coalesce($2, page_url), page_title = coalesce($3, page_title), user_agent = coalesce($4, user_agent), site = coalesce($5, site) WHERE id = $1',
        [id, context.pageUrl, context.pageTitle, context.userAgent, context.site],
      );
    },
    async closedConversations(visitorId, limit) {
      const rows = await all<ConversationRow>(pool, "SELECT * FROM conversations WHERE visitor_id = $1 AND status = 'closed' ORDER BY created_at DESC LIMIT $2", [visitorId, limit]);
      return rows.map(toConversation);
    },
    async visitorUser(visitorId) {
      const row = await one<{ user_id: string | null; name: string | null; email: string | null; phone: string | null }>(
        pool,
        'SELECT user_id, name, email, phone FROM visitors WHERE id = $1',
        [visitorId],
      );
      return row?.user_id ? { userId: row.user_id, name: row.name, email: row.email, phone: row.phone } : null;
    },
    async listConversations(status, limit) {
      const rows = status
        ? await all<ConversationRow>(pool, 'SELECT * FROM conversations WHERE status = $1 ORDER BY updated_at DESC LIMIT $2', [status, limit])
        : await all<ConversationRow>(pool, 'SELECT * FROM conversations ORDER BY updated_at DESC LIMIT $1', [limit]);
      return rows.map(toConversation);
    },
    async queuePosition(id) {
      const row = await one<{ n: number }>(
        pool,
        `SELECT count(*) AS n FROM conversations w, conversations me
         WHERE me.id = $1 AND me.status = 'waiting' AND w.status = 'waiting' AND w.team_id IS NOT DISTINCT FROM me.team_id
           AND (w.waiting_since < me.waiting_since OR w.id = me.id)`,
        [id],
      );
      return row && row.n > 0 ? row.n : null;
    },
    async rankQueue(limit) {
      return (await all<QueueEntryRow>(pool, rankQueueSql('$1'), [limit])).map(toQueueEntry);
    },
    async queueLength() {
      return (await one<{ n: number }>(pool, "SELECT count(*) AS n FROM conversations WHERE status = 'waiting'"))!.n;
    },
    async activeChatCounts() {
      const rows = await all<{ agent_id: string; n: number }>(
        pool,
        "SELECT agent_id, count(*) AS n FROM conversations WHERE status = 'assigned' AND agent_id IS NOT NULL GROUP BY agent_id",
      );
      return new Map(rows.map((r) => [r.agent_id, r.n]));
    },
    async addNote(conversationId, agentId, clientId, text) {
      const row = await one<NoteRow>(
        pool,
        `INSERT INTO notes (id, conversation_id, agent_id, agent_name, client_id, text, created_at)
         VALUES ($1, $2, $3, (SELECT name FROM agents WHERE id = $3), $4, $5, $6)
         ON CONFLICT (conversation_id, client_id) WHERE client_id IS NOT NULL DO NOTHING
         RETURNING id, conversation_id, agent_id, agent_name, text, created_at`,
        [randomUUID(), conversationId, agentId, clientId, text, Date.now()],
      );
      if (row) return { note: toNote(row), stored: true };
      const earlier = await one<NoteRow>(
        pool,
        `SELECT id, conversation_id, agent_id, agent_name, text, created_at, ${noteMentionIds('string_agg')} FROM notes WHERE conversation_id = $1 AND client_id = $2`,
        [conversationId, clientId],
      );
      return { note: toNote(earlier!), stored: false };
    },
    async listNotes(conversationId) {
      return (await all<NoteRow>(pool, `SELECT *, ${noteMentionIds('string_agg')} FROM notes WHERE conversation_id = $1 ORDER BY created_at, ord`, [conversationId])).map(toNote);
    },
    async listCannedReplies() {
      return all<CannedReply>(pool, 'SELECT id, shortcut, text FROM canned_replies ORDER BY shortcut COLLATE "C"');
    },
    async putCannedReply(shortcut, text) {
      return (await one<CannedReply>(
        pool,
        `INSERT INTO canned_replies (id, shortcut, text, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (shortcut) DO UPDATE SET text = excluded.text RETURNING id, shortcut, text`,
        [randomUUID(), shortcut, text, Date.now()],
      ))!;
    },
    async deleteCannedReply(id) {
      return (await changes(pool, 'DELETE FROM canned_replies WHERE id = $1', [id])) > 0;
    },
    async rateConversation(conversationId, rating) {
      return transaction(pool, async (db) => {
        const now = Date.now();
        const rated = await changes(
          db,
          'INSERT INTO ratings (conversation_id, score, comment, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
          [conversationId, rating.score, rating.comment, now],
        );
        if (rated > 0) await writeLogEvent(db, { conversationId, type: 'rated', at: now, actor: 'visitor', score: rating.score, comment: rating.comment });
        return rated > 0;
      });
    },
    async conversationDigest(conversationId) {
      const last = toPreview((await one<PreviewRow>(pool, previewSql('$1', true), [conversationId])) ?? (await one<PreviewRow>(pool, previewSql('$1', false), [conversationId])));
      const visitor = await one<{ n: number }>(pool, "SELECT count(*) AS n FROM messages WHERE conversation_id = $1 AND author = 'visitor'", [conversationId]);
      return { last, visitorMessages: visitor!.n };
    },
    async visitorMessageCounts(conversationIds) {
      const rows = await all<{ id: string; n: number }>(pool, VISITOR_MESSAGE_COUNTS, [conversationIds]);
      return new Map(rows.map((r) => [r.id, r.n]));
    },
    async getRating(conversationId) {
      return one<{ score: number; comment: string | null }>(pool, 'SELECT score, comment FROM ratings WHERE conversation_id = $1', [conversationId]);
    },
  };
}
