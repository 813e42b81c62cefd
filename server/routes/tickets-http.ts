import { z } from 'zod';
import { Id, TicketList, TicketListQuery, TicketResponse, TicketUpdateRequest } from '../../protocol/index.ts';
import type { TicketService } from '../services/tickets.ts';
import { requireAgent } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

const IdParams = z.strictObject({ id: Id });

/**
 * Tickets for every agent: the list (by status), one ticket, and `PATCH /api/v1/tickets/:id` to work it
 * (status, assignee). The contact comes masked except to the ticket's assignee (the REST masking hook);
 * the reply route is with e-mail (email-http.ts).
 */
export function registerTicketRoutes(app: Api, deps: { tickets: TicketService }): void {
  const { tickets } = deps;
  app.register(async (scope: Api) => {
    scope.addHook('onRequest', requireAgent);
    scope.get('/api/v1/tickets', { schema: { querystring: TicketListQuery, response: { 200: TicketList } } }, async (request) => ({
      tickets: await tickets.list(request.query.status),
    }));
    scope.get('/api/v1/tickets/:id', { schema: { params: IdParams, response: { 200: TicketResponse } } }, async (request) => ({
      ticket: await tickets.get(request.params.id),
    }));
    scope.patch('/api/v1/tickets/:id', { schema: { params: IdParams, body: TicketUpdateRequest, response: { 200: TicketResponse } } }, async (request) => ({
      ticket: await tickets.update(request.agent!, request.params.id, request.body),
    }));
  });
}
