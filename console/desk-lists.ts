import type { AgentServerFrame, ConversationSummary, Ticket } from '../protocol/index.ts';
import type { DeskPatch, DeskState } from './desk-state.ts';

type RowPreview = Pick<ConversationSummary, 'lastSeq' | 'updatedAt' | 'preview' | 'visitorMessages'>;
type Frame<T extends AgentServerFrame['type']> = Extract<AgentServerFrame, { type: T }>;

/** A conversation with the newer of two previews of its last message (by seq: frames from several nodes may cross). */
function newestPreview(c: ConversationSummary, other: RowPreview): ConversationSummary {
  if (other.lastSeq <= c.lastSeq) return c;
  return { ...c, lastSeq: other.lastSeq, updatedAt: Math.max(c.updatedAt, other.updatedAt), preview: other.preview, visitorMessages: other.visitorMessages };
}

/** A summary from the server as the list keeps it: one read before a message whose preview came already keeps that preview. */
export function arrivedSummary(s: DeskState, frame: Frame<'conversation'>): ConversationSummary {
  const before = s.conversations[frame.conversation.id];
  return before ? newestPreview(frame.conversation, before) : frame.conversation;
}

/** The rows' previews, each kept only where it is newer than the row's. */
export function withPreviews(s: DeskState, frame: Frame<'previews'>): DeskPatch {
  const conversations = { ...s.conversations };
  for (const p of frame.previews) {
    const c = conversations[p.id];
    if (c) conversations[p.id] = newestPreview(c, p);
  }
  return { conversations };
}

/** Conversations found elsewhere (a search, a visitor's earlier ones) added to the lists; the copies held already win. */
export function withKnown(s: DeskState, found: ConversationSummary[]): DeskPatch {
  return { conversations: { ...Object.fromEntries(found.map((c) => [c.id, c])), ...s.conversations } };
}

/** A new ticket first, or a change to one (status, assignee) in its place. */
export function withTicket(tickets: Ticket[], ticket: Ticket): Ticket[] {
  return tickets.some((t) => t.id === ticket.id) ? tickets.map((t) => (t.id === ticket.id ? ticket : t)) : [ticket, ...tickets];
}

/** Erased conversations gone from every list: rows, transcripts, notes, tickets. */
export function withoutErased(s: DeskState, gone: Set<string>): DeskPatch {
  const keep = <T>(map: Record<string, T>) => Object.fromEntries(Object.entries(map).filter(([id]) => !gone.has(id)));
  return {
    conversations: keep(s.conversations),
    messages: keep(s.messages),
    notes: keep(s.notes),
    synced: keep(s.synced),
    tickets: s.tickets.filter((t) => !gone.has(t.conversationId)),
  };
}
