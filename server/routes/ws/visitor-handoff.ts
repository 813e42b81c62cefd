import { guessContactKind, maskCardNumbers, type CardMaskStyle, type Channels, type VisitorClientFrame, type VisitorServerFrame } from '../../../protocol/index.ts';
import type { Bus, ConversationEvent } from '../../bus/types.ts';
import type { Conversation, Storage, VisitorContext } from '../../storage/types.ts';
import { storedVisitorContext } from '../../services/visitor-context.ts';
import type { AgentChannel } from '../../services/agent-channel.ts';
import { HandoffError, type HandoffService } from '../../services/handoff.ts';
import type { WebhookPayloads } from '../../services/webhook-payloads.ts';
import type { MailService } from '../../services/mail.ts';
import { maskPersonalText } from '../../services/personal-data.ts';
import { botLanguage } from '../../services/written-language.ts';
import type { Availability } from '../../services/availability.ts';
import type { AbuseLimits } from '../../services/abuse-limits.ts';

/** How much of the past a fresh view gets: the last conversations, and the last messages of each. */
const HISTORY = { conversations: 3, messages: 50 } as const;

type StateEvent = Extract<ConversationEvent, { type: 'state' }>;
type HandoffFrame = Extract<VisitorClientFrame, { type: 'cancel_handoff' | 'leave_message' | 'rate' | 'typing' | 'read' | 'email_transcript' }>;

/** The visitor's side of the handoff: leave the queue, leave a message, rate, typing and read receipts. */
export interface VisitorHandoff {
  /** Store the visitor's context (the page from hello.page, the browser's user agent) for the console: cut and masked first. */
  setContext(conversation: Conversation, context: VisitorContext): Promise<void>;
  /** The site's other channels, when it has any (sent in `welcome`). */
  channels(site: string | null): Promise<Channels | undefined>;
  /** The visitor's earlier conversations with their last messages, or null when there are none. */
  history(visitorId: string): Promise<VisitorServerFrame | null>;
  /**
   * The conversation's current state, as the event the visitor's socket turns into its `state` frame (sent after
   * welcome, in every status: it says whether anyone can answer), and its newest seq as of the same read.
   */
  state(conversationId: string): Promise<{ state: StateEvent; lastSeq: number } | null>;
  /** How long until this state may change by the clock alone (the hours open or close), or null: not by the clock. */
  changesIn(state: StateEvent): number | null;
  /** Handle a handoff frame from the socket of `ip`; returns the frame to answer with, if any. */
  handle(conversationId: string, frame: HandoffFrame, ip: string): Promise<VisitorServerFrame | null>;
}

/** What a bus event becomes on the visitor's socket (null: not for the visitor). Messages are delivered elsewhere. */
export function visitorFrameFor(event: Exclude<ConversationEvent, { type: 'message' }>): VisitorServerFrame | null {
  switch (event.type) {
    case 'state': {
      const { conversationId: _id, version: _version, ...frame } = event;
      return frame;
    }
    case 'typing':
      return event.by === 'agent' ? { type: 'typing', name: event.name } : null;
    case 'read':
      return event.by === 'agent' ? { type: 'read', seq: event.seq } : null;
    case 'attachment_removed':
      return { type: 'attachment_removed', messageId: event.messageId, attachmentId: event.attachmentId };
    case 'language':
      return { type: 'language', locale: event.locale, chosen: event.chosen, ...(event.byAgent ? { byAgent: true as const } : {}) };
    case 'erased':
      return null;
  }
}

