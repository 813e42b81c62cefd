import { randomUUID } from 'node:crypto';
import type { AuditStore } from './audit-types.ts';
import { all, one, type Pool } from './postgres-pool.ts';
import { auditRow, toAuditRecord, type AuditRow } from './rows.ts';

const COLUMNS = 'id, at, agent_id, action, conversation_id, target, detail, before_json, after_json';

/** The audit log on PostgreSQL; `ord` (an identity column) orders records written in the same millisecond. */
export function postgresAuditStore(pool: Pool): AuditStore {
  return {
    async addAudit(record) {
      const r = auditRow(randomUUID(), Date.now(), record);
      await one(pool, `INSERT INTO audit_log (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        r.id,
        r.at,
        r.agent_id,
        r.action,
        r.conversation_id,
        r.target,
        r.detail,
        r.before_json,
        r.after_json,
      ]);
      return toAuditRecord(r);
    },
    async listAudit({ action, agentId, before, limit }) {
      let at: number | null = null;
      let ord: number | null = null;
      if (before && 'id' in before) {
        const found = await one<{ at: number; ord: number }>(pool, 'SELECT at, ord FROM audit_log WHERE id = $1', [before.id]);
        if (!found) return [];
        ({ at, ord } = found);
      } else if (before) {
        ({ at } = before);
        ord = 0;
      }
      const rows = await all<AuditRow>(
        pool,
        `SELECT ${COLUMNS} FROM audit_log
         WHERE ($1::text IS NULL OR action = $1)
           AND ($2::text IS NULL OR agent_id = $2 OR target = $2)
           AND ($3::bigint IS NULL OR at < $3 OR (at = $3 AND ord < $4::bigint))
         ORDER BY at DESC, ord DESC LIMIT $5`,
        [action ?? null, agentId ?? null, at, ord, limit],
      );
      return rows.map(toAuditRecord);
    },
  };
}
