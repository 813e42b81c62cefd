import type Database from 'better-sqlite3';
import type { IdentityStore } from './identity-types.ts';
import { toVisitor, type VisitorRow } from './rows.ts';
import { visitorSearchContact, visitorSearchName } from './search-types.ts';

export function sqliteIdentityStore(db: Database.Database): IdentityStore {
  const byUser = db.prepare<[string], VisitorRow>('SELECT id, locale, created_at, user_id FROM visitors WHERE user_id = ?');
  const bind = db.prepare('UPDATE visitors SET user_id = ?, name = ?, email = ?, phone = ?, search_name = ?, search_contact = ? WHERE id = ?');
  const rotate = db.prepare('UPDATE visitors SET token_hash = ? WHERE id = ?');
  return {
    async findVisitorByUserId(userId) {
      const row = byUser.get(userId);
      return row ? toVisitor(row) : null;
    },
    async bindVisitorUser(visitorId, u) {
      bind.run(u.userId, u.name, u.email, u.phone, visitorSearchName(u.userId, u.name), visitorSearchContact(u.email, u.phone), visitorId);
    },
    async rotateVisitorToken(visitorId, tokenHash) {
      rotate.run(tokenHash, visitorId);
    },
  };
}
