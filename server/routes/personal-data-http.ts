import { ConversationIdParams, MessagesQuery, NoBody, RevealResponse } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { AgentDesk } from '../services/agent-desk.ts';
import type { HandoffService } from '../services/handoff.ts';
import { mayRevealPersonalData } from '../services/personal-data.ts';
import { maskBySchema } from '../services/mask-by-schema.ts';
import type { z } from 'zod';
import type { Storage } from '../storage/types.ts';
import type { FileLinks } from '../services/attachment-links.ts';
import { requireAgent } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

/**
 * Visitors' contact details on the REST API. Every response to an agent or admin goes through
 * `maskBySchema` (by the route's response schema), except a route that says `config: { revealsPersonalData: true }` (its own guard decides who
 * may call it). `POST /api/v1/conversations/:id/reveal` gives one conversation unmasked to admins and agents
 * with `canSeePersonalData`, and writes an audit record (`GET /api/v1/admin/audit` lists them: security-http.ts).
 * Register before any agent route, so the hook covers them all.
 */
export function registerPersonalDataRoutes(app: Api, deps: { desk: AgentDesk; handoff: HandoffService; storage: Storage; links: FileLinks }): void {
  const { desk, handoff, storage, links } = deps;
  // Masked (unless the route reveals), and every file in a message given a fresh signed link.
  // Read by the route's response schema for this status (protocol/data-class.ts); a body without one is masked whole.
  app.addHook('preSerialization', async (request, reply, payload) => {
    if (!request.agent || typeof payload !== 'object' || payload === null) return payload;
    if (request.routeOptions.config.revealsPersonalData) return links.payload(payload);
    const schema = (request.routeOptions.schema?.response as Record<number, z.ZodType> | undefined)?.[reply.statusCode];
    return links.payload(maskBySchema(schema, payload, request.agent.id));
  });

  app.post(
    '/api/v1/conversations/:id/reveal',
    {
      onRequest: requireAgent,
      // An audited read: a viewer with the right may unmask, as an agent may.
      config: { revealsPersonalData: true, viewerMay: true },
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
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route returns visitors' contact details unmasked (it checks the caller's right itself). */
    revealsPersonalData?: boolean;
  }
}
