import type { BotMeta, ChatMessage, ConversationStatus, AuthorKind } from '../../protocol/index.ts';

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

export interface Storage {
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
