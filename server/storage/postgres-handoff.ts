import { randomUUID } from 'node:crypto';
import type { CannedReply } from '../../protocol/index.ts';
import type { HandoffStore } from './agent-types.ts';
import { writeLogEvent } from './postgres-conversation-log.ts';
import { all, changes, one, transaction, type Pool } from './postgres-pool.ts';
import { rankQueueSql, toConversation, toNote, toQueueEntry, type ConversationRow, type NoteRow, type QueueEntryRow } from './rows.ts';

/**
 * The compare-and-set: of two nodes claiming one conversation, exactly one matches its `from`. With a chat
 * limit, the count of the agent's chats is part of the same condition.
 */
const TRANSITION = `UPDATE conversations SET status = $4, agent_id = $5, updated_at = $6, bot_misses = 0, state_version = state_version + 1,
    waiting_since = CASE WHEN $4 = 'waiting' THEN $6::bigint ELSE NULL END
  WHERE id = $1 AND status = $2 AND agent_id IS NOT DISTINCT FROM $3
    AND ($7::int IS NULL OR (SELECT count(*) FROM conversations WHERE status = 'assigned' AND agent_id = $5) < $7::int)
    AND ($8::bigint IS NULL OR updated_at < $8::bigint)
    AND ($9::bigint IS NULL OR coalesce(visitor_seen_at, waiting_since) < $9::bigint)
  RETURNING *`;

/** Handoff data on PostgreSQL. */
export function postgresHandoffStore(pool: Pool): HandoffStore {
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
    async countBotMiss(id, miss, seq) {
      if (miss) {
        const sql = `UPDATE conversations SET bot_misses = bot_misses + (CASE WHEN bot_miss_seq < $2 THEN 1 ELSE 0 END), bot_miss_seq = greatest(bot_miss_seq, $2)
                     WHERE id = $1 RETURNING bot_misses`;
        // After each question the bot cannot answer: named (postgres.ts, NAMED), its one column is of a fixed type.
        return (await pool.query<{ bot_misses: number }>({ name: 'kefu_count_bot_miss', text: sql, values: [id, seq] })).rows[0]?.bot_misses ?? 0;
      }
      await pool.query('UPDATE conversations SET bot_misses = 0 WHERE id = $1 AND bot_misses <> 0 AND bot_miss_seq < $2', [id, seq]);
      return 0;
    },
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
    async addNote(conversationId, agentId, text) {
      const row = await one<NoteRow>(
        pool,
        `INSERT INTO notes (id, conversation_id, agent_id, agent_name, text, created_at)
         VALUES ($1, $2, $3, (SELECT name FROM agents WHERE id = $3), $4, $5) RETURNING id, conversation_id, agent_id, agent_name, text, created_at`,
        [randomUUID(), conversationId, agentId, text, Date.now()],
      );
      return toNote(row!);
    },
    async listNotes(conversationId) {
      return (await all<NoteRow>(pool, 'SELECT * FROM notes WHERE conversation_id = $1 ORDER BY created_at, ord', [conversationId])).map(toNote);
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
      const last = await one<{ author: 'visitor' | 'bot' | 'agent' | 'system'; text: string; at: number }>(
        pool,
        'SELECT author, substr(text, 1, 140) AS text, created_at AS at FROM messages WHERE conversation_id = $1 ORDER BY seq DESC LIMIT 1',
        [conversationId],
      );
      const visitor = await one<{ n: number }>(pool, "SELECT count(*) AS n FROM messages WHERE conversation_id = $1 AND author = 'visitor'", [conversationId]);
      return { last, visitorMessages: visitor!.n };
    },
    async getRating(conversationId) {
      return one<{ score: number; comment: string | null }>(pool, 'SELECT score, comment FROM ratings WHERE conversation_id = $1', [conversationId]);
    },
  };
}
