/** What the audit log records: who, when, what action, on which conversation — never personal data. */
export type AuditAction = 'personal_data.revealed' | 'visitor.exported' | 'visitor.erased' | 'webhook.created' | 'webhook.deleted';

export interface AuditRecord {
  id: string;
  at: number;
  /** The agent or admin who acted (null once that account is removed, or for the system). */
  agentId: string | null;
  action: AuditAction;
  conversationId: string | null;
  /** Counts and the like, never names, emails, phone numbers or message text. */
  detail: Record<string, number> | null;
}

export type NewAuditRecord = Omit<AuditRecord, 'id' | 'at'>;

export interface AuditStore {
  addAudit(record: NewAuditRecord): Promise<AuditRecord>;
  /** Newest first. */
  listAudit(limit: number): Promise<AuditRecord[]>;
}
