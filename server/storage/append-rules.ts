import { ConversationStatus, type ChatMessage } from '../../protocol/index.ts';
import type { MessageRow } from './rows.ts';
import type { AppendGuard, AppendResult, Conversation, NewMessage } from './types.ts';

/**
 * What `appendMessage` decides, the same for every adapter; each adapter only reads the rows (inside the
 * transaction that holds the conversation) and writes what these rules say. PostgreSQL's one-statement append
 * (`kefu_append`, postgres-migrations.ts) gets the guard and the owed answer as data (`guardAdmits`, `owedWhile`).
 */

/** The answer when this message was stored before: by its client id, or (a bot reply) by the message it answers. */
export function earlierOutcome(m: NewMessage, byClientId: ChatMessage | null, byReplyTo: ChatMessage | null): AppendResult | null {
  if (m.clientId !== null && byClientId) return { kind: byClientId.text === m.text ? 'duplicate' : 'conflict', message: byClientId };
  if (m.replyTo !== undefined && byReplyTo) return { kind: 'duplicate', message: byReplyTo };
  return null;
}

/** What a guard lets through: a conversation in one of `statuses` and, when `agentId` is set, held by that agent. */
export function guardAdmits(guard: AppendGuard): { statuses: ConversationStatus[]; agentId: string | null } {
  switch (guard.kind) {
    case 'not_closed':
      return { statuses: ConversationStatus.options.filter((s) => s !== 'closed'), agentId: null };
    case 'bot_owns':
      return { statuses: ['bot'], agentId: null };
    case 'waiting':
      return { statuses: ['waiting'], agentId: null };
    case 'owned_by':
      return { statuses: ['assigned'], agentId: guard.agentId };
  }
}

export function guardHolds(guard: AppendGuard, c: Pick<Conversation, 'status' | 'agentId'>): boolean {
  const admits = guardAdmits(guard);
  return admits.statuses.includes(c.status) && (admits.agentId === null || c.agentId === admits.agentId);
}

/** The status in which storing this message makes the bot owe an answer: a visitor's text (a file alone asks nothing), while the bot owns the chat. */
export const owedWhile = (m: Pick<NewMessage, 'author' | 'text'>): ConversationStatus | null => (m.author === 'visitor' && m.text.trim() !== '' ? 'bot' : null);

/** The bot owes an answer to this message stored in a conversation of this status. */
export const owesBot = (m: Pick<NewMessage, 'author' | 'text'>, status: Conversation['status']): boolean => owedWhile(m) === status;

/** The message's files as its `attachments` column holds them. */
export const filesColumn = (m: Pick<NewMessage, 'attachments'>): string | null => (m.attachments?.length ? JSON.stringify(m.attachments) : null);

/** The row an append writes (without reply_to, bot_due and the search copy), as stored: the stored message is read from it, not back from the database. */
export const messageRow = (m: NewMessage, id: string, seq: number, now: number): MessageRow => ({
  id,
  conversation_id: m.conversationId,
  seq,
  author: m.author,
  author_name: m.authorName,
  text: m.text,
  client_id: m.clientId,
  bot: m.bot === null ? null : JSON.stringify(m.bot),
  created_at: now,
  attachments: filesColumn(m),
});
