import { AuditList, ConversationIdParams, MessagesQuery, NoBody, RevealResponse } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { AgentDesk } from '../services/agent-desk.ts';
import type { HandoffService } from '../services/handoff.ts';
import { maskForAgents, mayRevealPersonalData } from '../services/personal-data.ts';
import type { Storage } from '../storage/types.ts';
import { requireAdmin, requireAgent } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

/**
 * Visitors' contact details on the REST API. Every response to an agent or admin goes through
 * `maskForAgents`, except a route that says `config: { revealsPersonalData: true }` (its own guard decides who
 * may call it). `POST /api/v1/conversations/:id/reveal` gives one conversation unmasked to admins and agents
 * with `canSeePersonalData`, and writes an audit record; `GET /api/v1/admin/audit` lists the records.
 * Register before any agent route, so the hook covers them all.
 */
export function registerPersonalDataRoutes(app: Api, deps: { desk: AgentDesk; handoff: HandoffService; storage: Storage }): void {
  const { desk, handoff, storage } = deps;
  app.addHook('preSerialization', async (request, _reply, payload) =>
    request.agent && !request.routeOptions.config.revealsPersonalData && typeof payload === 'object' && payload !== null ? maskForAgents(payload) : payload,
  );

  app.post(
    '/api/v1/conversations/:id/reveal',
    {
      onRequest: requireAgent,
      config: { revealsPersonalData: true },
      schema: { params: ConversationIdParams, querystring: MessagesQuery, body: NoBody, response: { 200: RevealResponse } },
    },
    async (request) => {
      const agent = request.agent!;
      if (!mayRevealPersonalData(agent)) throw new KefuError('forbidden', 'your role does not allow seeing contact details');
      const { id } = request.params;
      const transcript = await desk.transcript(id, request.query.after ?? 0);
      const conversation = await handoff.summary((await storage.getConversation(id))!);
      const tickets = (await storage.listTickets(500)).filter((t) => t.conversationId === id);
      await storage.addAudit({ agentId: agent.id, action: 'personal_data.revealed', conversationId: id, detail: null });
      return { conversation, ...transcript, tickets };
    },
  );

  app.get('/api/v1/admin/audit', { onRequest: requireAdmin, schema: { response: { 200: AuditList } } }, async () => ({ records: await storage.listAudit(500) }));
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route returns visitors' contact details unmasked (it checks the caller's right itself). */
    revealsPersonalData?: boolean;
  }
}
