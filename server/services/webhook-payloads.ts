import type { ChatMessage, Rating, SnoozeWakeReason, Ticket } from '../../protocol/index.ts';
import type { Conversation, Storage } from '../storage/types.ts';
import { maskPersonalText } from './personal-data.ts';
import { botLanguage } from './written-language.ts';
import type { WebhookEvents } from './webhooks.ts';

/**
 * What each event's `data` holds. Texts are masked as the console shows them (card numbers before
 * storage, e-mail addresses and phone numbers here); the visitor is named only by the wallet's own
 * user id from a signed identity (what a push needs), never by contact details.
 */
export function webhookPayloads(events: WebhookEvents, storage: Pick<Storage, 'getConversation' | 'visitorUser'>) {
  const visitorOf = async (visitorId: string) => ({ userId: (await storage.visitorUser(visitorId))?.userId ?? null });
  const conversationData = (c: Conversation) => ({
    id: c.id,
    status: c.status,
    locale: c.locale,
    /** The language the visitor writes in (null until a message shows one); `locale` stays the widget's. */
    writtenLocale: c.writtenLocale,
    /** The language the bot and the widget speak to the visitor, the one to answer in (botLanguage: their choice or an agent's, else followed, else the widget's). */
    spokenLocale: botLanguage(c),
    agentId: c.agentId,
    /** Snoozed by its holder until this time (Unix ms), else null. */
    snoozedUntil: c.snoozedUntil,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  });
  const visitorOfConversation = async (conversationId: string) => {
    const c = await storage.getConversation(conversationId);
    return c ? visitorOf(c.visitorId) : { userId: null };
  };

  return {
    /** A status change: waiting, assigned (a claim or a transfer) or closed; other statuses send nothing. */
    conversationChanged(c: Conversation): void {
      const event = c.status === 'waiting' ? 'conversation.waiting' : c.status === 'assigned' ? 'conversation.assigned' : c.status === 'closed' ? 'conversation.closed' : null;
      if (event) events.emit(event, c.id, async () => ({ conversation: conversationData(c), visitor: await visitorOf(c.visitorId) }));
    },
    /** Its holder snoozed it (again: a new time) until `until` (Unix ms). */
    snoozed(c: Conversation, until: number): void {
      events.emit('conversation.snoozed', c.id, async () => ({ conversation: conversationData(c), until, visitor: await visitorOf(c.visitorId) }));
    },
    /** A snooze ended: its time came, the visitor wrote, or its holder ended it (a transfer, hand back or close sends its own event). */
    woken(c: Conversation, reason: SnoozeWakeReason): void {
      events.emit('conversation.woken', c.id, async () => ({ conversation: conversationData(c), reason, visitor: await visitorOf(c.visitorId) }));
    },
    messageCreated(m: ChatMessage): void {
      events.emit('message.created', m.conversationId, async () => ({
        message: { id: m.id, conversationId: m.conversationId, seq: m.seq, author: m.author, authorName: m.authorName, text: maskPersonalText(m.text), createdAt: m.createdAt },
        visitor: await visitorOfConversation(m.conversationId),
      }));
    },
    ticketCreated(t: Ticket): void {
      events.emit('ticket.created', t.conversationId, async () => ({
        ticket: { id: t.id, conversationId: t.conversationId, contact: maskPersonalText(t.contact), text: maskPersonalText(t.text), createdAt: t.createdAt },
        visitor: await visitorOfConversation(t.conversationId),
      }));
    },
    /** A ticket became solved (not when a solved ticket changes again). The contact is not sent. */
    ticketSolved(t: Ticket, by: string): void {
      events.emit('ticket.solved', t.conversationId, async () => ({
        ticket: { id: t.id, conversationId: t.conversationId, status: t.status, solvedBy: by, assigneeId: t.assigneeId, createdAt: t.createdAt, solvedAt: t.solvedAt },
        visitor: await visitorOfConversation(t.conversationId),
      }));
    },
    rated(conversationId: string, rating: Rating): void {
      events.emit('rating.created', conversationId, async () => ({
        rating: { conversationId, score: rating.score, comment: rating.comment === null ? null : maskPersonalText(rating.comment) },
        visitor: await visitorOfConversation(conversationId),
      }));
    },
    /** The question as the unanswered list keeps it (already masked for learning). */
    unanswered(question: { text: string; kind: 'suggest' | 'none'; locale: string }): void {
      events.emit('faq.unanswered', null, async () => ({ question }));
    },
  };
}

export type WebhookPayloads = ReturnType<typeof webhookPayloads>;
