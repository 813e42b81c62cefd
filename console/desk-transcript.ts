import type { ChatMessage, Note } from '../protocol/index.ts';
import { withoutFile } from '../ui/message-files.ts';
import type { DeskPatch, DeskState } from './desk-state.ts';

/**
 * A message added to its transcript: null for one held already (a replay overlapping what is held), `gap` for one past
 * the next seq (never show a partial transcript: a new socket's hello replays from the last seq held).
 */
export function withMessage(s: DeskState, message: ChatMessage): DeskPatch | 'gap' | null {
  const list = s.messages[message.conversationId] ?? [];
  const last = list.at(-1)?.seq ?? 0;
  if (message.seq <= last) return null;
  if (message.seq > last + 1) return 'gap';
  return { messages: { ...s.messages, [message.conversationId]: [...list, message] } };
}

/** A note added to its conversation's, once (null: held already). */
export function withNote(s: DeskState, note: Note): DeskPatch | null {
  const list = s.notes[note.conversationId] ?? [];
  if (list.some((n) => n.id === note.id)) return null;
  return { notes: { ...s.notes, [note.conversationId]: [...list, note] } };
}

/** A deleted file gone from its message (null: not held). */
export function withoutMessageFile(s: DeskState, conversationId: string, messageId: string, attachmentId: string): DeskPatch | null {
  const next = withoutFile(s.messages[conversationId] ?? [], messageId, attachmentId);
  return next ? { messages: { ...s.messages, [conversationId]: next } } : null;
}

/** The highest seq held in a conversation's transcript (0: none), where a replay starts from. */
export const lastSeqHeld = (s: DeskState, conversationId: string): number => s.messages[conversationId]?.at(-1)?.seq ?? 0;
