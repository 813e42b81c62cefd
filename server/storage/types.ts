import type { BotMeta, ChatMessage, ConversationStatus, AuthorKind } from '../../protocol/index.ts';
import type { AgentStore, HandoffStore } from './agent-types.ts';
import type { AuditStore } from './audit-types.ts';
import type { IdentityStore } from './identity-types.ts';
import type { FaqStore } from './faq-types.ts';
import type { ConversationLogStore } from './log-types.ts';
import type { WebhookStore } from './webhook-types.ts';
import type { EmailStore } from './email-types.ts';
import type { JobStore } from './job-types.ts';
import type { ReportStore } from './report-types.ts';
import type { SiteStore } from './site-types.ts';
import type { TicketStore } from './ticket-types.ts';
import type { TeamStore } from './team-types.ts';
import type { MentionStore } from './mention-types.ts';
import type { SecurityStore } from './security-types.ts';
import type { SearchStore } from './search-types.ts';
import type { AttachmentStore, MessageFile } from './attachment-types.ts';
import type { SetupStore } from './setup-types.ts';
import type { IdleStore } from './idle-types.ts';
import type { SnoozeStore } from './snooze-types.ts';

/** The storage port. The services speak only this; SQLite (and later PostgreSQL) implement it. */
export interface Visitor {
  id: string;
  locale: string;
  createdAt: number;
  /** The wallet user this visitor is bound to by a signed identity, else null (anonymous). */
  userId: string | null;
}

/** A language chosen by the site (the host page's `setLocale`, an app's bridge): over a person's choice only when the host says so. */
export type SiteChoice = { override: boolean };

export interface Conversation {
  id: string;
  visitorId: string;
  status: ConversationStatus;
  /** The widget's UI language when the conversation began. */
  locale: string;
  /** The language the visitor writes in, as their messages tell it (see written-language.ts); null until one does. */
  writtenLocale: string | null;
  /**
   * The language the bot and the widget speak when it is not the widget's own (see botLanguage): the written one when
   * the widget speaks it, or the visitor's choice; null while it is the widget's.
   */
  botLocale: string | null;
  /** The visitor chose botLocale (the widget's "switch back"), or the site (a host's setLocale) or an agent set it for them: what they write no longer moves it. */
  botLocaleChosen: boolean;
  /** The agent who set botLocale for the visitor (its id), else null (the visitor's own choice or the site's, or followed). */
  botLocaleSetBy: string | null;
  /** The site chose botLocale (the host page's setLocale, an app's bridge), not the visitor nor an agent. */
  botLocaleBySite: boolean;
  lastSeq: number;
  createdAt: number;
  updatedAt: number;
  /** The agent who owns it (status assigned), else null. */
  agentId: string | null;
  /** When it entered the queue (status waiting), else null. */
  waitingSince: number | null;
  /** The visitor's context: the host page (from hello.page: origin + path, and its title) and the browser's user agent. */
  pageUrl: string | null;
  pageTitle: string | null;
  userAgent: string | null;
  /** Counts status changes (each transition adds one): a newer state of the conversation has a higher version. */
  stateVersion: number;
  /** The site the visitor came from (its id in the sites' settings), else null. */
  site: string | null;
  /** The team whose queue it belongs to, else null (everyone's). */
  teamId: string | null;
  /** Snoozed by its holder until then (Unix ms; assigned only), else null. */
  snoozedUntil: number | null;
}

/** Where the visitor chats from, as the hello frame and the socket's request tell it (all visitor-controlled). */
export interface VisitorContext {
  pageUrl: string | null;
  pageTitle: string | null;
  userAgent: string | null;
  site: string | null;
}

export interface NewMessage {
  conversationId: string;
  author: AuthorKind;
  authorName: string | null;
  text: string;
  /** Idempotency key from the sender; null for server-made messages (bot, system). */
  clientId: string | null;
  bot: BotMeta | null;
  /** Files sent with it (already in the blob store and the attachments table). */
  attachments?: MessageFile[];
  /** A bot reply: the id of the visitor message it answers. At most one reply per message is ever stored. */
  replyTo?: string;
  /** What must hold for the conversation, checked in the same transaction as the store; else `refused`. */
  guard?: AppendGuard;
}

export type AppendGuard =
  /** A visitor's message: a closed conversation takes no more. */
  | { kind: 'not_closed' }
  /** A bot answer: only while the bot owns the conversation. */
  | { kind: 'bot_owns' }
  /** The bot's "connecting you with a person": only while the chat still waits (not once an agent claimed it). */
  | { kind: 'waiting' }
  /** An agent's reply: only from the agent it is assigned to. */
  | { kind: 'owned_by'; agentId: string };

