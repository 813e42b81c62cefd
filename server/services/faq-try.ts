import type { FaqTryResult } from '../../protocol/index.ts';
import { createFaqEngine, parseFaqPack, type FaqEngine } from '../../faq/index.ts';

/** What the bot answers `text` with this engine, and its three best guesses (best first, in the reply's language). */
export function tryAnswer(engine: FaqEngine, text: string, uiLocale?: string): FaqTryResult {
  const result = engine.answer(text, uiLocale === undefined ? {} : { uiLocale });
  const ids = [...(result.faqId ? [result.faqId] : []), ...result.suggestions.map((s) => s.faqId)];
  const top = [...new Set(ids)].slice(0, 3).flatMap((faqId) => {
    const entry = engine.entry(faqId, result.locale);
    return entry ? [{ faqId, question: entry.question }] : [];
  });
  return { kind: result.kind, faqId: result.faqId, confidence: result.confidence, locale: result.locale, answer: result.answer, top };
}

/**
 * An engine over the live pack with `draft` (an unsaved entry in the pack file format) in place of the entry
 * with its id, or added. Throws FaqPackError naming the draft's field ("body: locales.ja.alternates: …").
 * Trained from scratch, never cached: the live model's saved weights stay the live pack's.
 */
export function draftEngine(live: FaqEngine, draft: Record<string, unknown>): FaqEngine {
  const { entries, ...meta } = live.pack;
  const at = entries.findIndex((e) => e.id === draft.id);
  const next: unknown[] = at < 0 ? [...entries, draft] : entries.map((e, i) => (i === at ? draft : e));
  const edited = at < 0 ? entries.length : at;
  const entrySources = next.map((e, i) => (i === edited ? 'body' : `entry "${String((e as { id?: unknown }).id)}"`));
  return createFaqEngine(parseFaqPack({ ...meta, entries: next }, 'pack', { entrySources }));
}
