import type { AuditAction, AuditDetail, AuditRecord } from '../../protocol/index.ts';

export type { AuditAction, AuditRecord };

export interface NewAuditRecord {
  agentId: string | null;
  action: AuditAction;
  conversationId?: string | null;
  target?: string | null;
  detail?: AuditDetail | null;
  before?: unknown;
  after?: unknown;
}

/** Which records, newest first: by action, by agent (the actor or the target), before a record (its id) or a time. */
export interface AuditFilter {
  action?: AuditAction;
  agentId?: string;
  before?: { id: string } | { at: number };
  limit: number;
}

export interface AuditStore {
  addAudit(record: NewAuditRecord): Promise<AuditRecord>;
  /** Newest first (records of one millisecond in the order written, last first); an unknown `before` id: none. */
  listAudit(filter: AuditFilter): Promise<AuditRecord[]>;
}
