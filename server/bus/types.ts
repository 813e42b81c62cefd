import type { z } from 'zod';
import type { ChatMessage, ConversationStatus, StateFrame as StateFrameSchema } from '../../protocol/index.ts';

type StateFrame = z.infer<typeof StateFrameSchema>;

/** What happens in a conversation, after it is persisted. */
export type ConversationEvent =
  | { type: 'message'; message: ChatMessage }
  | ({ type: 'state'; conversationId: string; status: ConversationStatus; agentName: string | null } & StateExtras)
  /** Typing and read receipts: not persisted, delivered to the other side only. */
  | { type: 'typing'; conversationId: string; by: 'visitor' | 'agent'; name: string | null }
  | { type: 'read'; conversationId: string; by: 'visitor' | 'agent'; seq: number }
  /** The visitor's data was erased: their sockets close, the consoles drop the conversation. */
  | { type: 'erased'; conversationId: string };

/** The optional parts of the visitor's `state` frame (queue place, estimate, agents online, rated). */
export type StateExtras = Partial<Pick<StateFrame, 'queuePosition' | 'estimateSec' | 'agentsOnline' | 'rated'>>;

/** The bus port: in-process now; Redis pub/sub when there are several nodes. */
export interface Bus {
  publish(conversationId: string, event: ConversationEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(conversationId: string, listener: (event: ConversationEvent) => void): () => void;
  /** Resolves when the bus can carry events (for `GET /readyz`); rejects when it cannot. */
  ping(): Promise<void>;
}
