import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditRecord, AuditStore } from './audit-types.ts';

interface AuditRow {
  id: string;
  at: number;
  agent_id: string | null;
  action: AuditAction;
  conversation_id: string | null;
  detail: string | null;
}

const toRecord = (r: AuditRow): AuditRecord => ({
  id: r.id,
  at: r.at,
  agentId: r.agent_id,
  action: r.action,
  conversationId: r.conversation_id,
  detail: r.detail === null ? null : (JSON.parse(r.detail) as Record<string, number>),
});

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
      return toRecord(row);
    },
    async listAudit(limit) {
      return q.list.all(limit).map(toRecord);
    },
  };
}
