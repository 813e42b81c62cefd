import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Id, WebhookCreateRequest } from '../../protocol/index.ts';
import type { AuditStore } from '../storage/audit-types.ts';
import type { WebhookService } from '../services/webhooks.ts';
import { requireAdmin } from './auth-guards.ts';
import { errorBody, parseBody } from './http-errors.ts';

const IdParams = z.strictObject({ id: Id });
const DeliveryParams = z.strictObject({ id: Id, deliveryId: Id });
const LogQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) });

/**
 * `/api/v1/admin/webhooks/*`, admins only (a webhook sends conversation data out of the server, so
 * registering one is an admin's act, and audited): register (the secret is shown once), list, remove,
 * the delivery log of one endpoint, and manual redelivery of one delivery (same event id).
 */
export function registerWebhookRoutes(app: FastifyInstance, deps: { webhooks: WebhookService; audit: AuditStore }): void {
  const { webhooks, audit } = deps;
  app.register(async (admin) => {
    admin.addHook('preHandler', requireAdmin);

    admin.post('/api/v1/admin/webhooks', async (request, reply) => {
      const body = parseBody(WebhookCreateRequest, request.body, reply);
      if (!body) return reply;
      const created = await webhooks.create(body);
      await audit.addAudit({ agentId: request.agent!.id, action: 'webhook.created', conversationId: null, detail: { events: body.events.length } });
      return reply.code(201).header('cache-control', 'no-store').send(created);
    });

    admin.get('/api/v1/admin/webhooks', async () => ({ webhooks: await webhooks.list() }));

    admin.delete('/api/v1/admin/webhooks/:id', async (request, reply) => {
      const params = parseBody(IdParams, request.params, reply);
      if (!params) return reply;
      if (!(await webhooks.remove(params.id))) return reply.code(404).send(errorBody('not_found', 'no such webhook'));
      await audit.addAudit({ agentId: request.agent!.id, action: 'webhook.deleted', conversationId: null, detail: null });
      return reply.code(204).send();
    });

    admin.get('/api/v1/admin/webhooks/:id/deliveries', async (request, reply) => {
      const params = parseBody(IdParams, request.params, reply);
      const query = params && parseBody(LogQuery, request.query, reply);
      if (!params || !query) return reply;
      const deliveries = await webhooks.deliveries(params.id, query.limit);
      if (!deliveries) return reply.code(404).send(errorBody('not_found', 'no such webhook'));
      return { deliveries };
    });

    admin.post('/api/v1/admin/webhooks/:id/deliveries/:deliveryId/redeliver', async (request, reply) => {
      const params = parseBody(DeliveryParams, request.params, reply);
      if (!params) return reply;
      if (!(await webhooks.redeliver(params.id, params.deliveryId))) return reply.code(404).send(errorBody('not_found', 'no such delivery'));
      return reply.code(202).send({ queued: true });
    });
  });
}
