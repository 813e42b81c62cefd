import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { toAgent, type AgentRow } from './rows.ts';
import type { FirstAdminOutcome, SetupStore } from './setup-types.ts';

/** First-run setup links on SQLite: one writer, so the transaction alone serialises two setups. */
export function sqliteSetupStore(db: Database.Database): SetupStore {
  const insertToken = db.prepare('INSERT INTO setup_tokens (token_hash, expires_at) VALUES (?, ?)');
  const token = db.prepare<[string], { expires_at: number; used_at: number | null }>('SELECT expires_at, used_at FROM setup_tokens WHERE token_hash = ?');
  const admins = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM agents WHERE role = 'admin' AND disabled = 0");
  const insertAdmin = db.prepare<[string, string, string, string, number, number], AgentRow>(
    "INSERT INTO agents (id, email, name, role, password_hash, max_chats, can_see_personal_data, created_at) VALUES (?, ?, ?, 'admin', ?, ?, 0, ?) RETURNING *",
  );
  const forgetTokens = db.prepare('DELETE FROM setup_tokens');
  const first = db.transaction((tokenHash: string, a: Parameters<SetupStore['createFirstAdmin']>[1], now: number): FirstAdminOutcome => {
    if (admins.get()!.n > 0) return { kind: 'admin_exists' };
    const t = token.get(tokenHash);
    if (!t || t.used_at !== null || t.expires_at <= now) return { kind: 'invalid_token' };
    const row = insertAdmin.get(randomUUID(), a.email, a.name, a.passwordHash, a.maxChats, now)!;
    forgetTokens.run(); // this link is used, and every other one dies with it
    return { kind: 'created', agent: toAgent(row) };
  });
  return {
    async createSetupToken(tokenHash, expiresAt) {
      insertToken.run(tokenHash, expiresAt);
    },
    async createFirstAdmin(tokenHash, admin, now) {
      return first(tokenHash, admin, now);
    },
  };
}
