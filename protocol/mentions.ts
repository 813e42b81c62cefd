import { z } from 'zod';
import { personal, safe } from './data-class.ts';
import { Id } from './common.ts';
import { MAX_MENTIONS } from './mention-limit.ts';

export { MAX_MENTIONS };

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
  /** Who the conversation is with, as the inbox names them: the signed-in visitor's name (masked like the inbox's), else their code ("Visitor 7F3A"). */
  visitorName: personal(z.string()).nullable(),
  visitorCode: safe(z.string()),
});
export type Mention = z.infer<typeof Mention>;

/** The unread mentions (what `POST /api/v1/mentions/:noteId/read` answers with, the ones left): how many, and the conversations they are in (the tab title counts each conversation once). */
export const MentionsUnread = z.object({ unread: z.number().int().min(0), unreadIn: z.array(safe(z.string())) });
export type MentionsUnread = z.infer<typeof MentionsUnread>;

/** `GET /api/v1/mentions?before=`: `before` is the `next` of the page shown (the note id of its oldest mention). */
export const MentionListQuery = z.strictObject({ before: Id.optional() });

/** A page of the agent's mentions, newest first; `next` fetches the older ones (null: none older); how many are unread. */
export const MentionList = z.object({ mentions: z.array(Mention), next: safe(z.string()).nullable(), unread: z.number().int().min(0) });
export type MentionList = z.infer<typeof MentionList>;
export const MentionParams = z.strictObject({ noteId: Id });
