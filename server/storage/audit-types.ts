import type { AuditAction, AuditRecord } from '../../protocol/index.ts';

export type { AuditAction, AuditRecord };

export type NewAuditRecord = Omit<AuditRecord, 'id' | 'at'>;

export interface AuditStore {
  addAudit(record: NewAuditRecord): Promise<AuditRecord>;
  /** Newest first. */
  listAudit(limit: number): Promise<AuditRecord[]>;
}
