import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { AgentExistsError, type AgentStore } from './agent-types.ts';
import { toAgent, type AgentRow } from './rows.ts';

/** Agents and sessions on the shared SQLite connection. */
export function sqliteAgentStore(db: Database.Database): AgentStore {
  const q = {
    insert: db.prepare(
      'INSERT INTO agents (id, email, name, role, password_hash, disabled, max_chats, can_see_personal_data, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)',
    ),
    byId: db.prepare<[string], AgentRow>('SELECT * FROM agents WHERE id = ?'),
    byEmail: db.prepare<[string], AgentRow>('SELECT * FROM agents WHERE email = ?'),
    all: db.prepare<[], AgentRow>('SELECT * FROM agents ORDER BY created_at'),
    update: db.prepare(
      `UPDATE agents SET name = coalesce(@name, name), role = coalesce(@role, role), disabled = coalesce(@disabled, disabled),
       max_chats = coalesce(@maxChats, max_chats), password_hash = coalesce(@passwordHash, password_hash),
       can_see_personal_data = coalesce(@canSeePersonalData, can_see_personal_data), locale = coalesce(@locale, locale) WHERE id = @id`,
    ),
    remove: db.prepare('DELETE FROM agents WHERE id = ?'),
    admins: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM agents WHERE role = 'admin' AND disabled = 0"),
    insertSession: db.prepare('INSERT INTO agent_sessions (token_hash, agent_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)'),
    useSession: db.prepare<[number, string, number, number], { agent_id: string }>(
      'UPDATE agent_sessions SET last_seen_at = ? WHERE token_hash = ? AND expires_at > ? AND last_seen_at > ? RETURNING agent_id',
    ),
    removeSession: db.prepare('DELETE FROM agent_sessions WHERE token_hash = ?'),
    removeAgentSessions: db.prepare('DELETE FROM agent_sessions WHERE agent_id = ?'),
  };

  return {
    async createAgent(a) {
      const id = randomUUID();
      try {
        q.insert.run(id, a.email, a.name, a.role, a.passwordHash, a.maxChats, Number(a.canSeePersonalData ?? false), Date.now());
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new AgentExistsError(`an agent with email ${a.email} exists`);
        throw err;
      }
      return toAgent(q.byId.get(id)!);
    },
    async getAgent(id) {
      const row = q.byId.get(id);
      return row ? toAgent(row) : null;
    },
    async findAgentByEmail(email) {
      const row = q.byEmail.get(email);
      return row ? { agent: toAgent(row), passwordHash: row.password_hash } : null;
    },
    async listAgents() {
      return q.all.all().map(toAgent);
    },
    async updateAgent(id, patch) {
      q.update.run({
        id,
        name: patch.name ?? null,
        role: patch.role ?? null,
        disabled: patch.disabled === undefined ? null : Number(patch.disabled),
        maxChats: patch.maxChats ?? null,
        passwordHash: patch.passwordHash ?? null,
        canSeePersonalData: patch.canSeePersonalData === undefined ? null : Number(patch.canSeePersonalData),
        locale: patch.locale ?? null,
      });
      const row = q.byId.get(id);
      return row ? toAgent(row) : null;
    },
    async deleteAgent(id) {
      return q.remove.run(id).changes > 0;
    },
    async countAdmins() {
      return q.admins.get()!.n;
    },
    async createSession(tokenHash, agentId, expiresAt) {
      const now = Date.now();
      q.insertSession.run(tokenHash, agentId, now, expiresAt, now);
    },
    async useSession(tokenHash, idleMs) {
      const now = Date.now();
      return q.useSession.get(now, tokenHash, now, now - idleMs)?.agent_id ?? null;
    },
    async deleteSession(tokenHash) {
      q.removeSession.run(tokenHash);
    },
    async deleteAgentSessions(agentId) {
      q.removeAgentSessions.run(agentId);
    },
  };
}
