import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { AuditStore } from './audit-types.ts';
import { toAuditRecord, type AuditRow } from './rows.ts';

/** The audit log on the shared SQLite connection. */
export function sqliteAuditStore(db: Database.Database): AuditStore {
  const q = {
    insert: db.prepare('INSERT INTO audit_log (id, at, agent_id, action, conversation_id, detail) VALUES (?, ?, ?, ?, ?, ?)'),
    list: db.prepare<[number], AuditRow>('SELECT * FROM audit_log ORDER BY at DESC, rowid DESC LIMIT ?'),
  };
  return {
    async addAudit(record) {
      const row: AuditRow = {
        id: randomUUID(),
        at: Date.now(),
        agent_id: record.agentId,
        action: record.action,
        conversation_id: record.conversationId,
        detail: record.detail === null ? null : JSON.stringify(record.detail),
      };
      q.insert.run(row.id, row.at, row.agent_id, row.action, row.conversation_id, row.detail);
      return toAuditRecord(row);
    },
    async listAudit(limit) {
      return q.list.all(limit).map(toAuditRecord);
    },
  };
}