export type AppendResult =
  /** `botDue`: a visitor message stored while the bot owns the conversation (it owes an answer). */
  | { kind: 'stored'; message: ChatMessage; botDue: boolean }
  /** The same clientId with the same text was stored before: nothing new was written. */
  | { kind: 'duplicate'; message: ChatMessage }
  /** The same clientId with a different text. */
  | { kind: 'conflict'; message: ChatMessage }
  /** The guard did not hold: nothing was stored; the conversation as it is. */
  | { kind: 'refused'; conversation: Conversation };

export interface StoredByClientId {
  message: ChatMessage;
  /** Stored while the bot owned the conversation and not yet answered or settled (see listBotDue). */
  botDue: boolean;
}

export interface ResumedVisitor {
  visitor: Visitor;
  open: Conversation | null;
  hasClosed: boolean;
}

export interface Storage extends AgentStore, HandoffStore, IdentityStore, FaqStore, AuditStore, ConversationLogStore, WebhookStore, EmailStore, ReportStore, SiteStore, JobStore, TicketStore, TeamStore, SecurityStore, SearchStore, AttachmentStore, SetupStore, IdleStore, SnoozeStore, MentionStore {
  createVisitor(tokenHash: string, locale: string): Promise<Visitor>;
  findVisitorByTokenHash(tokenHash: string): Promise<Visitor | null>;
  /**
   * The visitor behind a token hash (as `findVisitorByTokenHash`) with what their hello needs, read together: their
   * open conversation (null: none) and whether any of theirs is closed (the history a fresh view shows).
   */
  resumeVisitor(tokenHash: string): Promise<ResumedVisitor | null>;
  /** The visitor's newest conversation that is not closed, or a new one in status `bot`. */
  openConversation(visitorId: string, locale: string): Promise<Conversation>;
  getConversation(id: string): Promise<Conversation | null>;
  setConversationStatus(id: string, status: ConversationStatus): Promise<Conversation>;
  /**
   * The visitor writes in `locale` now: stored unless it is already the conversation's written language. Returns the
   * conversation when this call changed it (its inbox row must say so), else null (unchanged, or no such conversation).
   */
  noteWrittenLocale(id: string, locale: string): Promise<Conversation | null>;
  /**
   * The bot and the widget speak `locale` now: the visitor's choice (`chosen`; an agent's for them when `setBy` names the
   * agent, the site's when `site` is given), or the language they write in, which is stored only when it changes what is
   * spoken and no choice was made. A site's choice does not replace the visitor's own or an agent's for them unless
   * `site.override`. A choice is kept with the visitor too, with who made it. Returns the conversation when this call
   * changed it, else null.
   */
  setBotLocale(id: string, locale: string, chosen: boolean, setBy?: string | null, site?: SiteChoice): Promise<Conversation | null>;
  /** Store with the conversation's next seq, atomically; idempotent on (conversationId, clientId). */
  appendMessage(message: NewMessage): Promise<AppendResult>;
  /**
   * The message stored in this conversation under this client id (a sender's resend finds it), and whether the bot
   * still owes it an answer; null when there is none.
   */
  messageByClientId(conversationId: string, clientId: string): Promise<StoredByClientId | null>;
  /** Messages with seq > afterSeq, in seq order, at most `limit`. */
  listMessages(conversationId: string, afterSeq: number, limit: number): Promise<ChatMessage[]>;
  /**
   * Visitor messages the bot still owes an answer (stored while the bot owned the conversation, no reply
   * yet), of every conversation, in seq order within each. A reply (`replyTo`) or `clearBotDue` settles one.
   */
  listBotDue(): Promise<ChatMessage[]>;
  /** The bot will not answer this message (a person owns the conversation now). */
  clearBotDue(messageId: string): Promise<void>;
  /**
   * Take the bot's turns on a conversation's owed messages for `leaseMs`: one conditional update, so of callers
   * racing (two tabs, a resend, the cluster's sweep) exactly one gets each message; it gets them in seq order with
   * the conversation as it is now (the turn needs its status and locale; one round trip for all). Null when no
   * owed message was free. A turn that dies without settling a message leaves it owed again once its lease has run out.
   */
  claimBotTurns(conversationId: string, leaseMs: number): Promise<{ conversation: Conversation; messages: ChatMessage[] } | null>;
  /**
   * Drop every claim on an owed answer; how many there were. For a node alone on its storage (SQLite) as it
   * starts: a claim found then was its earlier process's, which died before answering.
   */
  releaseBotClaims(): Promise<number>;
  /** Cheap liveness probe. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
