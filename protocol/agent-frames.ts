import { z } from 'zod';
import { safe } from './data-class.ts';
import { ChatMessage, ClientId, Id, MessageText } from './common.ts';
import { AgentInfo, ConversationSummary, Note, Presence } from './agent-rest.ts';
import { Ticket } from './tickets.ts';
import { Mention, MentionIds, MentionsUnread } from './mentions.ts';
import { AgentSnoozeEndedFrame } from './snooze.ts';
import { ErrorFrame, PingFrame, PongFrame, ReconnectFrame } from './shared-frames.ts';

/**
 * Frames on /ws/agent. The socket is authenticated by the session cookie on the upgrade request.
 * The first client frame is `hello`; it lists the conversations the console had open with the last seq
 * it holds, and the server replays what arrived meanwhile, then sends `synced` for each.
 */
const Watch = z.strictObject({ conversationId: Id, lastSeq: z.number().int().min(0) });

export const AgentHello = z.strictObject({ type: z.literal('hello'), v: z.literal(1), watch: z.array(Watch).max(200).default([]) });
/** Start receiving a conversation's messages (after lastSeq); answered by replay, then `synced`. */
export const AgentWatch = z.strictObject({ type: z.literal('watch'), ...Watch.shape });
export const AgentUnwatch = z.strictObject({ type: z.literal('unwatch'), conversationId: Id });
export const AgentSend = z.strictObject({ type: z.literal('send'), conversationId: Id, clientId: ClientId, text: MessageText });
/** An internal note: stored and shown to agents, never to the visitor. */
export const AgentNote = z.strictObject({ type: z.literal('note'), conversationId: Id, clientId: ClientId, text: MessageText, mentions: MentionIds.optional() });
export const AgentTyping = z.strictObject({ type: z.literal('typing'), conversationId: Id });
export const AgentRead = z.strictObject({ type: z.literal('read'), conversationId: Id, seq: z.number().int().min(0) });
/** Conversation actions; `ref` comes back in `done` or `error` so the caller can match the answer. */
const Action = { conversationId: Id, ref: ClientId.optional() };
export const AgentClaim = z.strictObject({ type: z.literal('claim'), ...Action });
export const AgentRelease = z.strictObject({ type: z.literal('release'), ...Action });
export const AgentClose = z.strictObject({ type: z.literal('close'), ...Action });
export const AgentTransfer = z.strictObject({ type: z.literal('transfer'), ...Action, agentId: Id });
export const AgentSetPresence = z.strictObject({ type: z.literal('presence'), status: Presence.exclude(['offline']) });
/**
 * The conversation this console shows now (null: none), and whether its composer has text being typed
 * (`replying`: sent again at most every few seconds while keys are pressed; it lapses on the server without them;
 * `note`: what is typed is an internal note, not a reply to the visitor). A console in a hidden tab shows none.
 * The conversation must be watched on this socket. The other consoles showing it hear `here`; visitors never do.
 */
export const AgentViewing = z.strictObject({ type: z.literal('viewing'), conversationId: Id.nullable(), replying: z.boolean().optional(), note: z.boolean().optional() });

export const AgentClientFrame = z.discriminatedUnion('type', [
  AgentHello,
  AgentWatch,
  AgentUnwatch,
  AgentSend,
  AgentNote,
  AgentTyping,
  AgentRead,
  AgentClaim,
  AgentRelease,
  AgentClose,
  AgentTransfer,
  AgentSetPresence,
  AgentViewing,
  PingFrame,
]);
export type AgentClientFrame = z.infer<typeof AgentClientFrame>;

export const AgentWelcome = z.object({
  type: z.literal('welcome'),
  v: z.literal(1),
  agent: AgentInfo,
  conversations: z.array(ConversationSummary),
  agents: z.array(AgentInfo),
  tickets: z.array(Ticket),
  /** How many notes mention this agent that they have not opened (stored: counted at every sign-in). */
  mentionsUnread: z.number().int().min(0),
  /** The conversations those mentions are in (the tab title counts each conversation once). */
  mentionsUnreadIn: z.array(safe(z.string())),
});
/** A conversation was created or changed (status, owner, rating): replace the console's copy. */
export const AgentConversationFrame = z.object({ type: z.literal('conversation'), conversation: ConversationSummary });
/**
 * Inbox rows move on with each person's message, in every console (the chats it does not follow too): each
 * conversation's last message, its visitor's count and its last seq and time, as its summary has them. Sent
 * coalesced (one frame for the messages of a moment); a console keeps the copy with the highest lastSeq.
 */
