import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { FaqApproveRequest, FaqEntryId, type FaqEntryList, type FaqFeedbackSummary, type UnansweredList } from '../../protocol/index.ts';
import { FaqPackError, normalizeLocale } from '../../faq/index.ts';
import { FaqEditError, type FaqContent } from '../services/faq-admin.ts';
import type { FaqStore } from '../storage/faq-types.ts';
import { requireAdmin } from './auth-guards.ts';
import { errorBody, parseBody } from './http-errors.ts';

/** A whole pack can be far larger than a chat body (Banking77 as a pack is ≈1 MB). */
const PACK_BODY_LIMIT = 8 * 1024 * 1024;
const EntryParams = z.strictObject({ id: FaqEntryId });
const QuestionParams = z.strictObject({ id: z.uuid() });
const ListQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).default(100) });
/** An entry body for PUT: the path names the entry, so `id` may be left out (and must match when given). */
const EntryBody = z.looseObject({ id: z.unknown().optional() });

/** Run an edit; a refused one becomes its typed error reply (400 naming the field, 404, 409), anything else a 500. */
function edit<T>(reply: FastifyReply, run: () => Promise<T>): Promise<T | FastifyReply> {
  return run().catch((err: unknown) => {
    if (err instanceof FaqPackError) return reply.code(400).send(errorBody('bad_frame', err.message, err.issues[0]?.path));
    if (err instanceof FaqEditError) return reply.code(err.code === 'not_found' ? 404 : 409).send(errorBody(err.code, err.message));
    throw err;
  });
}

/**
 * `/api/v1/admin/faq/*`, admins only: the FAQ entries (list, get, create, update, delete), the whole pack
 * (export, import), and the learning loop (unanswered questions to approve or dismiss, helpfulness votes).
 * Every change is live for the next question.
 */
export function registerFaqAdminRoutes(app: FastifyInstance, deps: { faq: FaqContent; store: FaqStore }): void {
  const { faq, store } = deps;
  const entryOf = (id: string) => faq.current().pack.entries.find((e) => e.id === id);

  app.register(async (admin) => {
    admin.addHook('preHandler', requireAdmin);

    admin.get('/api/v1/admin/faq/entries', async () => {
      const list: FaqEntryList = {
        source: faq.source(),
        entries: faq.current().pack.entries.map((e) => ({
          id: e.id,
          tags: e.tags,
          followUps: e.followUps,
          questions: Object.fromEntries(Object.entries(e.locales).map(([locale, c]) => [locale, c.question])),
        })),
      };
      return list;
    });

    admin.get('/api/v1/admin/faq/entries/:id', async (request, reply) => {
      const params = parseBody(EntryParams, request.params, reply);
      if (!params) return reply;
      const entry = entryOf(params.id);
      return entry ? { entry } : reply.code(404).send(errorBody('not_found', `no FAQ entry "${params.id}"`));
    });

    admin.post('/api/v1/admin/faq/entries', async (request, reply) => {
      return edit(reply, async () => reply.code(201).send({ entry: await faq.createEntry(request.body) }));
    });

    admin.put('/api/v1/admin/faq/entries/:id', async (request, reply) => {
      const params = parseBody(EntryParams, request.params, reply);
      const body = params && parseBody(EntryBody, request.body, reply);
      if (!params || !body) return reply;
      if (body.id !== undefined && body.id !== params.id) {
        return reply.code(400).send(errorBody('bad_frame', `id: must equal the entry in the path ("${params.id}")`, 'id'));
      }
      return edit(reply, async () => ({ entry: await faq.updateEntry(params.id, { ...body, id: params.id }) }));
    });

    admin.delete('/api/v1/admin/faq/entries/:id', async (request, reply) => {
      const params = parseBody(EntryParams, request.params, reply);
      if (!params) return reply;
      return edit(reply, async () => {
        await faq.deleteEntry(params.id);
        return reply.code(204).send();
      });
    });

    admin.get('/api/v1/admin/faq/pack', async () => faq.current().pack);

    admin.put('/api/v1/admin/faq/pack', { bodyLimit: PACK_BODY_LIMIT }, async (request, reply) => {
      return edit(reply, async () => ({ source: faq.source(), entries: (await faq.replacePack(request.body)).entries.length }));
    });

    admin.get('/api/v1/admin/faq/unanswered', async (request, reply) => {
      const query = parseBody(ListQuery, request.query, reply);
      if (!query) return reply;
      const list: UnansweredList = { questions: await store.listUnanswered(query.limit) };
      return list;
    });

    admin.post('/api/v1/admin/faq/unanswered/:id/approve', async (request, reply) => {
      const params = parseBody(QuestionParams, request.params, reply);
      const body = params && parseBody(FaqApproveRequest, request.body, reply);
      if (!params || !body) return reply;
      const question = await store.getUnanswered(params.id);
      if (!question) return reply.code(404).send(errorBody('not_found', 'no such unanswered question'));
      return edit(reply, async () => {
        const entry = await faq.addAlternate(body.faqId, normalizeLocale(body.locale) ?? body.locale, question.text);
        await store.deleteUnanswered(params.id);
        return { entry };
      });
    });

    admin.delete('/api/v1/admin/faq/unanswered/:id', async (request, reply) => {
      const params = parseBody(QuestionParams, request.params, reply);
      if (!params) return reply;
      if (!(await store.deleteUnanswered(params.id))) return reply.code(404).send(errorBody('not_found', 'no such unanswered question'));
      return reply.code(204).send();
    });

    admin.get('/api/v1/admin/faq/feedback', async () => {
      const summary: FaqFeedbackSummary = { entries: await store.feedbackSummary() };
      return summary;
    });
  });
}
