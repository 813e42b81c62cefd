import type { EmailInfo, EmailKind, EmailStatus } from '../../protocol/index.ts';

export type EmailSuppression = 'unsubscribed' | 'bounced';

export interface NewEmail {
  conversationId: string;
  kind: EmailKind;
  to: string;
  locale: string;
  /** A ticket reply's text; null: the body is made when it is sent (the replies the visitor has not read by then). */
  text: string | null;
  /** Not sent before this time (the grace period of an agent's reply). */
  notBefore: number;
  /** The random token in this e-mail's unsubscribe link (it can unsubscribe this address and do nothing else). */
  unsubscribeToken: string;
}

/** A claimed e-mail with what sending it needs. */
export interface EmailJob {
  id: string;
  conversationId: string;
  kind: EmailKind;
  to: string;
  locale: string;
  text: string | null;
  unsubscribeToken: string;
  attempts: number;
  giveUpAt: number;
}

export interface EmailAttempt {
  status: Exclude<EmailStatus, 'pending'> | 'pending';
  error: string | null;
  /** With status pending: when to try again. */
  nextAttemptAt: number | null;
}

/** The e-mail outbox, the visitor's read position (to know an agent's reply went unread) and unsubscribed addresses. */
export interface EmailStore {
  /** Queue it; null when an agent-reply e-mail for this conversation is already waiting (it will carry this reply too). */
  enqueueEmail(email: NewEmail, giveUpAfterMs: number): Promise<EmailInfo | null>;
  claimEmails(now: number, leaseMs: number, limit: number): Promise<EmailJob[]>;
  recordEmailAttempt(id: string, attempt: EmailAttempt): Promise<void>;
  /**
   * A sent e-mail bounced later (a delivery report came back): failed, with the reason; its conversation's id. Null when there is no such
   * e-mail or it is not `sent` (a report for one still pending, failed or skipped changes nothing). With `suppress`
   * (a permanent failure) its address goes on the suppression list as `bounced`, in the same transaction.
   */
  recordEmailBounce(id: string, reason: string, options: { suppress: boolean }): Promise<string | null>;
  /** Oldest first. */
  listEmails(conversationId: string): Promise<EmailInfo[]>;
  purgeEmails(before: number): Promise<number>;
  /** The visitor saw the chat up to `seq` (never moves back). */
  markVisitorRead(conversationId: string, seq: number): Promise<void>;
  visitorReadSeq(conversationId: string): Promise<number>;
  /** The newest e-mail address the visitor left in a ticket (any of their conversations), else the signed identity's. */
  visitorEmail(conversationId: string): Promise<string | null>;
  /** The address of the e-mail with this unsubscribe token, now unsubscribed; null when no e-mail has it. */
  unsubscribeByToken(token: string): Promise<string | null>;
  /** Why no e-mail may go to this address (it unsubscribed, or an earlier e-mail bounced for good); null: it may. */
  emailSuppression(address: string): Promise<EmailSuppression | null>;
  /** An e-mail's reopen link: its code's SHA-256, for this visitor, usable once until `expiresAt`. */
  addReopenLink(codeHash: string, visitorId: string, expiresAt: number): Promise<void>;
  /**
   * Use a reopen link: once, before it expires (one conditional update, so two nodes cannot both). The hash of
   * the device's new visitor token is kept with it and finds the visitor from then on (next to the visitor's own
   * token, which stays valid on the first device). The visitor's id; null for a used, expired or unknown code.
   */
  useReopenLink(codeHash: string, sessionHash: string, now: number): Promise<string | null>;
  /** Unused links past their expiry go (a used one stays: it holds a device's token). */
  purgeReopenLinks(now: number): Promise<number>;
}
