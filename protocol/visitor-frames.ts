import { z } from 'zod';
import { ClientId, ConversationStatus, ChatMessage, Id, LocaleTag, MessageText } from './common.ts';
import { ErrorFrame, PingFrame, PongFrame, ReconnectFrame } from './shared-frames.ts';

/** Frames the widget sends on /ws/visitor. The first must be `hello`. */
export const VisitorHello = z.strictObject({
  type: z.literal('hello'),
  v: z.literal(1),
  /** The visitor token from an earlier `welcome`; absent for a new visitor. Sent in a frame, never in a URL. */
  token: z.string().min(20).max(200).optional(),
  /** A signed identity from the wallet's backend (`payload.signature`, see the README); ignored unless valid. */
  identity: z.string().min(10).max(2048).optional(),
  site: Id.optional(),
  locale: LocaleTag.optional(),
  /** The highest seq the client already has; the server replays everything after it. */
  lastSeq: z.number().int().min(0).optional(),
  page: z.strictObject({ url: z.string().max(2000), title: z.string().max(300) }).optional(),
});

export const VisitorSend = z.strictObject({
  type: z.literal('send'),
  clientId: ClientId,
  text: MessageText,
});

/** Ask for a person (also triggered by typing it). */
export const VisitorHandoff = z.strictObject({ type: z.literal('handoff') });
/** Leave the agents' queue: the bot answers again. */
export const VisitorCancelHandoff = z.strictObject({ type: z.literal('cancel_handoff') });
/** No agent is online: leave a message and a way to be reached; it becomes a ticket. */
export const VisitorLeaveMessage = z.strictObject({
  type: z.literal('leave_message'),
  contact: z.string().trim().min(3).max(200).refine((s) => /@|\d{5,}/.test(s.replace(/[\s()+-]/g, '')), 'an email address or a phone number'),
  text: MessageText,
});
/** After close: 1–5 and an optional comment. */
export const VisitorRate = z.strictObject({ type: z.literal('rate'), score: z.number().int().min(1).max(5), comment: z.string().max(1000).optional() });
export const VisitorTyping = z.strictObject({ type: z.literal('typing') });
/** The visitor has seen every message up to seq. */
export const VisitorRead = z.strictObject({ type: z.literal('read'), seq: z.number().int().min(0) });
/** "Was this helpful?" on a bot message of this visitor's conversations; one vote per message, changeable. */
export const VisitorFeedback = z.strictObject({ type: z.literal('feedback'), messageId: Id, helpful: z.boolean() });

export const VisitorClientFrame = z.discriminatedUnion('type', [
  VisitorHello,
  VisitorSend,
  VisitorHandoff,
  VisitorCancelHandoff,
  VisitorLeaveMessage,
  VisitorRate,
  VisitorTyping,
  VisitorRead,
  VisitorFeedback,
  PingFrame,
]);
export type VisitorClientFrame = z.infer<typeof VisitorClientFrame>;

/** Frames the server sends on /ws/visitor. */
export const VisitorWelcome = z.object({
  type: z.literal('welcome'),
  v: z.literal(1),
  /** Keep it (in the iframe origin's storage) and send it in the next `hello`. */
  token: z.string(),
  conversationId: z.string(),
  status: ConversationStatus,
  /** The conversation's highest seq; messages after the client's lastSeq follow as `message` frames. */
  lastSeq: z.number().int().min(0),
  locale: z.string(),
  /**
   * "full": the client's history cannot be continued (its lastSeq is ahead of this conversation's, or its
   * token or conversation is gone): drop every message held and take the replay from seq 1 as the view.
   */
  resync: z.literal('full').optional(),
});

export const MessageFrame = z.object({ type: z.literal('message'), message: ChatMessage });
export const AckFrame = z.object({
  type: z.literal('ack'),
  clientId: z.string(),
  id: z.string(),
  seq: z.number().int().positive(),
});
export const StateFrame = z.object({
  type: z.literal('state'),
  status: ConversationStatus,
  agentName: z.string().nullable(),
  /** While waiting: 1 = next in line. */
  queuePosition: z.number().int().min(1).optional(),
  /** While waiting: a rough wait estimate in seconds. */
  estimateSec: z.number().int().min(0).optional(),
  /** While waiting: false when no agent is online (offer to leave a message). */
  agentsOnline: z.boolean().optional(),
  /** When closed: whether the visitor has already rated it. */
  rated: z.boolean().optional(),
});
/** An agent is typing (shown for a few seconds). */
export const VisitorTypingFrame = z.object({ type: z.literal('typing'), name: z.string().nullable() });
/** The agent has read every message up to seq. */
export const VisitorReadFrame = z.object({ type: z.literal('read'), seq: z.number().int().min(0) });
/** A leave_message was stored as a ticket. */
export const TicketSavedFrame = z.object({ type: z.literal('ticket_saved'), ticketId: z.string() });
/** A `feedback` vote was stored (the vote now held for that message). */
export const FeedbackSavedFrame = z.object({ type: z.literal('feedback_saved'), messageId: z.string(), helpful: z.boolean() });

export const VisitorServerFrame = z.discriminatedUnion('type', [
  VisitorWelcome,
  MessageFrame,
  AckFrame,
  StateFrame,
  VisitorTypingFrame,
  VisitorReadFrame,
  TicketSavedFrame,
  FeedbackSavedFrame,
  ErrorFrame,
  ReconnectFrame,
  PongFrame,
]);
export type VisitorServerFrame = z.infer<typeof VisitorServerFrame>;
