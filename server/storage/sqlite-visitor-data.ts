import Database from 'better-sqlite3';
import { withoutSecrets, type Erased, type Row, type VisitorDataStore, type VisitorExport } from './visitor-data-types.ts';

const parseBot = (row: Row): Row => (typeof row.bot === 'string' ? { ...row, bot: JSON.parse(row.bot) as unknown } : row);

/**
 * Data-subject requests and retention on SQLite: everything about one visitor (GDPR art. 15/20), erasing
 * it (art. 17), and purging old conversations. Every table that names a visitor hangs off `visitors` or
 * `conversations` with ON DELETE CASCADE, so one DELETE reaches messages, notes, tickets, ratings, votes and the event log;
 * `secure_delete`, a VACUUM and a truncating checkpoint leave no copy in the database file or its WAL.
 *
 * `settle` commits what the server's main connection has written in this turn (its group commit holds the
 * write lock until the turn ends), so this connection never waits on a lock that only this turn can free.
 */
export function openSqliteVisitorData(file: string, settle: () => void): VisitorDataStore {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');

  const q = {
    visitor: db.prepare<[string], Row>('SELECT * FROM visitors WHERE id = ?'),
    conversations: db.prepare<[string], Row>('SELECT * FROM conversations WHERE visitor_id = ? ORDER BY created_at'),
    messages: db.prepare<[string], Row>('SELECT * FROM messages WHERE conversation_id = ? ORDER BY seq'),
    notes: db.prepare<[string], Row>('SELECT * FROM notes WHERE conversation_id = ? ORDER BY created_at'),
    tickets: db.prepare<[string], Row>('SELECT * FROM tickets WHERE conversation_id = ? ORDER BY created_at'),
    rating: db.prepare<[string], Row>('SELECT * FROM ratings WHERE conversation_id = ?'),
    events: db.prepare<[string], Row>('SELECT * FROM conversation_events WHERE conversation_id = ? ORDER BY id'),
    countMessages: db.prepare<[string], { n: number }>(
      'SELECT count(*) AS n FROM messages WHERE conversation_id IN (SELECT id FROM conversations WHERE visitor_id = ?)',
    ),
    conversationIds: db.prepare<[string], { id: string }>('SELECT id FROM conversations WHERE visitor_id = ?'),
    unlinkAudit: db.prepare('UPDATE audit_log SET conversation_id = NULL WHERE conversation_id IN (SELECT id FROM conversations WHERE visitor_id = ?)'),
    deleteVisitor: db.prepare('DELETE FROM visitors WHERE id = ?'),
    purgeConversations: db.prepare('DELETE FROM conversations WHERE updated_at < ?'),
    purgeOrphans: db.prepare('DELETE FROM visitors WHERE created_at < ? AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.visitor_id = visitors.id)'),
  };

  const exportVisitor = db.transaction((visitorId: string): VisitorExport | null => {
    const visitor = q.visitor.get(visitorId);
    if (!visitor) return null;
    const conversations = q.conversations.all(visitorId).map((c) => {
      const id = c.id as string;
      return { ...c, messages: q.messages.all(id).map(parseBot), notes: q.notes.all(id), tickets: q.tickets.all(id), rating: q.rating.get(id) ?? null, events: q.events.all(id) };
    });
    return { visitor: withoutSecrets(visitor), conversations };
  });

  const erase = db.transaction((visitorId: string): Erased | null => {
    if (!q.visitor.get(visitorId)) return null;
    const conversationIds = q.conversationIds.all(visitorId).map((r) => r.id);
    const counts = { conversations: conversationIds.length, messages: q.countMessages.get(visitorId)!.n };
    q.unlinkAudit.run(visitorId);
    q.deleteVisitor.run(visitorId);
    return { counts, conversationIds };
  });

  const purge = db.transaction((before: number): number => {
    const purged = q.purgeConversations.run(before).changes;
    q.purgeOrphans.run(before);
    return purged;
  });

  // B-tree balancing leaves stale copies of rows in page slack even with secure_delete: rebuild the file.
  const flush = () => {
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  };

  return {
    async exportVisitor(visitorId) {
      settle();
      return exportVisitor(visitorId);
    },
    async eraseVisitor(visitorId) {
      settle();
      const erased = erase(visitorId);
      if (erased) flush();
      return erased;
    },
    async purgeConversationsBefore(before) {
      settle();
      const purged = purge(before);
      if (purged > 0) flush();
      return purged;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
