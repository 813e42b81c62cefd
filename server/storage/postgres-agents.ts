import { randomUUID } from 'node:crypto';
import { AgentExistsError, type AgentStore } from './agent-types.ts';
import { all, changes, isUniqueViolation, one, type Pool } from './postgres-pool.ts';
import { toAgent, type AgentRow } from './rows.ts';

const flag = (b: boolean | undefined) => (b === undefined ? null : Number(b));

/** Agents and sessions on PostgreSQL. Emails are unique case-insensitively (an index on lower(email)). */
export function postgresAgentStore(pool: Pool): AgentStore {
  const byId = async (id: string) => one<AgentRow>(pool, 'SELECT * FROM agents WHERE id = $1', [id]);
  return {
    async createAgent(a) {
      try {
        const row = await one<AgentRow>(
          pool,
          `INSERT INTO agents (id, email, name, role, password_hash, disabled, max_chats, can_see_personal_data, created_at)
           VALUES ($1, $2, $3, $4, $5, 0, $6, $7, $8) RETURNING *`,
          [randomUUID(), a.email, a.name, a.role, a.passwordHash, a.maxChats, Number(a.canSeePersonalData ?? false), Date.now()],
        );
        return toAgent(row!);
      } catch (err) {
        if (isUniqueViolation(err)) throw new AgentExistsError(`an agent with email ${a.email} exists`);
        throw err;
      }
    },
    async getAgent(id) {
      const row = await byId(id);
      return row ? toAgent(row) : null;
    },
    async findAgentByEmail(email) {
      const row = await one<AgentRow>(pool, 'SELECT * FROM agents WHERE lower(email) = lower($1)', [email]);
      return row ? { agent: toAgent(row), passwordHash: row.password_hash } : null;
    },
    async listAgents() {
      return (await all<AgentRow>(pool, 'SELECT * FROM agents ORDER BY created_at, id')).map(toAgent);
    },
    async updateAgent(id, p) {
      const row = await one<AgentRow>(
        pool,
        `UPDATE agents SET name = coalesce($2, name), role = coalesce($3, role), disabled = coalesce($4::int, disabled),
           max_chats = coalesce($5::int, max_chats), password_hash = coalesce($6, password_hash),
           can_see_personal_data = coalesce($7::int, can_see_personal_data), locale = coalesce($8, locale)
         WHERE id = $1 RETURNING *`,
        [id, p.name ?? null, p.role ?? null, flag(p.disabled), p.maxChats ?? null, p.passwordHash ?? null, flag(p.canSeePersonalData), p.locale ?? null],
      );
      return row ? toAgent(row) : null;
    },
    async deleteAgent(id) {
      return (await changes(pool, 'DELETE FROM agents WHERE id = $1', [id])) > 0;
    },
    async countAdmins() {
      return (await one<{ n: number }>(pool, "SELECT count(*) AS n FROM agents WHERE role = 'admin' AND disabled = 0"))!.n;
    },
    async createSession(tokenHash, agentId, expiresAt) {
      const now = Date.now();
      await pool.query('INSERT INTO agent_sessions (token_hash, agent_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $3)', [tokenHash, agentId, now, expiresAt]);
    },
    async useSession(tokenHash, idleMs) {
      const now = Date.now();
      const row = await one<{ agent_id: string }>(
        pool,
        'UPDATE agent_sessions SET last_seen_at = $1 WHERE token_hash = $2 AND expires_at > $1 AND last_seen_at > $3 RETURNING agent_id',
        [now, tokenHash, now - idleMs],
      );
      return row?.agent_id ?? null;
    },
    async deleteSession(tokenHash) {
      await pool.query('DELETE FROM agent_sessions WHERE token_hash = $1', [tokenHash]);
    },
    async deleteAgentSessions(agentId) {
      await pool.query('DELETE FROM agent_sessions WHERE agent_id = $1', [agentId]);
    },
  };
}
