import { z } from 'zod';
import { personal, safe } from './data-class.ts';
import { ATTACHMENT_TYPES } from './attachment-types.ts';

export * from './attachment-types.ts';

/**
 * One file in a message. `url` (and `thumbUrl` for an image) are short-lived signed links, bound to the
 * conversation: fetched again with the message when they have expired. Only the conversation's visitor and
 * its agents are given them.
 */
export const Attachment = z.object({
  id: safe(z.string()),
  /** The visitor's file name (it may hold a name or a number): masked for agents like their text. */
  name: personal(z.string()),
  type: z.enum(ATTACHMENT_TYPES),
  size: z.number().int().nonnegative(),
  url: safe(z.string()),
  thumbUrl: safe(z.string()).optional(),
});
export type Attachment = z.infer<typeof Attachment>;
