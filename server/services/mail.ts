import { randomBytes } from 'node:crypto';
import { createTransport, type Transporter } from 'nodemailer';
import type { ChatMessage, EmailInfo, Ticket } from '../../protocol/index.ts';
import type { EmailJob, NewEmail } from '../storage/email-types.ts';
import type { Conversation, Storage } from '../storage/types.ts';
import { authorLabel, emailContent } from './email-content.ts';
import { botLanguage } from './written-language.ts';
import { hashToken, newVisitorToken } from './tokens.ts';
import { returnPath, type BounceConfig } from './mail-bounces.ts';
import { nextAttemptAt, startOutboxRunner, type OutboxTimings } from './outbox-runner.ts';

export interface MailConfig {
  smtpUrl: string;
  from: string;
  replyTo: string | null;
  /** An agent's reply goes by e-mail only if the visitor has not read it in the chat this long after. */
  graceMs: number;
  /** How long an e-mail's reopen link works (once). */
  linkHours: number;
  publicUrl: string;
  /** Bounces: each e-mail's return path names it (VERP), so a later delivery report marks it not delivered. */
  bounce: BounceConfig | null;
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

const HOUR = 3_600_000;
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
  /** The visitor left a ticket with an e-mail address: send them a copy of what they wrote (not awaited; failures are logged). */
  ticketLeft(ticket: Pick<Ticket, 'conversationId' | 'contact' | 'text'>, locale: string): void;
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

/** A message's text and the names of its files (an e-mail carries no links to them: those are for the chat only). */
const withFileNames = (m: ChatMessage): string => [m.text, ...(m.attachments ?? []).map((a) => `[${a.name}]`)].filter(Boolean).join('\n');

/** A site's own sender (its settings' `email`), overriding the configured From and Reply-To. */
export type SiteSender = (site: string | null) => Promise<{ from?: string | undefined; replyTo?: string | undefined } | undefined>;

export function createMailService(deps: {
  storage: Storage;
  config: MailConfig;
  /** The sender of the conversation's site, when it has its own. */
  siteSender?: SiteSender;
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
    // An unsubscribed address gets nothing; one that bounced gets a `skipped` e-mail, so agents see why.
    if (!EMAIL_SHAPE.test(email.to) || (await storage.emailSuppression(email.to)) === 'unsubscribed') return null;
    const info = await storage.enqueueEmail({ ...email, unsubscribeToken: randomBytes(24).toString('base64url') }, timings.giveUpAfterMs);
    if (info) runner.kick();
    return info;
  }

  async function body(job: EmailJob): Promise<{ authorName: string | null; text: string }[] | null> {
    if (job.kind === 'transcript') return (await storage.listMessages(job.conversationId, 0, TRANSCRIPT_MESSAGES)).map((m) => ({ authorName: authorLabel(m, job.locale), text: withFileNames(m) }));
    if (job.kind !== 'agent_reply') return job.text === null ? null : [{ authorName: null, text: job.text }];
    const read = await storage.visitorReadSeq(job.conversationId);
    const unread = (await storage.listMessages(job.conversationId, read, 500)).filter((m) => m.author === 'agent').slice(-MAX_REPLIES);
    return unread.length > 0 ? unread.map((m) => ({ authorName: m.authorName, text: withFileNames(m) })) : null;
  }

  /**
   * The full-page chat with a new single-use code that the chat exchanges for the visitor's session (see
   * visitor-access.ts): each attempt has its own; an unsent one runs out unused.
   */
  async function reopenLink(conversation: Conversation): Promise<string> {
    const code = newVisitorToken();
    await storage.addReopenLink(hashToken(code), conversation.visitorId, Date.now() + config.linkHours * HOUR);
    const query = new URLSearchParams({ ...(conversation.site ? { site: conversation.site } : {}), locale: conversation.locale, reopen: code });
    return `${config.publicUrl}/chat?${query}`;
  }

  async function attempt(job: EmailJob): Promise<void> {
    const messages = await body(job);
    const suppressed = messages && (await storage.emailSuppression(job.to));
    if (!messages || suppressed) return storage.recordEmailAttempt(job.id, { status: 'skipped', error: suppressed || 'read in the chat', nextAttemptAt: null });
    const unsubscribe = `${config.publicUrl}/email/unsubscribe?token=${job.unsubscribeToken}`;
    try {
      const conversation = await storage.getConversation(job.conversationId);
      const chat = conversation ? await reopenLink(conversation) : `${config.publicUrl}/chat`;
      const content = emailContent(job.kind, job.locale, messages, { chat, chatHours: config.linkHours, unsubscribe });
      const sender = (await deps.siteSender?.(conversation?.site ?? null)) ?? {};
      await transport.sendMail({
        ...(sender.from ? { from: sender.from } : {}),
        ...(sender.replyTo ? { replyTo: sender.replyTo } : {}),
        to: job.to,
        ...(config.bounce ? { envelope: { from: returnPath(config.bounce, job.id), to: job.to } } : {}),
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
    purge: async (now) => void (await Promise.all([storage.purgeEmails(now - timings.keepLogMs), storage.purgeReopenLinks(now)])),
    onError: (err) => deps.onError(err, 'e-mail dispatch failed'),
  });

  return {
    agentReplied(message) {
      void (async () => {
        const to = await storage.visitorEmail(message.conversationId);
        const conversation = to && (await storage.getConversation(message.conversationId));
        if (!to || !conversation) return;
        await queue({ conversationId: message.conversationId, kind: 'agent_reply', to, locale: botLanguage(conversation), text: null, notBefore: Date.now() + config.graceMs });
      })().catch((err: unknown) => deps.onError(err, 'e-mail for an agent reply was not queued'));
    },
    visitorRead(conversationId, seq) {
      return storage.markVisitorRead(conversationId, seq);
    },
    async ticketReplied(message, contact, locale) {
      return queue({ conversationId: message.conversationId, kind: 'ticket_reply', to: contact.trim(), locale, text: message.text, notBefore: Date.now() });
    },
    ticketLeft(ticket, locale) {
      void queue({ conversationId: ticket.conversationId, kind: 'ticket_copy', to: ticket.contact.trim(), locale, text: ticket.text, notBefore: Date.now() }).catch((err: unknown) =>
        deps.onError(err, 'e-mail copy of a ticket was not queued'),
      );
    },
    async transcript(conversation) {
      const to = await storage.visitorEmail(conversation.id);
      if (!to) return 'no_address';
      return queue({ conversationId: conversation.id, kind: 'transcript', to, locale: botLanguage(conversation), text: null, notBefore: Date.now() });
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
