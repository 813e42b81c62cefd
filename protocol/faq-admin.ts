import { z } from 'zod';
import { LocaleTag } from './common.ts';

/**
 * The FAQ admin API (`/api/v1/admin/faq/*`) and the learning loop's bodies. Entries and packs themselves
 * are validated by the FAQ engine's own pack schema (faq/pack-schema.ts), which names the bad field.
 */

/** A kebab-case FAQ entry id, as a path parameter. */
export const FaqEntryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case entry id like "password-reset"').max(100);

/** POST /api/v1/admin/faq/unanswered/:id/approve — add the question as an alternate of this entry, in this locale. */
export const FaqApproveRequest = z.strictObject({ faqId: FaqEntryId, locale: LocaleTag });
export type FaqApproveRequest = z.infer<typeof FaqApproveRequest>;

/** A question the bot could not answer with confidence (masked), counted over every time it was asked. */
export const UnansweredQuestion = z.object({
  id: z.string(),
  text: z.string(),
  /** What the bot did the last time: offered suggestions, or had nothing. */
  kind: z.enum(['suggest', 'none']),
  /** The question's language as the bot understood it. */
  locale: z.string(),
  count: z.number().int().min(1),
  firstSeen: z.number().int(),
  lastSeen: z.number().int(),
});
export type UnansweredQuestion = z.infer<typeof UnansweredQuestion>;

/** GET /api/v1/admin/faq/unanswered — most asked first. */
export const UnansweredList = z.object({ questions: z.array(UnansweredQuestion) });
export type UnansweredList = z.infer<typeof UnansweredList>;

/** Helpfulness votes on the bot's replies, per entry (`faqId` null: replies that named no entry). */
export const FaqFeedbackCount = z.object({ faqId: z.string().nullable(), helpful: z.number().int().min(0), notHelpful: z.number().int().min(0) });
export type FaqFeedbackCount = z.infer<typeof FaqFeedbackCount>;

/** GET /api/v1/admin/faq/feedback — most "not helpful" first. */
export const FaqFeedbackSummary = z.object({ entries: z.array(FaqFeedbackCount) });
export type FaqFeedbackSummary = z.infer<typeof FaqFeedbackSummary>;

/** One entry in the list: its id, tags, follow-ups and canonical question per locale. */
export const FaqEntrySummary = z.object({
  id: z.string(),
  tags: z.array(z.string()),
  followUps: z.array(z.string()),
  questions: z.record(z.string(), z.string()),
});
export type FaqEntrySummary = z.infer<typeof FaqEntrySummary>;

/** GET /api/v1/admin/faq/entries */
export const FaqEntryList = z.object({
  /** "stored": edited through this API (kept in the database); "shipped": the pack files. */
  source: z.enum(['stored', 'shipped']),
  entries: z.array(FaqEntrySummary),
});
export type FaqEntryList = z.infer<typeof FaqEntryList>;

/** One FAQ entry as stored (validated in full by the FAQ engine's pack schema on the way in). */
export const FaqEntryDoc = z.object({
  id: z.string(),
  tags: z.array(z.string()),
  followUps: z.array(z.string()),
  locales: z.record(z.string(), z.object({ question: z.string(), alternates: z.array(z.string()), answer: z.string() })),
});
export const FaqEntryResponse = z.object({ entry: FaqEntryDoc });
/** GET /api/v1/admin/faq/pack: the whole pack. */
export const FaqPackDoc = z.object({
  id: z.string(),
  name: z.string(),
  defaultLocale: z.string(),
  locales: z.array(z.string()),
  thresholds: z.object({ answer: z.number(), suggest: z.number() }),
  entries: z.array(FaqEntryDoc),
});
/** PUT /api/v1/admin/faq/pack */
export const FaqPackImported = z.object({ source: z.enum(['stored', 'shipped']), entries: z.number().int() });
/** POST/PUT bodies of entries and packs: any JSON object, checked in full (every problem named) by the pack schema. */
export const FaqDocumentBody = z.record(z.string(), z.unknown());
