import type { FastifyInstance } from 'fastify';
import { ConversationIdParams, MessagesQuery } from '../../protocol/index.ts';
import type { AgentDesk } from '../services/agent-desk.ts';
import type { HandoffService } from '../services/handoff.ts';
import { maskForAgents, mayRevealPersonalData } from '../services/personal-data.ts';
import type { Storage } from '../storage/types.ts';
import { requireAdmin, requireAgent } from './auth-guards.ts';
import { deskCall } from './agent-http.ts';
import { errorBody, parseBody } from './http-errors.ts';

/**
 * Visitors' contact details on the REST API. Every response to an agent or admin goes through
 * `maskForAgents`, except a route that says `config: { revealsPersonalData: true }` (its own guard decides who
 * may call it). `POST /api/v1/conversations/:id/reveal` gives one conversation unmasked to admins and agents
 * with `canSeePersonalData`, and writes an audit record; `GET /api/v1/admin/audit` lists the records.
 * Register before any agent route, so the hook covers them all.
 */
export function registerPersonalDataRoutes(app: FastifyInstance, deps: { desk: AgentDesk; handoff: HandoffService; storage: Storage }): void {
  const { desk, handoff, storage } = deps;
  app.addHook('preSerialization', async (request, _reply, payload) =>
    request.agent && !request.routeOptions.config.revealsPersonalData && typeof payload === 'object' && payload !== null ? maskForAgents(payload) : payload,
  );

  app.post('/api/v1/conversations/:id/reveal', { preHandler: requireAgent, config: { revealsPersonalData: true } }, async (request, reply) => {
    const agent = request.agent!;
    if (!mayRevealPersonalData(agent)) return reply.code(403).send(errorBody('forbidden', 'your role does not allow seeing contact details'));
    const params = parseBody(ConversationIdParams, request.params, reply);
    const query = params && parseBody(MessagesQuery, request.query, reply);
    if (!params || !query) return reply;
    return deskCall(reply, async () => {
      const transcript = await desk.transcript(params.id, query.after ?? 0);
      const conversation = await handoff.summary((await storage.getConversation(params.id))!);
      const tickets = (await storage.listTickets(500)).filter((t) => t.conversationId === params.id);
      await storage.addAudit({ agentId: agent.id, action: 'personal_data.revealed', conversationId: params.id, detail: null });
      return { conversation, ...transcript, tickets };
    });
  });

  app.get('/api/v1/admin/audit', { preHandler: requireAdmin }, async () => ({ records: await storage.listAudit(500) }));
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route returns visitors' contact details unmasked (it checks the caller's right itself). */
    revealsPersonalData?: boolean;
  }
}
