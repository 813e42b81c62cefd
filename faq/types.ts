/**
 * The FAQ engine's contract. `faq/` is pure: a validated pack goes in, ranked results come out.
 * No sockets, no HTTP, no file system in the engine (loading files is the server's job).
 */
import type { FaqModel } from './model.ts';

/** One language of one entry. */
export interface FaqEntryLocale {
  /** The canonical question, shown as a suggestion / quick reply. */
  question: string;
  /** Other ways users ask it: colloquial, typos, short forms (at least 8). */
  alternates: string[];
  /** Plain text plus a tiny markdown subset: **bold**, "- " lists, [text](https://…) links. */
  answer: string;
}

export interface FaqEntry {
  /** Stable id, kebab-case ("password-reset"). */
  id: string;
  tags: string[];
  /** Entries to offer after this answer. */
  followUps: string[];
  /** Locale tag → content. Every entry of a pack has every locale of the pack. */
  locales: Record<string, FaqEntryLocale>;
}

export interface FaqPack {
  id: string;
  name: string;
  defaultLocale: string;
  locales: string[];
  /**
   * Confidence at or above `answer` answers; at or above `suggest` offers the top 3; below is `none`. Leave it out:
   * the engine fits both to the pack when it builds it (faq/thresholds.ts); given, they are used as they are.
   */
  thresholds?: { answer: number; suggest: number };
  entries: FaqEntry[];
}

/**
 * answer: an entry's answer; suggest: the closest entries; handoff: the visitor asked for a person; smalltalk: a
 * greeting, thanks, goodbye, "are you a bot?" or "ok", with the short reply as `answer`; none: nothing fits (also
 * every question in a language the pack lacks, with `locale` that language).
 */
export type FaqResultKind = 'answer' | 'suggest' | 'handoff' | 'smalltalk' | 'none';

export interface FaqResult {
  kind: FaqResultKind;
  /** The answered entry (kind "answer"), else null. */
  faqId: string | null;
  /** Calibrated, 0..1. */
  confidence: number;
  /**
   * The language of the reply: the question's language when the pack has it. For handoff, smalltalk and none it may
   * be any of the 12 UI languages (the bot's own sentences exist in all of them), else it is a pack locale.
   */
  locale: string;
  /** The answer text for kind "answer" (the reply for "smalltalk"), else null. */
  answer: string | null;
  /** Closest entries, best first (up to 3), in the reply locale. */
  suggestions: { faqId: string; question: string }[];
  /** Kind "answer" to a question that asked two things: the entry its second part asks for, offered as a follow-up. */
  secondIntent?: { faqId: string; question: string };
}

export interface AnswerOptions {
  /** The visitor's UI locale: used for the reply when the question's own language is not in the pack. */
  uiLocale?: string;
}

export interface FaqEngine {
  answer(text: string, options?: AnswerOptions): FaqResult;
  /** The entry's text in a locale (falls back to the pack default), for follow-ups and suggestion clicks. */
  entry(id: string, locale: string): (FaqEntryLocale & { id: string; locale: string }) | null;
  readonly pack: FaqPack;
  /** The thresholds in use: the pack's own when it has them, else fitted to it when it was built. */
  readonly thresholds: { answer: number; suggest: number; answerByLocale?: Record<string, number> };
  /** The trained classifier (exportModel turns it into bytes). */
  readonly model: FaqModel;
  /** "given": the `model` passed to createFaqEngine fitted the pack and was used; "trained": trained by this build. */
  readonly modelSource: 'trained' | 'given';
}
