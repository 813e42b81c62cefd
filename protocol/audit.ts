import { z } from 'zod';
import { safe } from './data-class.ts';
import { AUDIT_ACTIONS } from './audit-actions.ts';

/**
 * The audit log (`GET /api/v1/admin/audit`): every security-relevant act — who did it, when, to what — and,
 * for edits, the thing before and after. Never a visitor's personal data, never a password, secret or code.
 */
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/** Small facts about an act: counts, a reason, the address a login came from. */
export const AuditDetail = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type AuditDetail = z.infer<typeof AuditDetail>;

export const AuditRecord = z.object({
  id: z.string(),
  at: z.number().int(),
  /** The agent or admin who acted (for a failed login: the account tried, when it exists); null for the system. */
  agentId: z.string().nullable(),
  action: AuditAction,
  conversationId: z.string().nullable(),
  /** What the act was done to: an agent's id, a canned reply's shortcut, a FAQ entry's id. */
  target: z.string().nullable(),
  detail: AuditDetail.nullable(),
  /** For edits: the thing as it was, and as it became (null: it did not exist). */
  before: z.json().nullable(),
  after: z.json().nullable(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

/**
 * GET /api/v1/admin/audit?action=&agentId=&before=&limit= — newest first. `agentId` matches the actor or the
 * target; `before` is the `next` of the previous page (a record id) or a time in ms (records before it).
 */
export const AuditQuery = z.strictObject({
  action: AuditAction.optional(),
  agentId: z.string().min(1).max(64).optional(),
  before: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/** A page of records; `next` (the last record's id) fetches the page after, null at the end. */
export const AuditList = safe(z.object({ records: z.array(AuditRecord), next: z.string().nullable() }));
export type AuditList = z.infer<typeof AuditList>;