export function createVisitorHandoff(deps: {
  storage: Storage;
  bus: Bus;
  agents: AgentChannel;
  handoff: HandoffService;
  availability: Availability;
  /** Ticket texts and rating comments are masked like messages before they are stored. */
  cardMask: CardMaskStyle;
  /** Webhooks hear of tickets and ratings. */
  events?: Pick<WebhookPayloads, 'ticketCreated' | 'rated'>;
  /** What the visitor read is not e-mailed. */
  mail?: Pick<MailService, 'visitorRead' | 'transcript' | 'ticketLeft'> | null;
  /** A ticket's e-mail copy goes to an address the visitor chose: limited per address and per IP. */
  limits: Pick<AbuseLimits, 'ticketCopy'>;
  /** The time business hours are read at (tests move it); default Date.now. */
  now?: () => number;
}): VisitorHandoff {
  const { storage, bus, agents, handoff } = deps;
  const mask = (text: string) => maskCardNumbers(text, deps.cardMask);
  const refused = (err: unknown): VisitorServerFrame => {
    if (err instanceof HandoffError) return { type: 'error', code: err.code, message: err.message, ...(err.reason ? { reason: err.reason } : {}) };
    throw err;
  };

  return {
    async setContext(conversation, context) {
      const stored = storedVisitorContext(context, deps.cardMask);
      // A reconnect from the page already stored writes nothing (a node's death reconnects thousands at once).
      const kept = (key: keyof VisitorContext) => stored[key] === null || stored[key] === conversation[key];
      if (kept('pageUrl') && kept('pageTitle') && kept('userAgent') && kept('site')) return;
      await storage.setConversationContext(conversation.id, stored);
    },

    channels(site) {
      return deps.availability.channelsFor(site);
    },

    async history(visitorId) {
      const closed = await storage.closedConversations(visitorId, HISTORY.conversations);
      if (closed.length === 0) return null;
      const conversations = await Promise.all(
        closed.reverse().map(async (c) => ({
          id: c.id,
          closedAt: c.updatedAt,
          messages: await storage.listMessages(c.id, Math.max(0, c.lastSeq - HISTORY.messages), HISTORY.messages),
        })),
      );
      return { type: 'history', conversations };
    },

    async state(conversationId) {
      const c = await storage.getConversation(conversationId);
      if (!c) return null;
      return { state: await handoff.visitorState(c), lastSeq: c.lastSeq };
    },

    changesIn(state) {
      const at = state.reach?.kind === 'away' && state.reach.reason === 'closed' ? state.reach.backAt : state.reach?.until;
      return typeof at === 'number' ? Math.max(0, at - (deps.now ?? Date.now)()) : null;
    },

    async handle(conversationId, frame, ip) {
      switch (frame.type) {
        case 'cancel_handoff':
          return handoff.apply(conversationId, 'cancel', { actor: 'visitor' }).then(() => null, refused);
        case 'leave_message': {
          const c = await storage.getConversation(conversationId);
          if (!c) return { type: 'error', code: 'not_found', message: 'no such conversation' };
          const kind = frame.contactKind ?? guessContactKind(frame.contact);
          const ticket = await storage.addTicket(conversationId, mask(frame.contact), mask(frame.text), kind);
          await agents.broadcast({ type: 'ticket', ticket });
          deps.events?.ticketCreated(ticket);
          if (kind === 'email' && deps.mail && (await deps.limits.ticketCopy(ip, ticket.contact)).ok) deps.mail.ticketLeft(ticket, botLanguage(c));
          // The message is the visitor's request now: the conversation leaves the queue (no phantom entry).
          if (c.status === 'waiting') await handoff.apply(conversationId, 'cancel', { actor: 'visitor' }).catch((err: unknown) => void refused(err));
          const reach = await handoff.reach(c);
          return { type: 'ticket_saved', ticketId: ticket.id, contactKind: kind, contact: ticket.contact, text: ticket.text, replyAfter: reach.kind === 'away' ? reach.backAt : null };
        }
        case 'rate': {
          const c = await storage.getConversation(conversationId);
          if (c?.status !== 'closed') return { type: 'error', code: 'invalid_state', message: 'a conversation can be rated once it is closed' };
          const rating = { score: frame.score, comment: frame.comment === undefined ? null : mask(frame.comment) };
          if (!(await storage.rateConversation(conversationId, rating))) {
            return { type: 'error', code: 'conflict', message: 'this conversation was already rated' };
          }
          deps.events?.rated(conversationId, rating);
          await handoff.announce(c);
          await bus.publish(conversationId, await handoff.visitorState(c));
          return null;
        }
        case 'typing':
          await bus.publish(conversationId, { type: 'typing', conversationId, by: 'visitor', name: null });
          return null;
        case 'email_transcript': {
          const c = await storage.getConversation(conversationId);
          if (c?.status !== 'closed') return { type: 'error', code: 'invalid_state', message: 'the transcript can be e-mailed once the conversation is closed' };
          if (!deps.mail) return { type: 'error', code: 'invalid_state', message: 'e-mail is not set up on this server' };
          const queued = await deps.mail.transcript(c);
          if (queued === 'no_address') return { type: 'error', code: 'invalid_state', message: 'leave an e-mail address first' };
          if (!queued) return { type: 'error', code: 'conflict', message: 'the transcript of this conversation was already e-mailed' };
          return { type: 'transcript_queued', to: maskPersonalText(queued.to) };
        }
        case 'read':
          await deps.mail?.visitorRead(conversationId, frame.seq);
          await bus.publish(conversationId, { type: 'read', conversationId, by: 'visitor', seq: frame.seq });
          return null;
      }
    },
  };
}