export const AgentPreviewsFrame = z.object({
  type: z.literal('previews'),
  previews: z.array(ConversationSummary.pick({ id: true, lastSeq: true, updatedAt: true, preview: true, visitorMessages: true })),
});
export const AgentMessageFrame = z.object({ type: z.literal('message'), message: ChatMessage });
export const AgentNoteFrame = z.object({ type: z.literal('note'), note: Note });
/** A note mentions this agent (to their consoles only, on every node); `unread`, `unreadIn`: their unread ones with it. */
export const AgentMentionFrame = z.object({ type: z.literal('mention'), mention: Mention, ...MentionsUnread.shape });
/** The agent opened a mention (in any of their consoles): the unread ones left. */
export const AgentMentionsReadFrame = safe(z.object({ type: z.literal('mentions_read'), ...MentionsUnread.shape }));
export const AgentSynced = safe(z.object({ type: z.literal('synced'), conversationId: z.string(), lastSeq: z.number().int().min(0) }));
export const AgentAck = safe(z.object({ type: z.literal('ack'), clientId: z.string(), id: z.string(), seq: z.number().int().min(0) }));
export const AgentDone = safe(z.object({ type: z.literal('done'), ref: z.string() }));
export const AgentVisitorTyping = safe(z.object({ type: z.literal('typing'), conversationId: z.string() }));
/** The visitor has seen everything up to seq. */
export const AgentVisitorRead = safe(z.object({ type: z.literal('read'), conversationId: z.string(), seq: z.number().int() }));
export const AgentsFrame = z.object({ type: z.literal('agents'), agents: z.array(AgentInfo) });
export const AgentTicketFrame = z.object({ type: z.literal('ticket'), ticket: Ticket });
/** A visitor's data was erased: drop these conversations (and their tickets) from the console. */
export const AgentErasedFrame = safe(z.object({ type: z.literal('erased'), conversationIds: z.array(z.string()) }));
/** An admin edited the labels or the teams (names, members, topics): read GET /api/v1/labels and /api/v1/teams again. */
export const AgentTeamsChangedFrame = z.object({ type: z.literal('teams_changed') });
/**
 * An admin added, edited or removed a webhook endpoint, or (`deliveries`) a delivery was attempted: an open Webhooks
 * page reads GET /api/v1/admin/webhooks and its open delivery logs again.
 */
export const AgentWebhooksChangedFrame = z.object({ type: z.literal('webhooks_changed'), deliveries: z.literal(true).optional() });
/** A conversation's e-mails changed state out of the agents' sight (a bounce came back): read them again. */
export const AgentEmailsChangedFrame = safe(z.object({ type: z.literal('emails_changed'), conversationId: z.string() }));
/** A file of a watched conversation was deleted (by any agent, on any node): take it out of the message. */
export const AgentAttachmentRemoved = safe(z.object({ type: z.literal('attachment_removed'), conversationId: z.string(), messageId: z.string(), attachmentId: z.string() }));
/**
 * One person who has a conversation open in a console (once, however many tabs), and whether they are typing in it
 * (`replying`); `note`: what they type is an internal note (a reply typed in another tab wins).
 */
export const HerePerson = safe(z.object({ agentId: z.string(), name: z.string(), replying: z.boolean(), note: z.boolean().optional() }));
export type HerePerson = z.infer<typeof HerePerson>;
/**
 * Who has this conversation open now, on every node (the receiving console is among them: it leaves itself out).
 * Sent to the consoles that show it, whenever that changes, and once when a console starts showing it.
 */
export const AgentHereFrame = safe(z.object({ type: z.literal('here'), conversationId: z.string(), people: z.array(HerePerson) }));

export const AgentServerFrame = z.discriminatedUnion('type', [
  AgentWelcome,
  AgentConversationFrame,
  AgentPreviewsFrame,
  AgentMessageFrame,
  AgentNoteFrame,
  AgentMentionFrame,
  AgentMentionsReadFrame,
  AgentSynced,
  AgentAck,
  AgentDone,
  AgentVisitorTyping,
  AgentVisitorRead,
  AgentsFrame,
  AgentTicketFrame,
  AgentErasedFrame,
  AgentTeamsChangedFrame,
  AgentWebhooksChangedFrame,
  AgentEmailsChangedFrame,
  AgentAttachmentRemoved,
  AgentHereFrame,
  AgentSnoozeEndedFrame,
  ErrorFrame,
  ReconnectFrame,
  PongFrame,
]);
export type AgentServerFrame = z.infer<typeof AgentServerFrame>;
