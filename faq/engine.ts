import { isHandoffRequest } from './handoff.ts';
import { detectLanguage, type LanguageGuess } from './language.ts';
import { matchLocale } from '../protocol/locale.ts';
import { createMatcher, type Match } from './matcher.ts';
import { encodeModel, type FaqModel } from './model.ts';
import { normalizeText } from './normalize.ts';
import { parseFaqPack } from './pack-schema.ts';
import type { ScorerOptions } from './scorer.ts';
import type { AnswerOptions, FaqEngine, FaqPack, FaqResult } from './types.ts';

const SUGGESTIONS = 3;
/** Languages told apart by script alone; a Latin-script guess without evidence may take the pack's word. */
const SCRIPT_LOCALES = new Set(['zh-CN', 'zh-TW', 'ja', 'ko', 'ru', 'th', 'ar']);

/** A Latin-script question without stopwords ("refund?") is in the language of the alternate it matched. */
function questionLocale(guess: LanguageGuess, match: Match | null): string | null {
  if (guess.confident || match?.nearestLocale == null || SCRIPT_LOCALES.has(match.nearestLocale)) return guess.locale;
  return match.nearestLocale;
}

function result(partial: Partial<FaqResult> & Pick<FaqResult, 'kind' | 'locale'>): FaqResult {
  return { faqId: null, confidence: 0, answer: null, suggestions: [], ...partial };
}

export interface EngineOptions {
  scorer?: ScorerOptions;
  /**
   * A classifier saved with exportModel() and read with readModel(): used instead of training when it was trained
   * on exactly this pack's questions with the same options and engine version, else ignored (the engine trains).
   */
  model?: FaqModel;
}

/**
 * Validates the pack, indexes it, and answers questions. Building is synchronous: ≈1 s for 10k alternates, most of
 * it training, which a fitting `model` skips.
 */
export function createFaqEngine(input: FaqPack, options: EngineOptions = {}): FaqEngine {
  const pack = parseFaqPack(input, `pack "${input.id}"`);
  const matcher = createMatcher(pack, options.scorer, options.model);
  const byId = new Map(pack.entries.map((e) => [e.id, e]));

  // The pack locale of a question language. The keys are a closed set (detectLanguage's locales and the pack's).
  const packLocales = new Map<string | null, string | null>();
  const replyLocale = (question: string | null, uiLocale: string | undefined): string => {
    let own = packLocales.get(question);
    if (own === undefined) packLocales.set(question, (own = matchLocale(question, pack.locales)));
    return own ?? matchLocale(uiLocale, pack.locales) ?? pack.defaultLocale;
  };

  const suggestion = (index: number, locale: string) => {
    const entry = pack.entries[index]!;
    return { faqId: entry.id, question: entry.locales[locale]!.question };
  };

  return {
    pack,
    model: matcher.model,
    modelSource: matcher.trained ? 'trained' : 'given',
    answer(text: string, answerOptions: AnswerOptions = {}): FaqResult {
      const guess = detectLanguage(text);
      const normalized = normalizeText(text);
      if (isHandoffRequest(text, normalized)) {
        return result({ kind: 'handoff', confidence: 1, locale: replyLocale(guess.locale, answerOptions.uiLocale) });
      }
      const match = matcher.match(text, guess.locale, SUGGESTIONS, normalized);
      const locale = replyLocale(questionLocale(guess, match), answerOptions.uiLocale);
      const best = match?.ranked[0];
      const { thresholds } = pack;
      if (!match || !best || best.confidence < thresholds.suggest) {
        return result({ kind: 'none', confidence: best?.confidence ?? 0, locale });
      }
      if (best.confidence < thresholds.answer) {
        return result({ kind: 'suggest', confidence: best.confidence, locale, suggestions: match.ranked.map((r) => suggestion(r.index, locale)) });
      }
      const entry = pack.entries[best.index]!;
      return result({
        kind: 'answer',
        faqId: entry.id,
        confidence: best.confidence,
        locale,
        answer: entry.locales[locale]!.answer,
        suggestions: match.ranked
          .slice(1)
          .filter((r) => r.confidence >= thresholds.suggest)
          .map((r) => suggestion(r.index, locale)),
      });
    },
    entry(id, locale) {
      const entry = byId.get(id);
      if (!entry) return null;
      const resolved = matchLocale(locale, pack.locales) ?? pack.defaultLocale;
      return { ...entry.locales[resolved]!, id, locale: resolved };
    },
  };
}

/** The engine's trained classifier as bytes (read them back with readModel, pass them to createFaqEngine). */
export const exportModel = (engine: FaqEngine): Uint8Array => encodeModel(engine.model);
