import {
  AgentSendRequest,
  ConversationIdParams,
  ConversationLanguageRequest,
  ConversationList,
  ConversationLogList,
  ConversationListQuery,
  ConversationResponse,
  MessageList,
  MessageResponse,
  MessagesQuery,
  NoBody,
  TransferRequest,
} from '../../protocol/index.ts';
import type { AgentDesk } from '../services/agent-desk.ts';
import type { HandoffService } from '../services/handoff.ts';
import type { Conversation } from '../storage/types.ts';
import { requireAgent } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

/** The agents' conversation API under /api/v1/conversations; every route needs a logged-in agent. */
export function registerAgentRoutes(app: Api, deps: { desk: AgentDesk; handoff: HandoffService }): void {
  const { desk, handoff } = deps;
  const summary = async (c: Conversation) => ({ conversation: await handoff.summary(c) });

  app.register(async (scope: Api) => {
    scope.addHook('onRequest', requireAgent);

    scope.get('/api/v1/conversations', { schema: { querystring: ConversationListQuery, response: { 200: ConversationList } } }, async (request) => ({
      conversations: await desk.list({
        ...(request.query.status ? { status: request.query.status } : {}),
        ...(request.query.team ? { teamId: request.query.team === 'none' ? null : request.query.team } : {}),
        ...(request.query.label ? { labelId: request.query.label } : {}),
      }),
    }));

    scope.get(
      '/api/v1/conversations/:id/messages',
      { schema: { params: ConversationIdParams, querystring: MessagesQuery, response: { 200: MessageList } } },
      async (request) => desk.transcript(request.params.id, request.query.after ?? 0),
    );

    scope.get('/api/v1/conversations/:id/events', { schema: { params: ConversationIdParams, response: { 200: ConversationLogList } } }, async (request) =>
      desk.events(request.params.id),
    );

    scope.get('/api/v1/conversations/:id/earlier', { schema: { params: ConversationIdParams, response: { 200: ConversationList } } }, async (request) => ({
      conversations: await desk.earlier(request.params.id),
    }));

    scope.post(
      '/api/v1/conversations/:id/messages',
      { schema: { params: ConversationIdParams, body: AgentSendRequest, response: { 200: MessageResponse } } },
      async (request) => ({ message: await desk.send(request.agent!, request.params.id, request.body.clientId ?? null, request.body.text) }),
    );

    scope.post(
      '/api/v1/conversations/:id/transfer',
      { schema: { params: ConversationIdParams, body: TransferRequest, response: { 200: ConversationResponse } } },
      async (request) => summary(await desk.transfer(request.agent!, request.params.id, request.body.agentId)),
    );

    // The language the bot and the widget speak to the visitor, set by the agent who replies in the conversation.
    scope.put(
      '/api/v1/conversations/:id/language',
      { schema: { params: ConversationIdParams, body: ConversationLanguageRequest, response: { 200: ConversationResponse } } },
      async (request) => summary(await desk.setLanguage(request.agent!, request.params.id, request.body.locale)),
    );

    for (const action of ['claim', 'release', 'close'] as const) {
      scope.post(
        `/api/v1/conversations/:id/${action}`,
        { schema: { params: ConversationIdParams, body: NoBody, response: { 200: ConversationResponse } } },
        async (request) => summary(await desk[action](request.agent!, request.params.id)),
      );
    }
  });
}
