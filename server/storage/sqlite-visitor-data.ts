import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { commitOpenBatches } from './sqlite-group-commit.ts';
import { CopyRemainsError, withoutSecrets, type Erased, type Row, type VisitorDataStore, type VisitorExport } from './visitor-data-types.ts';

/** How long a wipe waits, in all, for the WAL to be free (the checkpoint worker, a reader's snapshot), retrying. */
const WIPE_WAIT_MS = 10_000;

const parseBot = (row: Row): Row => (typeof row.bot === 'string' ? { ...row, bot: JSON.parse(row.bot) as unknown } : row);

/**
 * Data-subject requests and retention on SQLite: everything about one visitor (GDPR art. 15/20), erasing
 * it (art. 17), and purging old conversations. Every table that names a visitor hangs off `visitors` or
 * `conversations` with ON DELETE CASCADE, so one DELETE reaches messages, notes, tickets, ratings, votes and the event log;
 * `secure_delete`, a VACUUM and a truncating checkpoint leave no copy in the database file or its WAL. The checkpoint
 * can come back busy (the checkpoint worker is in a pass, or a reader holds an old snapshot): the wipe retries,
 * without blocking the event loop, until the WAL is empty on disk, and throws CopyRemainsError when it never gets
 * there; the next erasure or purge wipes again.
 *
 * `settle` commits what this process's other connections to the file (the server's, another node's of a test) have written
 * in this turn (a group commit holds the write lock until the turn ends), so this connection never waits on a lock that
 * only this turn can free.
 */
export function openSqliteVisitorData(file: string, options: { wipeWaitMs?: number } = {}): VisitorDataStore {
  const wipeWaitMs = options.wipeWaitMs ?? WIPE_WAIT_MS;
  const settle = () => commitOpenBatches(file);
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

  const walBytes = (): number => {
    try {
      return statSync(`${file}-wal`).size;
    } catch {
      return 0; // no WAL file: nothing in it
    }
  };
  /** Copy the whole WAL into the file and truncate it: true when done (busy: another connection holds it). */
  const truncateWal = (): boolean => {
    settle(); // an open batch would hold the WAL
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result!.busy === 0 && walBytes() === 0;
  };
  let wipePending = false;
  /**
   * B-tree balancing leaves stale copies of rows in page slack even with secure_delete: rebuild the file, then
   * empty the WAL (the VACUUM's own frames and older ones hold the deleted rows). Never waits inside SQLite (busy
   * timeout 0 for the checkpoint): a busy WAL is retried after a pause, so the readers holding it can finish.
   */
  const wipe = async (): Promise<boolean> => {
    settle();
    db.exec('VACUUM');
    wipePending = true;
    db.pragma('busy_timeout = 0');
    try {
      for (let waited = 0, pause = 5; waited < wipeWaitMs; waited += pause, pause = Math.min(pause * 2, 250)) {
        if (truncateWal()) return !(wipePending = false);
        await sleep(pause);
      }
      return truncateWal() && !(wipePending = false);
    } finally {
      db.pragma('busy_timeout = 5000');
    }
  };

  return {
    async exportVisitor(visitorId) {
      settle();
      return exportVisitor(visitorId);
    },
    async eraseVisitor(visitorId) {
      settle();
      const erased = erase(visitorId);
      // An earlier wipe that failed is tried again (it was reported then).
      if ((erased || wipePending) && !(await wipe()) && erased) throw new CopyRemainsError(erased);
      return erased;
    },
    async purgeConversationsBefore(before) {
      settle();
      const purged = purge(before);
      if ((purged > 0 || wipePending) && !(await wipe()) && purged > 0) throw new CopyRemainsError(purged);
      return purged;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
