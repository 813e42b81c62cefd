import type Database from 'better-sqlite3';
import { toMessage, type MessageRow } from './rows.ts';
import { foldForSearch, mergeHits, visitorSearchContact, visitorSearchName, type SearchHit, type SearchStore } from './search-types.ts';

/** `column LIKE ?` for each term (terms are letters and digits only: no wildcard to escape). */
const likeAll = (column: string, n: number): string => Array.from({ length: n }, () => `${column} LIKE ?`).join(' AND ');
const patterns = (terms: string[]): string[] => terms.map((t) => `%${t}%`);

/**
 * Search on SQLite: LIKE on the FTS5 trigram tables, which FTS5 answers from its index for a term of 3+
 * characters and by scanning the folded copies for a shorter one (a two-character Chinese word): measured in
 * tests/bench (search), the scan stays in milliseconds for a hundred thousand messages, so no bigram index.
 */
export function sqliteSearchStore(db: Database.Database): SearchStore {
  const foldPending = sqliteFoldPending(db);
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };

  return {
    async searchHistory({ terms, digits, contact, limit }) {
      if (terms.length === 0) return [];
      const byMessage = prepared(
        `SELECT m.* FROM messages m WHERE m.rowid IN (
           SELECT max(s.rowid) FROM messages_search s JOIN messages mm ON mm.rowid = s.rowid
           WHERE ${likeAll('s.folded', terms.length)} GROUP BY mm.conversation_id ORDER BY max(s.rowid) DESC LIMIT ?)
         ORDER BY m.rowid DESC`,
      ).all(...patterns(terms), limit) as MessageRow[];
      const byContact = !contact ? '' : ` OR (${likeAll('vs.search_contact', terms.length)})` + (digits ? ' OR vs.search_contact LIKE ?' : '');
      const visitorWhere = `(${likeAll('vs.search_name', terms.length)})${byContact}`;
      const byVisitor = prepared(
        `SELECT c.id, c.updated_at, (${likeAll('vs.search_name', terms.length)}) AS by_name
         FROM visitors_search vs JOIN visitors v ON v.rowid = vs.rowid JOIN conversations c ON c.visitor_id = v.id
         WHERE ${visitorWhere} ORDER BY c.updated_at DESC LIMIT ?`,
      ).all(...patterns(terms), ...patterns(terms), ...(contact ? patterns(terms) : []), ...(contact && digits ? [`%${digits}%`] : []), limit) as { id: string; updated_at: number; by_name: number }[];
      const hits: SearchHit[] = [
        ...byMessage.map((r): SearchHit => ({ conversationId: r.conversation_id, field: 'message', message: toMessage(r), at: r.created_at })),
        ...byVisitor.map((r): SearchHit => ({ conversationId: r.id, field: r.by_name ? 'visitor' : 'contact', message: null, at: r.updated_at })),
      ];
      return mergeHits(hits, limit);
    },
    async foldPendingSearchText(limit) {
      return foldPending(limit);
    },
  };
}

/** Fold up to `limit` rows of each kind stored without their folded copy, in one transaction; returns how many. */
export function sqliteFoldPending(db: Database.Database): (limit: number) => number {
  const pendingMessages = db.prepare<[number], { rowid: number; text: string }>('SELECT rowid, text FROM messages WHERE folded IS NULL LIMIT ?');
  const setFolded = db.prepare('UPDATE messages SET folded = ? WHERE rowid = ?');
  const pendingVisitors = db.prepare<[number], { rowid: number; user_id: string; name: string | null; email: string | null; phone: string | null }>(
    'SELECT rowid, user_id, name, email, phone FROM visitors WHERE user_id IS NOT NULL AND search_name IS NULL LIMIT ?',
  );
  const setVisitor = db.prepare('UPDATE visitors SET search_name = ?, search_contact = ? WHERE rowid = ?');
  return db.transaction((limit: number): number => {
    const messages = pendingMessages.all(limit);
    for (const m of messages) setFolded.run(foldForSearch(m.text), m.rowid);
    const visitors = pendingVisitors.all(limit);
    for (const v of visitors) setVisitor.run(visitorSearchName(v.user_id, v.name), visitorSearchContact(v.email, v.phone), v.rowid);
    return messages.length + visitors.length;
  });
}
