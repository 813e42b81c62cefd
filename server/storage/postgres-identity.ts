import { visitorSearchContact, visitorSearchName } from './search-types.ts';
import type { IdentityStore } from './identity-types.ts';
import { one, type Pool } from './postgres-pool.ts';
import { toVisitor, type VisitorRow } from './rows.ts';

/** Signed identities on PostgreSQL: a wallet user has one visitor (a unique index on user_id). */
export function postgresIdentityStore(pool: Pool): IdentityStore {
  return {
    async findVisitorByUserId(userId) {
      const row = await one<VisitorRow>(pool, 'SELECT id, locale, created_at, user_id FROM visitors WHERE user_id = $1', [userId]);
      return row ? toVisitor(row) : null;
    },
    async bindVisitorUser(visitorId, u) {
      await pool.query('UPDATE visitors SET user_id = $2, name = $3, email = $4, phone = $5, search_name = $6, search_contact = $7 WHERE id = $1', [
        visitorId,
        u.userId,
        u.name,
        u.email,
        u.phone,
        visitorSearchName(u.userId, u.name),
        visitorSearchContact(u.email, u.phone),
      ]);
    },
    async rotateVisitorToken(visitorId, tokenHash) {
      await pool.query('UPDATE visitors SET token_hash = $2 WHERE id = $1', [visitorId, tokenHash]);
    },
  };
}
