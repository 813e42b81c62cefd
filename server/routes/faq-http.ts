import { FaqAnswerRequest, FaqAnswerResponse } from '../../protocol/index.ts';
import type { FaqSource } from '../services/conversations.ts';
import type { Api } from './schema-first.ts';

/** The public answer API, for the wallet's own apps and for evaluation. */
export function registerFaqRoutes(app: Api, faq: FaqSource): void {
  app.post('/api/v1/faq/answer', { schema: { body: FaqAnswerRequest, response: { 200: FaqAnswerResponse } } }, async (request) => {
    const { text, locale } = request.body;
    const result = faq.current().answer(text, locale ? { uiLocale: locale } : {});
    return {
      kind: result.kind,
      faqId: result.faqId,
      confidence: result.confidence,
      locale: result.locale,
      answer: result.answer,
      suggestions: result.suggestions,
      ...(result.secondIntent && { secondIntent: result.secondIntent }),
    };
  });
}
