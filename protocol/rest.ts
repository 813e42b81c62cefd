import { z } from 'zod';
import { safe } from './data-class.ts';
import { ERROR_CODES, REFUSAL_REASONS } from './errors.ts';
import { LocaleTag, Suggestion } from './common.ts';

/** Every REST error has this body. */
export const ErrorBody = safe(z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    /** Why a conversation action was refused (the message says it in English). */
    reason: z.enum(REFUSAL_REASONS).optional(),
    path: z.string().optional(),
    retryAfter: z.number().optional(),
    /** Every field a refused document got wrong (FAQ entries and packs), each with its dotted path: a form shows each at its field. */
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
}));
export type ErrorBody = z.infer<typeof ErrorBody>;

/** POST /api/v1/faq/answer */
export const FaqAnswerRequest = z.strictObject({
  text: z.string().min(1).max(2000),
  /** The visitor's UI language: a hint for the reply language, not an override of the question's. */
  locale: LocaleTag.optional(),
});
export type FaqAnswerRequest = z.infer<typeof FaqAnswerRequest>;

export const FaqAnswerResponse = safe(z.object({
  kind: z.enum(['answer', 'suggest', 'handoff', 'smalltalk', 'none']),
  faqId: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  locale: z.string(),
  answer: z.string().nullable(),
  suggestions: z.array(Suggestion),
  /** An answer to a question that asked two things: the entry of its second question. */
  secondIntent: Suggestion.optional(),
}));
export type FaqAnswerResponse = z.infer<typeof FaqAnswerResponse>;

/** The body of an action that takes none (claim, close, logout…): absent (Fastify says null), or `{}`. */
export const NoBody = z.strictObject({}).nullish();
