import { z } from 'zod';
import { personal, safe } from './data-class.ts';
import { Id } from './common.ts';
import { CONTACT_KINDS } from './contact.ts';

/**
 * Tickets: the message a visitor leaves when nobody can answer now. An agent works it open → pending → solved
 * (any order; solved can be reopened), with an assignee. Every change of status or assignee is a
 * `ticket_status` row in the conversation's event log (protocol/conversation-log.ts).
 */
export const TicketStatus = z.enum(['open', 'pending', 'solved']);
export type TicketStatus = z.infer<typeof TicketStatus>;

export const Ticket = z.object({
  id: safe(z.string()),
  conversationId: safe(z.string()),
  /** How to read `contact`: an e-mail address, a phone number, a WeChat or LINE id, or something else. */
  contactKind: z.enum(CONTACT_KINDS),
  /** Masked for every agent except the ticket's assignee (who handles it); others use the audited reveal. */
  contact: personal(z.string(), { readableByAssignee: true }),
  text: personal(z.string()),
  createdAt: z.number().int(),
  status: TicketStatus,
  assigneeId: safe(z.string()).nullable(),
  /** The assignee's name now (null when unassigned or the account was removed). */
  assigneeName: safe(z.string()).nullable(),
  /** The last change of status or assignee (the creation time until then). */
  updatedAt: z.number().int(),
  /** When it was last marked solved; null while it is not solved. */
  solvedAt: z.number().int().nullable(),
  /** Who left it: the signed-in visitor's name (null for an anonymous one), and their stable short label (as in the inbox). */
  visitorName: personal(z.string()).nullable(),
  visitorCode: safe(z.string()),
});
export type Ticket = z.infer<typeof Ticket>;
export const TicketList = z.object({ tickets: z.array(Ticket) });
export const TicketResponse = z.object({ ticket: Ticket });

/** GET /api/v1/tickets?status= (newest first, at most 500). */
export const TicketListQuery = z.strictObject({ status: TicketStatus.optional() });

/**
 * PATCH /api/v1/tickets/:id. `assigneeId`: an agent's id (an enabled account), null to unassign; absent
 * leaves the assignee as it is.
 */
export const TicketUpdateRequest = z.strictObject({ status: TicketStatus, assigneeId: Id.nullable().optional() });
export type TicketUpdateRequest = z.infer<typeof TicketUpdateRequest>;
