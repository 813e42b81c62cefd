import { z } from 'zod';
import { personal, safe } from './data-class.ts';
import { LIMITS } from './limits.ts';
import { Attachment } from './attachment-item.ts';

/** Locale tag as sent by a browser or an app ("zh-CN", "en", "pt-BR"); normalised server-side. */
export const LocaleTag = z.string().regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8}){0,3}$/, 'a BCP 47 tag like "zh-CN"');

export const MessageText = z
  .string()
  .max(LIMITS.messageText, `at most ${LIMITS.messageText} characters`)
  .refine((s) => s.trim().length > 0, 'must not be blank');

/** A client-chosen idempotency key for a message: 8–64 chars of [A-Za-z0-9_-]. */
export const ClientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8–64 characters of A–Z a–z 0–9 _ -');

export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id');

export const ConversationStatus = z.enum(['bot', 'waiting', 'assigned', 'closed']);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

export const AuthorKind = z.enum(['visitor', 'bot', 'agent', 'system']);
export type AuthorKind = z.infer<typeof AuthorKind>;

export const Suggestion = z.object({ faqId: z.string(), question: z.string() });
export type Suggestion = z.infer<typeof Suggestion>;

/** From the FAQ pack and the bot: no visitor text. */
export const BotMeta = safe(z.object({
  kind: z.enum(['answer', 'suggest', 'handoff', 'smalltalk', 'none']),
  faqId: z.string().nullable(),
  confidence: z.number(),
  locale: z.string(),
  suggestions: z.array(Suggestion),
  /** With an answer: the entry's follow-up questions, in the reply's language, to offer as quick replies. */
  followUps: z.array(Suggestion).optional(),
}));
export type BotMeta = z.infer<typeof BotMeta>;

export const ChatMessage = z.object({
  id: safe(z.string()),
  conversationId: safe(z.string()),
  seq: z.number().int().positive(),
  author: AuthorKind,
  authorName: personal(z.string()).nullable(),
  text: personal(z.string()),
  clientId: safe(z.string()).nullable(),
  createdAt: z.number().int(),
  bot: BotMeta.nullable(),
  /** Files sent with the message (its text is then often empty). */
  attachments: z.array(Attachment).optional(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;
