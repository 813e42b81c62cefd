import { maskCardNumbers, type CardMaskStyle, type VisitorClientFrame, type VisitorServerFrame } from '../../../protocol/index.ts';
import type { Bus, ConversationEvent } from '../../bus/types.ts';
import type { Storage } from '../../storage/types.ts';
import type { AgentChannel } from '../../services/agent-channel.ts';
import { HandoffError, type HandoffService } from '../../services/handoff.ts';
import type { WebhookPayloads } from '../../services/webhook-payloads.ts';
import type { MailService } from '../../services/mail.ts';

type StateEvent = Extract<ConversationEvent, { type: 'state' }>;
type HandoffFrame = Extract<VisitorClientFrame, { type: 'cancel_handoff' | 'leave_message' | 'rate' | 'typing' | 'read' }>;

/** The visitor's side of the handoff: leave the queue, leave a message, rate, typing and read receipts. */
export interface VisitorHandoff {
  /** Store the visitor's context (page URL from hello.page, the browser's user agent) for the console. */
  setContext(conversationId: string, pageUrl: string | null, userAgent: string | null): Promise<void>;
  /** The conversation's current state, as the event the visitor's socket turns into its `state` frame (sent after welcome). */
  state(conversationId: string): Promise<StateEvent | null>;
  /** Handle a handoff frame; returns the frame to answer with, if any. */
  handle(conversationId: string, frame: HandoffFrame): Promise<VisitorServerFrame | null>;
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
    case 'erased':
      return null;
  }
}

export function createVisitorHandoff(deps: {
  storage: Storage;
  bus: Bus;
  agents: AgentChannel;
  handoff: HandoffService;
  /** Ticket texts and rating comments are masked like messages before they are stored. */
  cardMask: CardMaskStyle;
  /** Webhooks hear of tickets and ratings. */
  events?: Pick<WebhookPayloads, 'ticketCreated' | 'rated'>;
  /** What the visitor read is not e-mailed. */
  mail?: Pick<MailService, 'visitorRead'> | null;
}): VisitorHandoff {
  const { storage, bus, agents, handoff } = deps;
  const mask = (text: string) => maskCardNumbers(text, deps.cardMask);
  const refused = (err: unknown): VisitorServerFrame => {
    if (err instanceof HandoffError) return { type: 'error', code: err.code, message: err.message };
    throw err;
  };

  return {
    async setContext(conversationId, pageUrl, userAgent) {
      await storage.setConversationContext(conversationId, { pageUrl, userAgent });
    },

    async state(conversationId) {
      const c = await storage.getConversation(conversationId);
      if (!c || c.status === 'bot') return null;
      return handoff.visitorState(c);
    },

    async handle(conversationId, frame) {
      switch (frame.type) {
        case 'cancel_handoff':
          return handoff.apply(conversationId, 'cancel', { actor: 'visitor' }).then(() => null, refused);
        case 'leave_message': {
          const ticket = await storage.addTicket(conversationId, mask(frame.contact), mask(frame.text));
          await agents.broadcast({ type: 'ticket', ticket });
          deps.events?.ticketCreated(ticket);
          return { type: 'ticket_saved', ticketId: ticket.id };
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
        case 'read':
          await deps.mail?.visitorRead(conversationId, frame.seq);
          await bus.publish(conversationId, { type: 'read', conversationId, by: 'visitor', seq: frame.seq });
          return null;
      }
    },
  };
}
