import { z } from 'zod';

/** The audit log (`GET /api/v1/admin/audit`): who did what, when, to which conversation — never personal data. */
export const AuditAction = z.enum(['personal_data.revealed', 'visitor.exported', 'visitor.erased', 'webhook.created', 'webhook.deleted']);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditRecord = z.object({
  id: z.string(),
  at: z.number().int(),
  /** The agent or admin who acted (null once that account is removed, or for the system). */
  agentId: z.string().nullable(),
  action: AuditAction,
  conversationId: z.string().nullable(),
  /** Counts and the like, never names, emails, phone numbers or message text. */
  detail: z.record(z.string(), z.number()).nullable(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

export const AuditList = z.object({ records: z.array(AuditRecord) });
