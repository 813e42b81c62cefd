import { z } from 'zod';
import { ClientId, ConversationStatus, ChatMessage, Id, LocaleTag, MessageText } from './common.ts';
import { ErrorFrame, PingFrame, PongFrame, ReconnectFrame } from './shared-frames.ts';
import { CONTACT_KINDS, contactProblem, guessContactKind } from './contact.ts';
import { Channels, Reach } from './sites.ts';
import { REOPEN_CODE } from './reopen-code.ts';

/** Frames the widget sends on /ws/visitor. The first must be `hello`. */
export const VisitorHello = z.strictObject({
  type: z.literal('hello'),
  v: z.literal(1),
  /** The visitor token from an earlier `welcome`; absent for a new visitor. Sent in a frame, never in a URL. */
  token: z.string().min(20).max(200).optional(),
  /** A signed identity from the wallet's backend (`payload.signature`, see the README); ignored unless valid. */
  identity: z.string().min(10).max(2048).optional(),
  /**
   * The code of an e-mail's "continue the conversation" link (`/chat?reopen=…`), exchanged once for that
   * visitor's session on this device: single use, short-lived (see the README, "E-mail to visitors").
   */
  reopen: z.string().regex(REOPEN_CODE).optional(),
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
/** The server's reason for a refused contact (the widget shows its own, in the visitor's language). */
const CONTACT_PROBLEMS = {
  empty: 'how can we reach you? Give an e-mail address, a phone number or another contact',
  email: 'an e-mail address like name@example.com',
  phone: 'a phone number: 5–20 digits, with an optional leading + and spaces',
  wechat: 'a WeChat id: 6–20 letters, digits, _ or -, starting with a letter',
  line: 'a LINE id: 4–20 letters, digits, . _ or -',
  other: '3–200 characters',
} as const;
/**
 * Nobody can answer now (away, or nobody online): leave a message and a way to be reached; it becomes a ticket,
 * and a conversation waiting in the queue leaves it. `contactKind` says how to read `contact` (absent: guessed).
 */
export const VisitorLeaveMessage = z
  .strictObject({
    type: z.literal('leave_message'),
    contactKind: z.enum(CONTACT_KINDS).optional(),
    contact: z.string().trim().max(200),
    text: MessageText,
  })
  .superRefine((f, ctx) => {
    const problem = contactProblem(f.contactKind ?? guessContactKind(f.contact), f.contact);
    if (problem) ctx.addIssue({ code: 'custom', path: ['contact'], message: CONTACT_PROBLEMS[problem] });
  });
/** After close: 1–5 and an optional comment. */
export const VisitorRate = z.strictObject({ type: z.literal('rate'), score: z.number().int().min(1).max(5), comment: z.string().max(1000).optional() });
export const VisitorTyping = z.strictObject({ type: z.literal('typing') });
/** The visitor has seen every message up to seq. */
export const VisitorRead = z.strictObject({ type: z.literal('read'), seq: z.number().int().min(0) });
/** "Was this helpful?" on a bot message of this visitor's conversations; one vote per message, changeable. */
export const VisitorFeedback = z.strictObject({ type: z.literal('feedback'), messageId: Id, helpful: z.boolean() });

/** After close: e-mail me the transcript, to the address I left (a ticket's, or my signed identity's); once per conversation. */
export const VisitorEmailTranscript = z.strictObject({ type: z.literal('email_transcript') });
/**
 * The visitor (the widget's "switch back"), or the site for them (`by: 'site'`: the host's `setLocale` or an app's
 * bridge changing the language), chooses the language the widget and the bot speak in this conversation: one the widget
 * ships (else refused), kept over the language they write. The site's does not replace the visitor's own choice or an
 * agent's for them unless the host says so (`override`, the site's only).
 */
export const VisitorChooseLanguage = z.strictObject({
  type: z.literal('language'),
  locale: LocaleTag,
  by: z.enum(['visitor', 'site']).optional(),
  override: z.literal(true).optional(),
});

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
  VisitorEmailTranscript,
  VisitorChooseLanguage,
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
  /**
   * With a `reopen` code in the hello: `ok`, this is now that e-mail's visitor (with a token for this device);
   * `invalid`, the link was used, expired or unknown; `sign_in`, it belongs to a signed-in wallet user, whose
   * chats open only with their signature (in the app). Otherwise the visitor is whoever the token says.
   */
  reopen: z.enum(['ok', 'invalid', 'sign_in']).optional(),
  /** The site's other channels (phones, e-mail, social accounts, help centre), when it has any. */
  channels: Channels.optional(),
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
  /** While waiting (and someone can answer): the wait estimated from measured times; absent until measured. */
  estimateSec: z.number().int().min(0).optional(),
  /** While waiting: false when no agent can answer now (offer to leave a message). Agrees with `reach`. */
  agentsOnline: z.boolean().optional(),
  /**
   * Whether a person can answer now (every status but closed): online with the measured typical reply time, or
   * away until a time. While away there is no queue place: the widget offers the ticket and the other channels.
   */
  reach: Reach.optional(),
  /** When closed: whether the visitor has already rated it. */
  rated: z.boolean().optional(),
  /** The same agent under a new name (they renamed themselves, or an admin did): not another agent joining. */
  renamed: z.literal(true).optional(),
});
/** An agent is typing (shown for a few seconds). */
export const VisitorTypingFrame = z.object({ type: z.literal('typing'), name: z.string().nullable() });
/** The agent has read every message up to seq. */
export const VisitorReadFrame = z.object({ type: z.literal('read'), seq: z.number().int().min(0) });
/** A leave_message was stored as a ticket: what was stored (masked), and when a reply can be expected. */
export const TicketSavedFrame = z.object({
  type: z.literal('ticket_saved'),
  ticketId: z.string(),
  contactKind: z.enum(CONTACT_KINDS),
  contact: z.string(),
  text: z.string(),
  /** The next opening when the site is closed now (a reply comes after it); null: as soon as someone is free. */
  replyAfter: z.number().int().nullable(),
});
/** A `feedback` vote was stored (the vote now held for that message). */
export const FeedbackSavedFrame = z.object({ type: z.literal('feedback_saved'), messageId: z.string(), helpful: z.boolean() });

