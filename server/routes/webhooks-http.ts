import { z } from 'zod';
import { Id, NoBody, WebhookCreated, WebhookCreateRequest, WebhookDeliveryList, WebhookList, WebhookRedelivered, WebhookUpdated, WebhookUpdateRequest } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { AuditStore } from '../storage/audit-types.ts';
import type { WebhookService } from '../services/webhooks.ts';
import { requireAdmin } from './auth-guards.ts';
import { NO_CONTENT, type Api } from './schema-first.ts';

const IdParams = z.strictObject({ id: Id });
const DeliveryParams = z.strictObject({ id: Id, deliveryId: Id });
const LogQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) });

/**
 * `/api/v1/admin/webhooks/*`, admins only (a webhook sends conversation data out of the server, so
 * registering one is an admin's act, and audited): register (the secret is shown once), list, edit, remove,
 * the delivery log of one endpoint, and manual redelivery of one delivery (same event id).
 */
export function registerWebhookRoutes(app: Api, deps: { webhooks: WebhookService; audit: AuditStore }): void {
  const { webhooks, audit } = deps;
  app.register(async (admin: Api) => {
    admin.addHook('onRequest', requireAdmin);

    admin.post('/api/v1/admin/webhooks', { schema: { body: WebhookCreateRequest, response: { 201: WebhookCreated } } }, async (request, reply) => {
      const created = await webhooks.create(request.body);
      await audit.addAudit({ agentId: request.agent!.id, action: 'webhook.created', conversationId: null, detail: { events: request.body.events.length } });
      return reply.code(201).send(created);
    });

    admin.get('/api/v1/admin/webhooks', { schema: { response: { 200: WebhookList } } }, async () => ({ webhooks: await webhooks.list() }));

    admin.patch('/api/v1/admin/webhooks/:id', { schema: { params: IdParams, body: WebhookUpdateRequest, response: { 200: WebhookUpdated } } }, async (request) => {
      const webhook = await webhooks.update(request.params.id, request.body);
      if (!webhook) throw new KefuError('not_found', 'no such webhook');
      await audit.addAudit({ agentId: request.agent!.id, action: 'webhook.updated', conversationId: null, detail: { events: request.body.events.length } });
      return { webhook };
    });

    admin.delete('/api/v1/admin/webhooks/:id', { schema: { params: IdParams, response: NO_CONTENT } }, async (request, reply) => {
      if (!(await webhooks.remove(request.params.id))) throw new KefuError('not_found', 'no such webhook');
      await audit.addAudit({ agentId: request.agent!.id, action: 'webhook.deleted', conversationId: null, detail: null });
      return reply.code(204).send(null);
    });

    admin.get(
      '/api/v1/admin/webhooks/:id/deliveries',
      { schema: { params: IdParams, querystring: LogQuery, response: { 200: WebhookDeliveryList } } },
      async (request) => {
        const deliveries = await webhooks.deliveries(request.params.id, request.query.limit);
        if (!deliveries) throw new KefuError('not_found', 'no such webhook');
        return { deliveries };
      },
    );

    admin.post(
      '/api/v1/admin/webhooks/:id/deliveries/:deliveryId/redeliver',
      { schema: { params: DeliveryParams, body: NoBody, response: { 202: WebhookRedelivered } } },
      async (request, reply) => {
        if (!(await webhooks.redeliver(request.params.id, request.params.deliveryId))) throw new KefuError('not_found', 'no such delivery');
        return reply.code(202).send({ queued: true as const });
      },
    );
  });
}
