import { maskCardNumbers, type BotMeta, type CardMaskStyle } from '../../protocol/index.ts';
import { normalizeText } from '../../faq/normalize.ts';
import type { FaqEngine, FaqResult } from '../../faq/types.ts';
import type { FaqStore } from '../storage/faq-types.ts';
import type { WebhookPayloads } from './webhook-payloads.ts';
import { replaceEmails } from './personal-data.ts';

/** How many distinct unanswered questions are kept (the least asked go first). */
const UNANSWERED_CAP = 10_000;
/** A run of 6+ digits, possibly grouped by spaces, dots, dashes or brackets, with an optional +: phones, ids, accounts. */
const LONG_NUMBER = /\+?\(?\d(?:[\s().-]{0,2}\d){5,}/g;

/**
 * The question as the unanswered list keeps it: card numbers masked as in messages, then e-mail
 * addresses and any long digit run (phone, account, order or id number) replaced by a placeholder, so
 * the same question with different numbers counts as one. Full-width digits are folded first.
 */
export function maskForLearning(text: string, cardMask: CardMaskStyle): string {
  return replaceEmails(maskCardNumbers(text.normalize('NFKC'), cardMask), () => '[email]').replace(LONG_NUMBER, '[number]');
}

/**
 * The follow-up entries of an answer, as quick replies in the reply's language: first the second question of a
 * question that asked two things, then the entry's own follow-ups.
 */
export function followUpsOf(engine: FaqEngine, result: FaqResult): Pick<BotMeta, 'followUps'> {
  if (result.kind !== 'answer' || result.faqId === null) return {};
  const entry = engine.pack.entries.find((e) => e.id === result.faqId);
  const own = (entry?.followUps ?? []).filter((id) => id !== result.secondIntent?.faqId);
  const followUps = [
    ...(result.secondIntent ? [result.secondIntent] : []),
    ...own.flatMap((id) => {
      const next = engine.entry(id, result.locale);
      return next ? [{ faqId: id, question: next.question }] : [];
    }),
  ];
  return followUps.length > 0 ? { followUps } : {};
}

export interface FaqLearning {
  /** Count a question the bot answered with low confidence (`suggest`) or not at all (`none`); others are ignored. */
  noteMiss(text: string, result: FaqResult): Promise<void>;
}

export function createFaqLearning(deps: { store: FaqStore; cardMask: CardMaskStyle; events?: Pick<WebhookPayloads, 'unanswered'> }): FaqLearning {
  const { store, cardMask } = deps;
  return {
    async noteMiss(text, result) {
      if (result.kind !== 'suggest' && result.kind !== 'none') return;
      const masked = maskForLearning(text, cardMask).trim();
      const key = normalizeText(masked);
      if (!key) return;
      await store.noteUnanswered({ key, text: masked, kind: result.kind, locale: result.locale }, UNANSWERED_CAP);
      deps.events?.unanswered({ text: masked, kind: result.kind, locale: result.locale });
    },
  };
}
