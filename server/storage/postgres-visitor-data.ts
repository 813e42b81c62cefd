import { all, one, transaction, type Pool } from './postgres-pool.ts';
import { withoutSecrets, type Erased, type VisitorDataStore, type VisitorExport } from './visitor-data-types.ts';

/**
 * One visitor's data as one JSON document, read in one statement (one snapshot): the visitor, and each of
 * their conversations with its messages (bot metadata as JSON), notes, tickets, rating and event log.
 */
const EXPORT = `
SELECT to_jsonb(v) AS visitor, coalesce((
  SELECT jsonb_agg(to_jsonb(c) || jsonb_build_object(
    'messages', coalesce((SELECT jsonb_agg(to_jsonb(m) || jsonb_build_object('bot', m.bot::jsonb) ORDER BY m.seq) FROM messages m WHERE m.conversation_id = c.id), '[]'),
    'notes', coalesce((SELECT jsonb_agg(to_jsonb(n) - 'ord' ORDER BY n.created_at, n.ord) FROM notes n WHERE n.conversation_id = c.id), '[]'),
    'tickets', coalesce((SELECT jsonb_agg(to_jsonb(t) ORDER BY t.created_at) FROM tickets t WHERE t.conversation_id = c.id), '[]'),
    'rating', (SELECT to_jsonb(r) FROM ratings r WHERE r.conversation_id = c.id),
    'events', coalesce((SELECT jsonb_agg(to_jsonb(e) ORDER BY e.id) FROM conversation_events e WHERE e.conversation_id = c.id), '[]')
  ) ORDER BY c.created_at) FROM conversations c WHERE c.visitor_id = v.id), '[]') AS conversations
FROM visitors v WHERE v.id = $1`;

/**
 * Data-subject requests and retention on PostgreSQL. As in SQLite, every table that names a visitor hangs
 * off `visitors` or `conversations` with ON DELETE CASCADE, so one DELETE reaches everything. (PostgreSQL
 * frees deleted rows' space at its next vacuum; the rows are gone from every query at COMMIT.)
 */
export function postgresVisitorData(pool: Pool): VisitorDataStore {
  return {
    async exportVisitor(visitorId) {
      const row = await one<{ visitor: Record<string, unknown>; conversations: VisitorExport['conversations'] }>(pool, EXPORT, [visitorId]);
      return row ? { visitor: withoutSecrets(row.visitor), conversations: row.conversations } : null;
    },
    async eraseVisitor(visitorId) {
      return transaction(pool, async (db): Promise<Erased | null> => {
        if (!(await one(db, 'SELECT 1 FROM visitors WHERE id = $1 FOR UPDATE', [visitorId]))) return null;
        const conversationIds = (await all<{ id: string }>(db, 'SELECT id FROM conversations WHERE visitor_id = $1', [visitorId])).map((r) => r.id);
        const messages = (await one<{ n: number }>(db, 'SELECT count(*) AS n FROM messages WHERE conversation_id = ANY($1)', [conversationIds]))!.n;
        await db.query('UPDATE audit_log SET conversation_id = NULL WHERE conversation_id = ANY($1)', [conversationIds]);
        await db.query('DELETE FROM visitors WHERE id = $1', [visitorId]);
        return { counts: { conversations: conversationIds.length, messages }, conversationIds };
      });
    },
    async purgeConversationsBefore(before) {
      return transaction(pool, async (db) => {
        const purged = (await db.query('DELETE FROM conversations WHERE updated_at < $1', [before])).rowCount ?? 0;
        await db.query('DELETE FROM visitors WHERE created_at < $1 AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.visitor_id = visitors.id)', [before]);
        return purged;
      });
    },
    async close() {
      // The pool is the storage's; it closes it.
    },
  };
}
