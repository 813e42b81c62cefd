import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Id } from '../../protocol/index.ts';
import type { Bus } from '../bus/types.ts';
import type { AgentHub } from '../services/agent-hub.ts';
import type { AuditStore } from '../storage/audit-types.ts';
import type { VisitorDataStore } from '../storage/sqlite-visitor-data.ts';
import { requireAdmin } from './auth-guards.ts';
import { errorBody } from './http-errors.ts';

const IdParams = z.strictObject({ id: Id });

/**
 * Data-subject requests, admins only: GET …/export returns everything about one visitor as JSON;
 * DELETE erases it, closes the visitor's open sockets and drops their conversations from the consoles.
 * The audit record names the admin and the counts, never the visitor.
 */
export function registerVisitorDataRoutes(app: FastifyInstance, deps: { store: VisitorDataStore; audit: AuditStore; bus: Bus; hub: AgentHub }): void {
  const { store, audit, bus, hub } = deps;
  app.register(async (admin) => {
    admin.addHook('preHandler', requireAdmin);

    // The export is the data subject's own copy: unmasked.
    admin.get('/api/v1/admin/visitors/:id/export', { config: { revealsPersonalData: true } }, async (request, reply) => {
      const params = IdParams.safeParse(request.params);
      const data = params.success ? await store.exportVisitor(params.data.id) : null;
      if (!data) return reply.code(404).send(errorBody('not_found', 'no such visitor'));
      await audit.addAudit({ agentId: request.agent!.id, action: 'visitor.exported', conversationId: null, detail: { conversations: data.conversations.length } });
      return reply.header('content-disposition', 'attachment; filename="visitor-export.json"').send(data);
    });

    admin.delete('/api/v1/admin/visitors/:id', async (request, reply) => {
      const params = IdParams.safeParse(request.params);
      const erased = params.success ? await store.eraseVisitor(params.data.id) : null;
      if (!erased) return reply.code(404).send(errorBody('not_found', 'no such visitor'));
      await audit.addAudit({ agentId: request.agent!.id, action: 'visitor.erased', conversationId: null, detail: { ...erased.counts } });
      await Promise.all(erased.conversationIds.map((conversationId) => bus.publish(conversationId, { type: 'erased', conversationId })));
      hub.broadcast({ type: 'erased', conversationIds: erased.conversationIds });
      return reply.send({ erased: erased.counts });
    });
  });
}

/** Purge conversations idle for more than `days`, now and then every `everyMs`; returns a stop function. */
export function startRetention(store: VisitorDataStore, days: number, log: FastifyBaseLogger, everyMs = 86_400_000): () => void {
  const run = () => {
    store
      .purgeConversationsBefore(Date.now() - days * 86_400_000)
      .then((purged) => purged > 0 && log.info({ audit: 'retention.purged', conversations: purged, days }, 'audit'))
      .catch((err: unknown) => log.error({ err }, 'retention purge failed'));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
