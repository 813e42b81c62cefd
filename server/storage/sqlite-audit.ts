import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { AuditStore } from './audit-types.ts';
import { auditRow, toAuditRecord, type AuditRow } from './rows.ts';

/** The audit log on the shared SQLite connection; `rowid` orders records written in the same millisecond. */
export function sqliteAuditStore(db: Database.Database): AuditStore {
  const q = {
    insert: db.prepare(
      'INSERT INTO audit_log (id, at, agent_id, action, conversation_id, target, detail, before_json, after_json) VALUES (@id, @at, @agent_id, @action, @conversation_id, @target, @detail, @before_json, @after_json)',
    ),
    cursor: db.prepare<[string], { at: number; ord: number }>('SELECT at, rowid AS ord FROM audit_log WHERE id = ?'),
    list: db.prepare<Record<string, string | number | null>, AuditRow>(
      `SELECT * FROM audit_log
       WHERE (@action IS NULL OR action = @action)
         AND (@agent IS NULL OR agent_id = @agent OR target = @agent)
         AND (@at IS NULL OR at < @at OR (at = @at AND rowid < @ord))
       ORDER BY at DESC, rowid DESC LIMIT @limit`,
    ),
  };
  return {
    async addAudit(record) {
      const row = auditRow(randomUUID(), Date.now(), record);
      q.insert.run(row);
      return toAuditRecord(row);
    },
    async listAudit({ action, agentId, before, limit }) {
      let at: number | null = null;
      let ord: number | null = null;
      if (before && 'id' in before) {
        const found = q.cursor.get(before.id);
        if (!found) return [];
        ({ at, ord } = found);
      } else if (before) {
        ({ at } = before);
        ord = 0;
      }
      return q.list.all({ action: action ?? null, agent: agentId ?? null, at, ord, limit }).map(toAuditRecord);
    },
  };
}
