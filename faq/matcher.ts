import { confidence } from './confidence.ts';
import { normalizeText } from './normalize.ts';
import { buildScorer, DEFAULT_SCORER_OPTIONS, type LabelledDoc, type ScorerOptions, type Scores } from './scorer.ts';
import { foldSynonyms } from './synonyms.ts';
import { tokenize } from './tokenize.ts';
import type { FaqPack } from './types.ts';

/** The ranking half of the engine: a pack's alternates indexed, a question ranked against them. */
export interface Ranked {
  /** Index into pack.entries. */
  index: number;
  confidence: number;
}

export interface Match {
  ranked: Ranked[];
  /** The pack locale of the alternate that matched the top entry best, or null when nothing matched. */
  nearestLocale: string | null;
}

export interface Matcher {
  /** Entries best first (up to `limit`), or null when the text has no features at all. */
  match(text: string, locale: string | null, limit: number): Match | null;
}

export function featuresOf(text: string, locale: string | null): string[] {
  return tokenize(foldSynonyms(normalizeText(text), locale));
}

/** Entries best first with their calibrated confidence (margin: over the best other entry). */
function rank(scores: Scores, limit: number): Ranked[] {
  const order = Array.from(scores.combined.keys())
    .sort((a, b) => scores.combined[b]! - scores.combined[a]!)
    .slice(0, Math.max(limit, 2));
  const [first, second] = order;
  return order.slice(0, limit).map((index) => {
    const other = index === first ? second : first;
    const margin = other === undefined ? scores.combined[index]! : scores.combined[index]! - scores.combined[other]!;
    return {
      index,
      confidence: confidence({ probability: scores.probability[index]!, nearest: scores.nearest[index]!, margin }),
    };
  });
}

export function createMatcher(pack: FaqPack, options: ScorerOptions = DEFAULT_SCORER_OPTIONS): Matcher {
  const docs: LabelledDoc[] = [];
  const docLocales: string[] = [];
  pack.entries.forEach((entry, label) => {
    for (const locale of pack.locales) {
      const content = entry.locales[locale]!;
      for (const text of [content.question, ...content.alternates]) {
        docs.push({ label, features: featuresOf(text, locale) });
        docLocales.push(locale);
      }
    }
  });
  const scorer = buildScorer(docs, pack.entries.length, options);
  return {
    match(text, locale, limit) {
      const features = featuresOf(text, locale);
      if (features.length === 0) return null;
      const scores = scorer.score(features);
      const ranked = rank(scores, limit);
      const doc = scores.nearestDoc[ranked[0]!.index]!;
      return { ranked, nearestLocale: doc >= 0 ? docLocales[doc]! : null };
    },
  };
}
