import { z } from 'zod';
import { personal, safe } from './data-class.ts';
import { ChatMessage, MessageText } from './common.ts';

/** Why an e-mail is sent: an agent's reply the visitor did not read in time, a reply to a ticket, a transcript. */
export const EmailKind = z.enum(['agent_reply', 'ticket_reply', 'transcript', 'ticket_copy']);
export type EmailKind = z.infer<typeof EmailKind>;

/** skipped: not needed when its time came (the visitor read the reply in the chat, or unsubscribed). */
export const EmailStatus = z.enum(['pending', 'sent', 'failed', 'skipped']);
export type EmailStatus = z.infer<typeof EmailStatus>;

/** One e-mail as agents see it: the address masked, the status, why it failed. */
export const EmailInfo = safe(z.object({
  id: z.string(),
  conversationId: z.string(),
  kind: EmailKind,
  to: personal(z.string()),
  status: EmailStatus,
  attempts: z.number().int(),
  lastError: personal(z.string()).nullable(),
  createdAt: z.number().int(),
  sentAt: z.number().int().nullable(),
  nextAttemptAt: z.number().int().nullable(),
}));
export type EmailInfo = z.infer<typeof EmailInfo>;

/** POST /api/v1/tickets/:id/reply: shown in the chat and e-mailed to the ticket's e-mail contact. */
export const TicketReplyRequest = z.strictObject({ text: MessageText });
export type TicketReplyRequest = z.infer<typeof TicketReplyRequest>;

/** Answers of the e-mail routes. */
export const TicketReplyResponse = z.object({ message: ChatMessage, email: EmailInfo.nullable() });
export const EmailList = z.object({ emails: z.array(EmailInfo) });
/** POST /api/v1/mail/bounces: how many sent e-mails the report marked not delivered (0 for anything else). */
export const BounceReceived = z.object({ recorded: z.number().int().min(0) });
