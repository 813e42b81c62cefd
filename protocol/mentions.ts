import { z } from 'zod';
import { personal, safe } from './data-class.ts';
import { Id } from './common.ts';

/** At most this many teammates in one note (one notification each). */
export const MAX_MENTIONS = 10;

/**
 * The teammates a note mentions, by agent id (never by the text's "@name", which anyone can type): each must be an
 * active agent of this install who may open the conversation. The console writes "@Name" into the text for people to
 * read; the ids decide who is told.
 */
export const MentionIds = z.array(Id).max(MAX_MENTIONS);

/** One mention of the signed-in agent: a note that named them, with who wrote it and its first line. */
export const Mention = z.object({
  noteId: safe(z.string()),
  conversationId: safe(z.string()),
  byAgentId: safe(z.string()).nullable(),
  byName: safe(z.string()),
  /** The note's first line, masked like the note (an agent's words, often quoting the visitor's contact). */
  firstLine: personal(z.string()),
  createdAt: z.number().int(),
  /** When they opened it (null: unread). */
  readAt: z.number().int().nullable(),
});
export type Mention = z.infer<typeof Mention>;

/** `GET /api/v1/mentions`: the agent's mentions, newest first, and how many are unread. */
export const MentionList = z.object({ mentions: z.array(Mention), unread: z.number().int().min(0) });
export type MentionList = z.infer<typeof MentionList>;
export const MentionParams = z.strictObject({ noteId: Id });
/** `POST /api/v1/mentions/:noteId/read` answers the unread count left. */
export const MentionUnread = z.object({ unread: z.number().int().min(0) });
