import { ABANDONED_SQL, SEEN_CHUNK, idleQuery, type IdleStore } from './idle-types.ts';
import { all, type Pool } from './postgres-pool.ts';
import { toConversation, type ConversationRow } from './rows.ts';

/** The idle sweep's reads and the visitors' stamps on PostgreSQL. */
export function postgresIdleStore(pool: Pool): IdleStore {
  const abandoned = ABANDONED_SQL((n) => `$${n}`);
  return {
    async markVisitorsSeen(ids, at) {
      for (let i = 0; i < ids.length; i += SEEN_CHUNK) {
        await pool.query('UPDATE conversations SET visitor_seen_at = $1 WHERE id = ANY($2::text[])', [at, ids.slice(i, i + SEEN_CHUNK)]);
      }
    },
    async idleConversations(cuts, limit) {
      const { sql, params } = idleQuery(cuts, limit, (n) => `$${n}`);
      return (await all<ConversationRow>(pool, sql, params)).map(toConversation);
    },
    async abandonedWaiting(before, limit) {
      return (await all<ConversationRow>(pool, abandoned, [before, limit])).map(toConversation);
    },
  };
}
