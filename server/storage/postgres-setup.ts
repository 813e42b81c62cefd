import { randomUUID } from 'node:crypto';
import { one, transaction, type Pool } from './postgres-pool.ts';
import { toAgent, type AgentRow } from './rows.ts';
import type { SetupStore } from './setup-types.ts';

/** One key for every node: the first admin is made under this transaction lock, so two setups cannot both see "no admin". */
const FIRST_ADMIN_LOCK = 0x6b656661; // "kefa"

/** First-run setup links on PostgreSQL, for several nodes that may each have issued one. */
export function postgresSetupStore(pool: Pool): SetupStore {
  return {
    async createSetupToken(tokenHash, expiresAt) {
      await pool.query('INSERT INTO setup_tokens (token_hash, expires_at) VALUES ($1, $2)', [tokenHash, expiresAt]);
    },
    async createFirstAdmin(tokenHash, a, now) {
      return transaction(pool, async (db) => {
        await db.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
        const admins = await one<{ n: number }>(db, "SELECT count(*) AS n FROM agents WHERE role = 'admin' AND disabled = 0");
        if (admins!.n > 0) return { kind: 'admin_exists' as const };
        const t = await one<{ expires_at: number; used_at: number | null }>(db, 'SELECT expires_at, used_at FROM setup_tokens WHERE token_hash = $1', [tokenHash]);
        if (!t || t.used_at !== null || t.expires_at <= now) return { kind: 'invalid_token' as const };
        const row = await one<AgentRow>(
          db,
          `INSERT INTO agents (id, email, name, role, password_hash, disabled, max_chats, can_see_personal_data, created_at)
           VALUES ($1, $2, $3, 'admin', $4, 0, $5, 0, $6) RETURNING *`,
          [randomUUID(), a.email, a.name, a.passwordHash, a.maxChats, now],
        );
        await db.query('DELETE FROM setup_tokens'); // this link is used, and every other one dies with it
        return { kind: 'created' as const, agent: toAgent(row!) };
      });
    },
  };
}
