import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import { EraseResponse, Id, VisitorExport } from '../../protocol/index.ts';
import type { Bus } from '../bus/types.ts';
import { KefuError } from '../errors.ts';
import type { AgentChannel } from '../services/agent-channel.ts';
import type { AuditStore } from '../storage/audit-types.ts';
import type { VisitorDataStore } from '../storage/visitor-data-types.ts';
import { requireAdmin } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

const IdParams = z.strictObject({ id: Id });

/**
 * Data-subject requests, admins only: GET …/export returns everything about one visitor as JSON;
 * DELETE erases it, closes the visitor's open sockets and drops their conversations from the consoles.
 * The audit record names the admin and the counts, never the visitor.
 */
export function registerVisitorDataRoutes(app: Api, deps: { store: VisitorDataStore; audit: AuditStore; bus: Bus; agents: AgentChannel }): void {
  const { store, audit, bus, agents } = deps;
  app.register(async (admin: Api) => {
    admin.addHook('onRequest', requireAdmin);

    // The export is the data subject's own copy: unmasked.
    admin.get(
      '/api/v1/admin/visitors/:id/export',
      { config: { revealsPersonalData: true }, schema: { params: IdParams, response: { 200: VisitorExport } } },
      async (request, reply) => {
        const data = await store.exportVisitor(request.params.id);
        if (!data) throw new KefuError('not_found', 'no such visitor');
        await audit.addAudit({ agentId: request.agent!.id, action: 'visitor.exported', conversationId: null, detail: { conversations: data.conversations.length } });
        return reply.header('content-disposition', 'attachment; filename="visitor-export.json"').send(data);
      },
    );

    admin.delete('/api/v1/admin/visitors/:id', { schema: { params: IdParams, response: { 200: EraseResponse } } }, async (request) => {
      const erased = await store.eraseVisitor(request.params.id);
      if (!erased) throw new KefuError('not_found', 'no such visitor');
      await audit.addAudit({ agentId: request.agent!.id, action: 'visitor.erased', conversationId: null, detail: { ...erased.counts } });
      await Promise.all(erased.conversationIds.map((conversationId) => bus.publish(conversationId, { type: 'erased', conversationId })));
      await agents.broadcast({ type: 'erased', conversationIds: erased.conversationIds });
      return { erased: erased.counts };
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
