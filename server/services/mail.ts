import { randomBytes } from 'node:crypto';
import { createTransport, type Transporter } from 'nodemailer';
import type { ChatMessage, EmailInfo } from '../../protocol/index.ts';
import type { EmailJob, NewEmail } from '../storage/email-types.ts';
import type { Conversation, Storage } from '../storage/types.ts';
import { authorLabel, emailContent } from './email-content.ts';
import { nextAttemptAt, startOutboxRunner, type OutboxTimings } from './outbox-runner.ts';

export interface MailConfig {
  smtpUrl: string;
  from: string;
  replyTo: string | null;
  /** An agent's reply goes by e-mail only if the visitor has not read it in the chat this long after. */
  graceMs: number;
  publicUrl: string;
}

export const DEFAULT_EMAIL_TIMINGS: Readonly<OutboxTimings> = Object.freeze({
  retryBaseMs: 60_000,
  retryMaxMs: 60 * 60_000,
  giveUpAfterMs: 24 * 60 * 60_000,
  pollMs: 2_000,
  timeoutMs: 30_000,
  leaseMs: 5 * 60_000,
  keepLogMs: 90 * 24 * 60 * 60_000,
});

/** How many unread agent replies one e-mail carries at most. */
const MAX_REPLIES = 20;
/** How many messages a transcript e-mail carries at most (the oldest first). */
const TRANSCRIPT_MESSAGES = 500;

export interface MailService {
  /** An agent replied in the chat: e-mail the visitor after the grace period unless they read it by then. */
  agentReplied(message: ChatMessage): void;
  /** The visitor's chat showed everything up to `seq`. */
  visitorRead(conversationId: string, seq: number): Promise<void>;
  /** E-mail a ticket reply (the stored, masked message) to the ticket's contact; null when there is nothing to send. */
  ticketReplied(message: ChatMessage, contact: string, locale: string): Promise<EmailInfo | null>;
  /** E-mail the whole (closed) conversation to the visitor's address; null when it was already; 'no_address' when they left none. */
  transcript(conversation: Conversation): Promise<EmailInfo | null | 'no_address'>;
  /** Unsubscribe the address that the e-mail carrying this token went to; false for an unknown token. */
  unsubscribe(token: string): Promise<boolean>;
  stop(): Promise<void>;
}

/** Permanent refusals (5xx) are not retried; anything else (4xx, timeouts, refused connections) is. */
const permanent = (err: unknown) => {
  const code = (err as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function createMailService(deps: {
  storage: Storage;
  config: MailConfig;
  timings: OutboxTimings;
  onError: (err: unknown, message: string) => void;
}): MailService {
  const { storage, config, timings } = deps;
  // Timeouts on the transport (the URL's own parameters win): a server that never greets or stalls is a failed attempt.
  const transport: Transporter = createTransport(
    { url: config.smtpUrl, connectionTimeout: timings.timeoutMs, greetingTimeout: timings.timeoutMs, socketTimeout: timings.timeoutMs },
    { from: config.from, ...(config.replyTo ? { replyTo: config.replyTo } : {}) },
  );

  async function queue(email: Omit<NewEmail, 'unsubscribeToken'>): Promise<EmailInfo | null> {
    if (!EMAIL_SHAPE.test(email.to) || (await storage.isUnsubscribed(email.to))) return null;
    const info = await storage.enqueueEmail({ ...email, unsubscribeToken: randomBytes(24).toString('base64url') }, timings.giveUpAfterMs);
    if (info) runner.kick();
    return info;
  }

  async function body(job: EmailJob): Promise<{ authorName: string | null; text: string }[] | null> {
    if (job.kind === 'transcript') return (await storage.listMessages(job.conversationId, 0, TRANSCRIPT_MESSAGES)).map((m) => ({ authorName: authorLabel(m, job.locale), text: m.text }));
    if (job.kind !== 'agent_reply') return job.text === null ? null : [{ authorName: null, text: job.text }];
    const read = await storage.visitorReadSeq(job.conversationId);
    const unread = (await storage.listMessages(job.conversationId, read, 500)).filter((m) => m.author === 'agent').slice(-MAX_REPLIES);
    return unread.length > 0 ? unread : null;
  }

  async function attempt(job: EmailJob): Promise<void> {
    const messages = await body(job);
    if (!messages || (await storage.isUnsubscribed(job.to))) {
      return storage.recordEmailAttempt(job.id, { status: 'skipped', error: messages ? 'unsubscribed' : 'read in the chat', nextAttemptAt: null });
    }
    const unsubscribe = `${config.publicUrl}/email/unsubscribe?token=${job.unsubscribeToken}`;
    const content = emailContent(job.kind, job.locale, messages, { chat: `${config.publicUrl}/chat`, unsubscribe });
    try {
      await transport.sendMail({
        to: job.to,
        subject: content.subject,
        text: content.text,
        headers: { 'Auto-Submitted': 'auto-generated' },
        list: { unsubscribe: { url: unsubscribe, comment: 'Unsubscribe' } },
      });
      await storage.recordEmailAttempt(job.id, { status: 'sent', error: null, nextAttemptAt: null });
    } catch (err) {
      const next = permanent(err) ? null : nextAttemptAt(timings, job.attempts, job.giveUpAt);
      await storage.recordEmailAttempt(job.id, { status: next === null ? 'failed' : 'pending', error: (err as Error).message.slice(0, 300), nextAttemptAt: next });
    }
  }

  const runner = startOutboxRunner<EmailJob>({
    pollMs: timings.pollMs,
    claim: (now, limit) => storage.claimEmails(now, timings.leaseMs, limit),
    attempt: (job) => attempt(job),
    purge: async (now) => void (await storage.purgeEmails(now - timings.keepLogMs)),
    onError: (err) => deps.onError(err, 'e-mail dispatch failed'),
  });

  return {
    agentReplied(message) {
      void (async () => {
        const to = await storage.visitorEmail(message.conversationId);
        const conversation = to && (await storage.getConversation(message.conversationId));
        if (!to || !conversation) return;
        await queue({ conversationId: message.conversationId, kind: 'agent_reply', to, locale: conversation.locale, text: null, notBefore: Date.now() + config.graceMs });
      })().catch((err: unknown) => deps.onError(err, 'e-mail for an agent reply was not queued'));
    },
    visitorRead(conversationId, seq) {
      return storage.markVisitorRead(conversationId, seq);
    },
    async ticketReplied(message, contact, locale) {
      return queue({ conversationId: message.conversationId, kind: 'ticket_reply', to: contact.trim(), locale, text: message.text, notBefore: Date.now() });
    },
    async transcript(conversation) {
      const to = await storage.visitorEmail(conversation.id);
      if (!to) return 'no_address';
      return queue({ conversationId: conversation.id, kind: 'transcript', to, locale: conversation.locale, text: null, notBefore: Date.now() });
    },
    async unsubscribe(token) {
      return (await storage.unsubscribeByToken(token)) !== null;
    },
    async stop() {
      await runner.stop();
      transport.close();
    },
  };
}
