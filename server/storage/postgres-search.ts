import { all, type Pool } from './postgres-pool.ts';
import { toMessage, type MessageRow } from './rows.ts';
import { foldForSearch, mergeHits, visitorSearchContact, visitorSearchName, type SearchHit, type SearchStore } from './search-types.ts';

/** `column LIKE $k` for each term, numbered from `first` (terms are letters and digits only: no wildcard to escape). */
const likeAll = (column: string, n: number, first: number): string => Array.from({ length: n }, (_, i) => `${column} LIKE $${first + i}`).join(' AND ');
const patterns = (terms: string[]): string[] => terms.map((t) => `%${t}%`);

/**
 * Search on PostgreSQL: LIKE on the folded copies, answered from pg_trgm's GIN indexes; a term shorter than
 * three characters (a two-character Chinese word) has no trigram, so the index yields every row and the LIKE
 * rechecks each (measured in the search bench).
 */
export function postgresSearchStore(pool: Pool): SearchStore {
  return {
    async searchHistory({ terms, digits, contact, limit }) {
      if (terms.length === 0) return [];
      const n = terms.length;
      const byMessage = await all<MessageRow>(
        pool,
        `SELECT * FROM (SELECT DISTINCT ON (conversation_id) * FROM messages WHERE ${likeAll('folded', n, 1)}
         ORDER BY conversation_id, created_at DESC, seq DESC) newest ORDER BY created_at DESC, id DESC LIMIT $${n + 1}`,
        [...patterns(terms), limit],
      );
      const byVisitor = await all<{ id: string; updated_at: string | number; by_name: boolean }>(
        pool,
        `SELECT c.id, c.updated_at, (${likeAll('v.search_name', n, 1)}) AS by_name
         FROM visitors v JOIN conversations c ON c.visitor_id = v.id
         WHERE (${likeAll('v.search_name', n, 1)})${contact ? ` OR (${likeAll('v.search_contact', n, 1)}) OR v.search_contact LIKE $${n + 2}` : ''}
         ORDER BY c.updated_at DESC LIMIT $${n + 1}`,
        [...patterns(terms), limit, ...(contact ? [digits ? `%${digits}%` : null] : [])],
      );
      const hits: SearchHit[] = [
        ...byMessage.map((r): SearchHit => ({ conversationId: r.conversation_id, field: 'message', message: toMessage(r), at: Number(r.created_at) })),
        ...byVisitor.map((r): SearchHit => ({ conversationId: r.id, field: r.by_name ? 'visitor' : 'contact', message: null, at: Number(r.updated_at) })),
      ];
      return mergeHits(hits, limit);
    },
    async foldPendingSearchText(limit) {
      const messages = await all<{ id: string; text: string }>(pool, 'SELECT id, text FROM messages WHERE folded IS NULL LIMIT $1', [limit]);
      if (messages.length) {
        await pool.query(
          'UPDATE messages m SET folded = f.folded FROM unnest($1::text[], $2::text[]) AS f(id, folded) WHERE m.id = f.id AND m.folded IS NULL',
          [messages.map((m) => m.id), messages.map((m) => foldForSearch(m.text))],
        );
      }
      const visitors = await all<{ id: string; user_id: string; name: string | null; email: string | null; phone: string | null }>(
        pool,
        'SELECT id, user_id, name, email, phone FROM visitors WHERE user_id IS NOT NULL AND search_name IS NULL LIMIT $1',
        [limit],
      );
      if (visitors.length) {
        await pool.query(
          'UPDATE visitors v SET search_name = f.name, search_contact = f.contact FROM unnest($1::text[], $2::text[], $3::text[]) AS f(id, name, contact) WHERE v.id = f.id',
          [visitors.map((v) => v.id), visitors.map((v) => visitorSearchName(v.user_id, v.name)), visitors.map((v) => visitorSearchContact(v.email, v.phone))],
        );
      }
      return messages.length + visitors.length;
    },
  };
}
