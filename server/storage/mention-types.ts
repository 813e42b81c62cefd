import type { Mention } from '../../protocol/index.ts';
import { visitorCode } from './visitor-code.ts';

/** Who a note mentions: one row per person per note, kept until the conversation (and so the note) is deleted. */
export interface MentionStore {
  /** Mention these agents in a stored note; returns the mentions made now, each with whom it is to (one the note has already is left out). */
  addMentions(noteId: string, agentIds: readonly string[]): Promise<{ to: string; mention: Mention }[]>;
  /** The agent's mentions, newest first; `before`: only those older than their mention in that note (null: it names none of theirs). */
  listMentions(agentId: string, limit: number, before?: string): Promise<Mention[] | null>;
  unreadMentions(agentId: string): Promise<number>;
  /** The conversations the agent's unread mentions are in, each once. */
  unreadMentionConversations(agentId: string): Promise<string[]>;
  /** Mark one read (the first opening's time is kept); false when the note does not mention them. */
  markMentionRead(agentId: string, noteId: string): Promise<boolean>;
}

export interface MentionRow {
  note_id: string;
  conversation_id: string;
  by_agent_id: string | null;
  by_name: string;
  text: string;
  created_at: number | string;
  read_at: number | string | null;
  visitor_id: string;
  visitor_name: string | null;
}

/** The note's first line that is not blank, as the list shows it. */
export const firstLine = (text: string): string => text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';

export const toMention = (r: MentionRow): Mention => ({
  noteId: r.note_id,
  conversationId: r.conversation_id,
  byAgentId: r.by_agent_id,
  byName: r.by_name,
  firstLine: firstLine(r.text),
  createdAt: Number(r.created_at),
  readAt: r.read_at === null ? null : Number(r.read_at),
  visitorName: r.visitor_name,
  visitorCode: visitorCode(r.visitor_id),
});

/** One mention with its note's conversation, author and text, and the conversation's visitor (named as a ticket's: only when signed in). */
export const MENTION_SELECT = `SELECT m.note_id, m.agent_id, n.conversation_id, n.agent_id AS by_agent_id, n.agent_name AS by_name, n.text, m.created_at, m.read_at,
  c.visitor_id, CASE WHEN v.user_id IS NOT NULL THEN v.name END AS visitor_name
  FROM mentions m JOIN notes n ON n.id = m.note_id JOIN conversations c ON c.id = n.conversation_id LEFT JOIN visitors v ON v.id = c.visitor_id`;
