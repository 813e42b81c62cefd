import { z } from 'zod';
import { personal, safe } from './data-class.ts';
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
export const UnansweredQuestion = safe(z.object({
  id: z.string(),
  /** What the visitor typed. */
  text: personal(z.string()),
  /** What the bot did the last time: offered suggestions, or had nothing. */
  kind: z.enum(['suggest', 'none']),
  /** The question's language as the bot understood it. */
  locale: z.string(),
  count: z.number().int().min(1),
  firstSeen: z.number().int(),
  lastSeen: z.number().int(),
}));
export type UnansweredQuestion = z.infer<typeof UnansweredQuestion>;

/** GET /api/v1/admin/faq/unanswered — most asked first, each with the bot's three best guesses now; `total`: how many there are in all. */
export const UnansweredList = safe(z.object({
  questions: z.array(UnansweredQuestion.extend({ guesses: z.array(z.object({ faqId: z.string(), question: z.string() })) })),
  total: z.number().int(),
}));
export type UnansweredList = z.infer<typeof UnansweredList>;

/** Helpfulness votes on the bot's replies, per entry (`faqId` null: replies that named no entry). */
export const FaqFeedbackCount = safe(z.object({ faqId: z.string().nullable(), helpful: z.number().int().min(0), notHelpful: z.number().int().min(0) }));
export type FaqFeedbackCount = z.infer<typeof FaqFeedbackCount>;

/** GET /api/v1/admin/faq/feedback — most "not helpful" first. */
export const FaqFeedbackSummary = z.object({ entries: z.array(FaqFeedbackCount) });
export type FaqFeedbackSummary = z.infer<typeof FaqFeedbackSummary>;

/** One entry in the list: its id, tags, follow-ups and canonical question per locale. */
export const FaqEntrySummary = safe(z.object({
  id: z.string(),
  tags: z.array(z.string()),
  followUps: z.array(z.string()),
  questions: z.record(z.string(), z.string()),
}));
export type FaqEntrySummary = z.infer<typeof FaqEntrySummary>;

/** GET /api/v1/admin/faq/entries */
export const FaqEntryList = z.object({
  /** "stored": edited through this API (kept in the database); "shipped": the pack files. */
  source: z.enum(['stored', 'shipped']),
  entries: z.array(FaqEntrySummary),
});
export type FaqEntryList = z.infer<typeof FaqEntryList>;

/** One FAQ entry as stored (validated in full by the FAQ engine's pack schema on the way in). */
export const FaqEntryDoc = safe(z.object({
  id: z.string(),
  tags: z.array(z.string()),
  followUps: z.array(z.string()),
  locales: z.record(z.string(), z.object({ question: z.string(), alternates: z.array(z.string()), answer: z.string() })),
}));
export const FaqEntryResponse = z.object({ entry: FaqEntryDoc });
/** GET /api/v1/admin/faq/pack: the whole pack. */
export const FaqPackDoc = safe(z.object({
  id: z.string(),
  name: z.string(),
  defaultLocale: z.string(),
  locales: z.array(z.string()),
  /** Absent: the engine fits them to the pack when it builds it. */
  thresholds: z.object({ answer: z.number(), suggest: z.number() }).optional(),
  entries: z.array(FaqEntryDoc),
}));
/** PUT /api/v1/admin/faq/pack */
export const FaqPackImported = z.object({ source: z.enum(['stored', 'shipped']), entries: z.number().int() });
/** POST/PUT bodies of entries and packs: any JSON object, checked in full (every problem named) by the pack schema. */
export const FaqDocumentBody = z.record(z.string(), z.unknown());

/** What an edit of the FAQ did. `alternate`: a missed question approved as an alternate; `revert`: an earlier edit undone. */
export const FaqEditAction = z.enum(['create', 'update', 'delete', 'alternate', 'import', 'revert']);
export type FaqEditAction = z.infer<typeof FaqEditAction>;

/**
 * One edit in the FAQ's history: who, when, and the entry before and after (null: it did not exist). An
 * import names no entry (`entryId` null, both sides null); reverting it restores the whole pack before it.
 */
export const FaqEdit = safe(z.object({
  id: z.string(),
  at: z.number().int(),
  agentId: z.string().nullable(),
  agentName: z.string().nullable(),
  action: FaqEditAction,
  entryId: z.string().nullable(),
  before: FaqEntryDoc.nullable(),
  after: FaqEntryDoc.nullable(),
  /** With `revert`: the edit it undid. */
  revertOf: z.string().nullable(),
}));
export type FaqEdit = z.infer<typeof FaqEdit>;

/** GET /api/v1/admin/faq/history[?entry=&limit=] — newest first. */
export const FaqHistoryQuery = z.strictObject({ entry: FaqEntryId.optional(), limit: z.coerce.number().int().min(1).max(500).default(100) });
export const FaqHistory = z.object({ edits: z.array(FaqEdit) });
export type FaqHistory = z.infer<typeof FaqHistory>;

/** What the bot would answer: the result, and its three best guesses (best first). */
export const FaqTryResult = safe(z.object({
  kind: z.enum(['answer', 'suggest', 'handoff', 'smalltalk', 'none']),
  faqId: z.string().nullable(),
  confidence: z.number(),
  locale: z.string(),
  answer: z.string().nullable(),
  top: z.array(z.object({ faqId: z.string(), question: z.string() })),
}));
export type FaqTryResult = z.infer<typeof FaqTryResult>;

/**
 * POST /api/v1/admin/faq/try — what the bot answers `text` now, and with `draft` (an unsaved entry, new or
 * changed, in the pack file format) in place. A draft that does not validate gets 400 naming its field.
 */
export const FaqTryRequest = z.strictObject({
  text: z.string().trim().min(1).max(2000),
  locale: LocaleTag.optional(),
  draft: z.record(z.string(), z.unknown()).optional(),
});
export type FaqTryRequest = z.infer<typeof FaqTryRequest>;
/** `notTried`: the pack's languages the draft left empty, so not tried with it (blank is fine for a try, not for Save). */
export const FaqTryResponse = z.object({ current: FaqTryResult, draft: FaqTryResult.nullable(), notTried: z.array(safe(z.string())) });
export type FaqTryResponse = z.infer<typeof FaqTryResponse>;
