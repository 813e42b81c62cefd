import type { FastifyInstance } from 'fastify';
import { FaqAnswerRequest, type FaqAnswerResponse } from '../../protocol/index.ts';
import type { FaqSource } from '../services/conversations.ts';
import { parseBody } from './http-errors.ts';

/** The public answer API, for the wallet's own apps and for evaluation. */
export function registerFaqRoutes(app: FastifyInstance, faq: FaqSource): void {
  app.post('/api/v1/faq/answer', async (request, reply) => {
    const body = parseBody(FaqAnswerRequest, request.body, reply);
    if (!body) return reply;
    const result = faq.current().answer(body.text, body.locale ? { uiLocale: body.locale } : {});
    const response: FaqAnswerResponse = {
      kind: result.kind,
      faqId: result.faqId,
      confidence: result.confidence,
      locale: result.locale,
      answer: result.answer,
      suggestions: result.suggestions,
    };
    return response;
  });
}
