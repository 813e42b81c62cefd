import type { BotMeta, ChatMessage, ConversationStatus, AuthorKind } from '../../protocol/index.ts';
import type { AgentStore, HandoffStore } from './agent-types.ts';

/** The storage port. The services speak only this; SQLite (and later PostgreSQL) implement it. */
export interface Visitor {
  id: string;
  locale: string;
  createdAt: number;
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
}

export interface NewMessage {
  conversationId: string;
  author: AuthorKind;
  authorName: string | null;
  text: string;
  /** Idempotency key from the sender; null for server-made messages (bot, system). */
  clientId: string | null;
  bot: BotMeta | null;
}

export type AppendResult =
  | { kind: 'stored'; message: ChatMessage }
  /** The same clientId with the same text was stored before: nothing new was written. */
  | { kind: 'duplicate'; message: ChatMessage }
  /** The same clientId with a different text. */
  | { kind: 'conflict'; message: ChatMessage };

export interface Storage extends AgentStore, HandoffStore {
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
  /** Cheap liveness probe. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
