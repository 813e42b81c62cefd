import { z } from 'zod';
import {
  FaqApproveRequest,
  NoBody,
  FaqDocumentBody,
  FaqEntryId,
  FaqEntryList,
  FaqEntryResponse,
  FaqFeedbackSummary,
  FaqHistory,
  FaqHistoryQuery,
  FaqPackDoc,
  FaqPackImported,
  FaqTryRequest,
  FaqTryResponse,
  UnansweredList,
} from '../../protocol/index.ts';
import { normalizeLocale } from '../../faq/index.ts';
import { KefuError } from '../errors.ts';
import type { FaqContent } from '../services/faq-admin.ts';
import type { FaqStore } from '../storage/faq-types.ts';
import type { FaqTrainer } from '../services/faq-draft-trainer.ts';
import { draftPack, tryAnswer } from '../services/faq-try.ts';
import { requireAdmin } from './auth-guards.ts';
import { NO_CONTENT, type Api } from './schema-first.ts';

/** A whole pack can be far larger than a chat body (Banking77 as a pack is ≈1 MB). */
const PACK_BODY_LIMIT = 8 * 1024 * 1024;
const EntryParams = z.strictObject({ id: FaqEntryId });
const QuestionParams = z.strictObject({ id: z.uuid() });
const EditParams = z.strictObject({ id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'an edit id') });
const ListQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).default(100) });

/**
 * `/api/v1/admin/faq/*`, admins only: the FAQ entries (list, get, create, update, delete), the whole pack
 * (export, import), the edit history (with revert), "try it" (with an unsaved draft), and the learning loop
 * (unanswered questions with the bot's guesses, to approve or dismiss; helpfulness votes). Every change is
 * live for the next question, and recorded with the admin who made it. Entries and packs are checked by the FAQ engine's pack schema,
 * which names every bad field (a FaqPackError: 400); not found is 404, an existing id 409.
 */
export function registerFaqAdminRoutes(app: Api, deps: { faq: FaqContent; store: FaqStore; drafts: FaqTrainer }): void {
  const { faq, store, drafts } = deps;
  const entryOf = (id: string) => faq.current().pack.entries.find((e) => e.id === id);

  app.register(async (admin: Api) => {
    admin.addHook('onRequest', requireAdmin);
    // A viewer reads the entries, the pack, their history and the votes (the FAQ editor, read-only); nothing else here.

    admin.get('/api/v1/admin/faq/entries', { config: { viewerMay: true }, schema: { response: { 200: FaqEntryList } } }, async () => ({
      source: faq.source(),
      entries: faq.current().pack.entries.map((e) => ({
        id: e.id,
        tags: e.tags,
        followUps: e.followUps,
        questions: Object.fromEntries(Object.entries(e.locales).map(([locale, c]) => [locale, c.question])),
      })),
    }));

    admin.get('/api/v1/admin/faq/entries/:id', { config: { viewerMay: true }, schema: { params: EntryParams, response: { 200: FaqEntryResponse } } }, async (request) => {
      const entry = entryOf(request.params.id);
      if (!entry) throw new KefuError('not_found', `no FAQ entry "${request.params.id}"`);
      return { entry };
    });

    admin.post('/api/v1/admin/faq/entries', { schema: { body: FaqDocumentBody, response: { 201: FaqEntryResponse } } }, async (request, reply) =>
      reply.code(201).send({ entry: await faq.createEntry(request.body, request.agent!.id) }),
    );

    // The path names the entry, so `id` may be left out of the body (and must match when given).
    admin.put('/api/v1/admin/faq/entries/:id', { schema: { params: EntryParams, body: FaqDocumentBody, response: { 200: FaqEntryResponse } } }, async (request) => {
      const { id } = request.params;
      if (request.body.id !== undefined && request.body.id !== id) throw new KefuError('bad_frame', `id: must equal the entry in the path ("${id}")`, 'id');
      return { entry: await faq.updateEntry(id, { ...request.body, id }, request.agent!.id) };
    });

    admin.delete('/api/v1/admin/faq/entries/:id', { schema: { params: EntryParams, response: NO_CONTENT } }, async (request, reply) => {
      await faq.deleteEntry(request.params.id, request.agent!.id);
      return reply.code(204).send(null);
    });

    admin.get('/api/v1/admin/faq/pack', { config: { viewerMay: true }, schema: { response: { 200: FaqPackDoc } } }, async () => faq.current().pack);

    admin.put('/api/v1/admin/faq/pack', { bodyLimit: PACK_BODY_LIMIT, schema: { body: FaqDocumentBody, response: { 200: FaqPackImported } } }, async (request) => ({
      source: faq.source(),
      entries: (await faq.replacePack(request.body, request.agent!.id)).entries.length,
    }));

    admin.get('/api/v1/admin/faq/unanswered', { schema: { querystring: ListQuery, response: { 200: UnansweredList } } }, async (request) => {
      const engine = faq.current();
      const questions = (await store.listUnanswered(request.query.limit)).map((q) => ({ ...q, guesses: tryAnswer(engine, q.text, q.locale).top }));
      return { questions, total: await store.countUnanswered() };
    });

    admin.post(
      '/api/v1/admin/faq/unanswered/:id/approve',
      { schema: { params: QuestionParams, body: FaqApproveRequest, response: { 200: FaqEntryResponse } } },
      async (request) => {
        const question = await store.getUnanswered(request.params.id);
        if (!question) throw new KefuError('not_found', 'no such unanswered question');
        const { faqId, locale } = request.body;
        const entry = await faq.addAlternate(faqId, normalizeLocale(locale) ?? locale, question.text, request.agent!.id);
        await store.deleteUnanswered(request.params.id);
        return { entry };
      },
    );

    admin.delete('/api/v1/admin/faq/unanswered/:id', { schema: { params: QuestionParams, response: NO_CONTENT } }, async (request, reply) => {
      if (!(await store.deleteUnanswered(request.params.id))) throw new KefuError('not_found', 'no such unanswered question');
      return reply.code(204).send(null);
    });

    admin.get('/api/v1/admin/faq/history', { config: { viewerMay: true }, schema: { querystring: FaqHistoryQuery, response: { 200: FaqHistory } } }, async (request) => ({
      edits: await store.listFaqEdits({ limit: request.query.limit, ...(request.query.entry ? { entryId: request.query.entry } : {}) }),
    }));

    admin.post('/api/v1/admin/faq/history/:id/revert', { schema: { params: EditParams, body: NoBody, response: NO_CONTENT } }, async (request, reply) => {
      await faq.revert(request.params.id, request.agent!.id);
      return reply.code(204).send(null);
    });

    admin.post('/api/v1/admin/faq/try', { schema: { body: FaqTryRequest, response: { 200: FaqTryResponse } } }, async (request) => {
      const live = faq.current();
      const { text, locale, draft } = request.body;
      // The draft's engine is trained in a worker thread (seconds of CPU for the wallet pack): this node's sockets go on meanwhile.
      const pack = draft ? draftPack(live.pack, draft) : null;
      return { current: tryAnswer(live, text, locale), draft: pack ? await drafts.tryDraft(pack, live.model, text, locale) : null, notTried: pack?.notTried ?? [] };
    });

    admin.get('/api/v1/admin/faq/feedback', { config: { viewerMay: true }, schema: { response: { 200: FaqFeedbackSummary } } }, async () => ({ entries: await store.feedbackSummary() }));
  });
}
