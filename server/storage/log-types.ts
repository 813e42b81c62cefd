import type { ConversationLogEvent, ConversationLogType, LogActor, LogReason } from '../../protocol/index.ts';

/**
 * What a state change says about itself in the conversation event log (protocol/conversation-log.ts).
 * The previous and the new owner come from the change itself.
 */
export interface TransitionLog {
  type: Extract<ConversationLogType, 'queued' | 'cancelled' | 'claimed' | 'transferred' | 'released' | 'closed'>;
  actor: LogActor;
  /** The agent who acted (null for the visitor, the bot and routing). */
  agentId: string | null;
  /** With `queued`: why; with a system `closed` or `cancelled`: `idle` or `abandoned`. */
  reason?: LogReason;
}

export interface LogQuery {
  /** Unix ms, inclusive. */
  from: number;
  /** Unix ms, exclusive. */
  to: number;
  /** Only these types (all when absent or empty). */
  types?: readonly ConversationLogType[];
  limit: number;
}

/** The conversation event log. The writes happen inside the state changes (transition, rating, ticket). */
export interface ConversationLogStore {
  /** One conversation's events, oldest first. */
  listConversationEvents(conversationId: string): Promise<ConversationLogEvent[]>;
  /** Events of all conversations in a time window, oldest first, at most `limit`. */
  queryConversationEvents(query: LogQuery): Promise<ConversationLogEvent[]>;
}
