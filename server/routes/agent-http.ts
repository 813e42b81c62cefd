import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  AgentSendRequest,
  ConversationIdParams,
  ConversationListQuery,
  MessagesQuery,
  TransferRequest,
  type ErrorCode,
} from '../../protocol/index.ts';
import type { AgentDesk } from '../services/agent-desk.ts';
import { HandoffError, type HandoffService } from '../services/handoff.ts';
import type { Conversation } from '../storage/types.ts';
import { requireAgent } from './auth-guards.ts';
import { errorBody, parseBody } from './http-errors.ts';

const STATUS: Partial<Record<ErrorCode, number>> = { not_found: 404, forbidden: 403, invalid_state: 409, conflict: 409 };

/** Run a desk call; a refusal becomes its typed error body with the matching HTTP status. */
export async function deskCall<T>(reply: FastifyReply, call: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof HandoffError)) throw err;
    return reply.code(STATUS[err.code] ?? 400).send(errorBody(err.code, err.message));
  }
}

/** The agents' conversation API under /api/v1/conversations; every route needs a logged-in agent. */
export function registerAgentRoutes(app: FastifyInstance, deps: { desk: AgentDesk; handoff: HandoffService }): void {
  const { desk, handoff } = deps;
  const summary = async (c: Conversation) => ({ conversation: await handoff.summary(c) });

  app.register(async (scope) => {
    scope.addHook('preHandler', requireAgent);

    scope.get('/api/v1/conversations', async (request, reply) => {
      const query = parseBody(ConversationListQuery, request.query, reply);
      if (!query) return reply;
      return { conversations: await desk.list(query.status ?? null) };
    });

    scope.get('/api/v1/conversations/:id/messages', async (request, reply) => {
      const params = parseBody(ConversationIdParams, request.params, reply);
      const query = params && parseBody(MessagesQuery, request.query, reply);
      if (!params || !query) return reply;
      return deskCall(reply, () => desk.transcript(params.id, query.after ?? 0));
    });

    scope.get('/api/v1/conversations/:id/events', async (request, reply) => {
      const params = parseBody(ConversationIdParams, request.params, reply);
      if (!params) return reply;
      return deskCall(reply, () => desk.events(params.id));
    });

    scope.post('/api/v1/conversations/:id/messages', async (request, reply) => {
      const params = parseBody(ConversationIdParams, request.params, reply);
      const body = params && parseBody(AgentSendRequest, request.body, reply);
      if (!params || !body) return reply;
      return deskCall(reply, async () => ({ message: await desk.send(request.agent!, params.id, body.clientId ?? null, body.text) }));
    });

    scope.post('/api/v1/conversations/:id/transfer', async (request, reply) => {
      const params = parseBody(ConversationIdParams, request.params, reply);
      const body = params && parseBody(TransferRequest, request.body, reply);
      if (!params || !body) return reply;
      return deskCall(reply, async () => summary(await desk.transfer(request.agent!, params.id, body.agentId)));
    });

    for (const action of ['claim', 'release', 'close'] as const) {
      scope.post(`/api/v1/conversations/:id/${action}`, async (request, reply) => {
        const params = parseBody(ConversationIdParams, request.params, reply);
        if (!params) return reply;
        return deskCall(reply, async () => summary(await desk[action](request.agent!, params.id)));
      });
    }
  });
}
