import type { BotMeta, ChatMessage, ConversationStatus, AuthorKind } from '../../protocol/index.ts';
import type { AgentStore, HandoffStore } from './agent-types.ts';
import type { AuditStore } from './audit-types.ts';
import type { IdentityStore } from './identity-types.ts';
import type { FaqStore } from './faq-types.ts';
import type { ConversationLogStore } from './log-types.ts';
import type { WebhookStore } from './webhook-types.ts';
import type { EmailStore } from './email-types.ts';
import type { ReportStore } from './report-types.ts';
import type { SiteStore } from './site-types.ts';

/** The storage port. The services speak only this; SQLite (and later PostgreSQL) implement it. */
export interface Visitor {
  id: string;
  locale: string;
  createdAt: number;
  /** The wallet user this visitor is bound to by a signed identity, else null (anonymous). */
  userId: string | null;
}

export interface Conversation {
  id: string;
  visitorId: string;
  status: ConversationStatus;
  locale: string;
  lastSeq: number;
  createdAt: number;
  updatedAt: number;
  /** The agent who owns it (status assigned), else null. */
  agentId: string | null;
  /** When it entered the queue (status waiting), else null. */
  waitingSince: number | null;
  /** The visitor's context: the host page (from hello.page) and the browser's user agent. */
  pageUrl: string | null;
  userAgent: string | null;
  /** Counts status changes (each transition adds one): a newer state of the conversation has a higher version. */
  stateVersion: number;
  /** The site the visitor came from (its id in the sites' settings), else null. */
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

export interface Storage extends AgentStore, HandoffStore, IdentityStore, FaqStore, AuditStore, ConversationLogStore, WebhookStore, EmailStore, ReportStore, SiteStore {
  createVisitor(tokenHash: string, locale: string): Promise<Visitor>;
  findVisitorByTokenHash(tokenHash: string): Promise<Visitor | null>;
  /** The visitor's newest conversation that is not closed, or a new one in status `bot`. */
  openConversation(visitorId: string, locale: string): Promise<Conversation>;
  getConversation(id: string): Promise<Conversation | null>;
  setConversationStatus(id: string, status: ConversationStatus): Promise<Conversation>;
  /** Store with the conversation's next seq, atomically; idempotent on (conversationId, clientId). */
  appendMessage(message: NewMessage): Promise<AppendResult>;
  /** Messages with seq > afterSeq, in seq order, at most `limit`. */
  listMessages(conversationId: string, afterSeq: number, limit: number): Promise<ChatMessage[]>;
  /**
   * Visitor messages the bot still owes an answer (stored while the bot owned the conversation, no reply
   * yet), in seq order; of one conversation, or of all. A reply (`replyTo`) or `clearBotDue` settles one.
   */
  listBotDue(conversationId?: string): Promise<ChatMessage[]>;
  /** The bot will not answer this message (a person owns the conversation now). */
  clearBotDue(messageId: string): Promise<void>;
  /** Cheap liveness probe. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
