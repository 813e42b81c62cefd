import type Database from 'better-sqlite3';
import { ABANDONED_SQL, SEEN_CHUNK, idleQuery, type IdleStore } from './idle-types.ts';
import { toConversation, type ConversationRow } from './rows.ts';

/** The idle sweep's reads and the visitors' stamps on the shared SQLite connection. */
export function sqliteIdleStore(db: Database.Database): IdleStore {
  const abandoned = db.prepare<[number, number], ConversationRow>(ABANDONED_SQL(() => '?'));
  const seen = db.prepare<[number, string]>(`UPDATE conversations SET visitor_seen_at = ? WHERE id IN (SELECT value FROM json_each(?))`);
  return {
    async markVisitorsSeen(ids, at) {
      for (let i = 0; i < ids.length; i += SEEN_CHUNK) seen.run(at, JSON.stringify(ids.slice(i, i + SEEN_CHUNK)));
    },
    async idleConversations(cuts, limit) {
      const { sql, params } = idleQuery(cuts, limit, () => '?');
      return db.prepare<unknown[], ConversationRow>(sql).all(...params).map(toConversation);
    },
    async abandonedWaiting(before, limit) {
      return abandoned.all(before, limit).map(toConversation);
    },
  };
}