/**
 * After a welcome that starts a fresh view: the visitor's earlier (closed) conversations, oldest first, each
 * with its last messages, shown above a "new conversation" divider so nothing said before vanishes.
 */
export const HistoryFrame = z.object({
  type: z.literal('history'),
  conversations: z.array(z.object({ id: z.string(), closedAt: z.number().int(), messages: z.array(ChatMessage) })),
});
/**
 * The language the bot speaks to this visitor now, when it is not the widget's own (after welcome) or changes: the
 * language they write in (a UI language), or the one they chose (`chosen`). The widget's own words follow it.
 * `byAgent` (only when true): an agent chose it for them; the widget offers the way back to its own language, as after
 * a language it followed.
 */
export const VisitorLanguageFrame = z.object({ type: z.literal('language'), locale: z.string(), chosen: z.boolean(), byAgent: z.literal(true).optional() });
/** An `email_transcript` was queued; `to` is the address, masked. */
export const TranscriptQueuedFrame = z.object({ type: z.literal('transcript_queued'), to: z.string() });
/** An agent deleted this file: take it out of the message (its links no longer open). */
export const VisitorAttachmentRemoved = z.object({ type: z.literal('attachment_removed'), messageId: z.string(), attachmentId: z.string() });

export const VisitorServerFrame = z.discriminatedUnion('type', [
  VisitorWelcome,
  HistoryFrame,
  MessageFrame,
  AckFrame,
  StateFrame,
  VisitorTypingFrame,
  VisitorReadFrame,
  TicketSavedFrame,
  FeedbackSavedFrame,
  TranscriptQueuedFrame,
  VisitorAttachmentRemoved,
  VisitorLanguageFrame,
  ErrorFrame,
  ReconnectFrame,
  PongFrame,
]);
export type VisitorServerFrame = z.infer<typeof VisitorServerFrame>;
