import { z } from 'zod';
import { ConversationSummary } from './agent-rest.ts';
import { ChatMessage } from './common.ts';

/**
 * `GET /api/v1/search?q=…`: conversations from all history whose messages, visitor name or user id (and,
 * for a role that may reveal contact details, e-mail or phone) hold every word of `q`. Folded like the FAQ
 * engine (Traditional = Simplified, full width = half width, case), matched by characters, so two Chinese
 * characters from the middle of a message find it. Newest first, one result per conversation, masked like
 * every other list.
 */
export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1, 'type something to search for').max(200),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchResult = z.object({
  conversation: ConversationSummary,
  /** What matched: a message (given), the visitor's name or user id, or their e-mail or phone. */
  field: z.enum(['message', 'visitor', 'contact']),
  message: ChatMessage.nullable(),
  /** Where the words occur in `message.text` (UTF-16 offsets [start, end), sorted), to mark them. */
  highlight: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])),
  /** When: the matching message's time, else the conversation's last update. */
  at: z.number().int(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const SearchResponse = z.object({
  results: z.array(SearchResult),
  /** Whether e-mail and phone were searched too (the caller's role may see contact details). */
  contactSearched: z.boolean(),
});
export type SearchResponse = z.infer<typeof SearchResponse>;
