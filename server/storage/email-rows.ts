import { createHash } from 'node:crypto';
import type { EmailInfo } from '../../protocol/index.ts';
import type { EmailJob } from './email-types.ts';

/** The e-mail outbox's rows, as both adapters store and read them. */
export interface EmailRow {
  id: string;
  conversation_id: string;
  kind: EmailInfo['kind'];
  to_address: string;
  locale: string;
  text: string | null;
  unsubscribe_token: string;
  status: EmailInfo['status'];
  attempts: number;
  next_attempt_at: number;
  give_up_at: number;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
}

export const toInfo = (r: EmailRow): EmailInfo => ({
  id: r.id,
  conversationId: r.conversation_id,
  kind: r.kind,
  to: r.to_address,
  status: r.status,
  attempts: r.attempts,
  lastError: r.last_error,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  nextAttemptAt: r.status === 'pending' ? r.next_attempt_at : null,
});
export const toJob = (r: EmailRow): EmailJob => ({
  id: r.id,
  conversationId: r.conversation_id,
  kind: r.kind,
  to: r.to_address,
  locale: r.locale,
  text: r.text,
  unsubscribeToken: r.unsubscribe_token,
  attempts: r.attempts,
  giveUpAt: r.give_up_at,
});

/** Suppression list entries: the SHA-256 of the lower-cased address, never the address. */
export const addressHash = (address: string) => createHash('sha256').update(address.trim().toLowerCase()).digest('hex');
/** A ticket contact that looks like an e-mail address (SQL, the same in both engines). */
export const EMAIL_SHAPE = "contact LIKE '%_@_%._%' AND contact NOT LIKE '% %'";

