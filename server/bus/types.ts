import type { ChatMessage, ConversationStatus } from '../../protocol/index.ts';

/** What happens in a conversation, after it is persisted. */
export type ConversationEvent =
  | { type: 'message'; message: ChatMessage }
  | { type: 'state'; conversationId: string; status: ConversationStatus; agentName: string | null };

/** The bus port: in-process now; Redis pub/sub when there are several nodes. */
export interface Bus {
  publish(conversationId: string, event: ConversationEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(conversationId: string, listener: (event: ConversationEvent) => void): () => void;
  /** Resolves when the bus can carry events (for `GET /readyz`); rejects when it cannot. */
  ping(): Promise<void>;
}
