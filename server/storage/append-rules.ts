import type { ChatMessage } from '../../protocol/index.ts';
import type { AppendGuard, AppendResult, Conversation, NewMessage } from './types.ts';

/**
 * What `appendMessage` decides, the same for every adapter; each adapter only reads the rows (inside the
 * transaction that holds the conversation) and writes what these rules say.
 */

/** The answer when this message was stored before: by its client id, or (a bot reply) by the message it answers. */
export function earlierOutcome(m: NewMessage, byClientId: ChatMessage | null, byReplyTo: ChatMessage | null): AppendResult | null {
  if (m.clientId !== null && byClientId) return { kind: byClientId.text === m.text ? 'duplicate' : 'conflict', message: byClientId };
  if (m.replyTo !== undefined && byReplyTo) return { kind: 'duplicate', message: byReplyTo };
  return null;
}

export function guardHolds(guard: AppendGuard, c: Pick<Conversation, 'status' | 'agentId'>): boolean {
  switch (guard.kind) {
    case 'not_closed':
      return c.status !== 'closed';
    case 'bot_owns':
      return c.status === 'bot';
    case 'waiting':
      return c.status === 'waiting';
    case 'owned_by':
      return c.status === 'assigned' && c.agentId === guard.agentId;
  }
}

/** The bot owes an answer to a visitor's text stored while it owns the conversation (a file alone asks nothing). */
export const owesBot = (m: Pick<NewMessage, 'author' | 'text'>, status: Conversation['status']): boolean =>
  m.author === 'visitor' && status === 'bot' && m.text.trim() !== '';

/** The message's files as its `attachments` column holds them. */
export const filesColumn = (m: Pick<NewMessage, 'attachments'>): string | null => (m.attachments?.length ? JSON.stringify(m.attachments) : null);
