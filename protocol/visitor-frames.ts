import { z } from 'zod';
import { ClientId, ConversationStatus, ChatMessage, Id, LocaleTag, MessageText } from './common.ts';
import { ErrorFrame, PingFrame, PongFrame, ReconnectFrame } from './shared-frames.ts';

/** Frames the widget sends on /ws/visitor. The first must be `hello`. */
export const VisitorHello = z.strictObject({
  type: z.literal('hello'),
  v: z.literal(1),
  /** The visitor token from an earlier `welcome`; absent for a new visitor. Sent in a frame, never in a URL. */
  token: z.string().min(20).max(200).optional(),
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

export const VisitorClientFrame = z.discriminatedUnion('type', [VisitorHello, VisitorSend, VisitorHandoff, PingFrame]);
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
});

export const VisitorServerFrame = z.discriminatedUnion('type', [
  VisitorWelcome,
  MessageFrame,
  AckFrame,
  StateFrame,
  ErrorFrame,
  ReconnectFrame,
  PongFrame,
]);
export type VisitorServerFrame = z.infer<typeof VisitorServerFrame>;
