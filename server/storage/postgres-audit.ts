import { randomUUID } from 'node:crypto';
import type { AuditStore } from './audit-types.ts';
import { all, one, type Pool } from './postgres-pool.ts';
import { toAuditRecord, type AuditRow } from './rows.ts';

/** The audit log on PostgreSQL; `ord` (an identity column) orders records written in the same millisecond. */
export function postgresAuditStore(pool: Pool): AuditStore {
  return {
    async addAudit(record) {
      const row = await one<AuditRow>(
        pool,
        'INSERT INTO audit_log (id, at, agent_id, action, conversation_id, detail) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, at, agent_id, action, conversation_id, detail',
        [randomUUID(), Date.now(), record.agentId, record.action, record.conversationId, record.detail === null ? null : JSON.stringify(record.detail)],
      );
      return toAuditRecord(row!);
    },
    async listAudit(limit) {
      return (await all<AuditRow>(pool, 'SELECT * FROM audit_log ORDER BY at DESC, ord DESC LIMIT $1', [limit])).map(toAuditRecord);
    },
  };
}
