import { z } from 'zod';
import {
  ConversationIdParams,
  ConversationLabelParams,
  ConversationResponse,
  ConversationTeamRequest,
  Id,
  LabelList,
  LabelRequest,
  LabelResponse,
  NoBody,
  TeamList,
  TeamRequest,
  TeamResponse,
  TopicSuggestion,
} from '../../protocol/index.ts';
import type { AgentDesk } from '../services/agent-desk.ts';
import type { HandoffService } from '../services/handoff.ts';
import type { TeamDirectory } from '../services/teams.ts';
import { requireAdmin, requireAgent } from './auth-guards.ts';
import { NO_CONTENT, type Api } from './schema-first.ts';

const IdParams = z.strictObject({ id: Id });

/**
 * Labels and teams: every agent reads the lists, labels a conversation and moves it to a team's queue;
 * admins edit the lists under `/api/v1/admin/labels` and `/api/v1/admin/teams`.
 */
export function registerTeamRoutes(app: Api, deps: { teams: TeamDirectory; desk: AgentDesk; handoff: HandoffService }): void {
  const { teams, desk, handoff } = deps;

  app.register(async (scope: Api) => {
    scope.addHook('onRequest', requireAgent);
    scope.get('/api/v1/labels', { schema: { response: { 200: LabelList } } }, async () => ({ labels: await teams.labels() }));
    scope.get('/api/v1/teams', { schema: { response: { 200: TeamList } } }, async () => ({ teams: await teams.teams() }));

    scope.put(
      '/api/v1/conversations/:id/team',
      { schema: { params: ConversationIdParams, body: ConversationTeamRequest, response: { 200: ConversationResponse } } },
      async (request) => ({ conversation: await handoff.summary(await desk.setTeam(request.agent!, request.params.id, request.body.teamId)) }),
    );
    for (const [method, on] of [['put', true], ['delete', false]] as const) {
      scope[method](
        '/api/v1/conversations/:id/labels/:labelId',
        { schema: { params: ConversationLabelParams, ...(on ? { body: NoBody } : {}), response: { 200: ConversationResponse } } },
        async (request) => ({ conversation: await handoff.summary(await desk.setLabel(request.agent!, request.params.id, request.params.labelId, on)) }),
      );
    }
    scope.get('/api/v1/conversations/:id/topic', { schema: { params: ConversationIdParams, response: { 200: TopicSuggestion } } }, async (request) =>
      desk.topic(request.params.id),
    );
  });

  app.register(async (admin: Api) => {
    admin.addHook('onRequest', requireAdmin);
    admin.post('/api/v1/admin/labels', { schema: { body: LabelRequest, response: { 201: LabelResponse } } }, async (request, reply) =>
      reply.code(201).send({ label: await teams.createLabel(request.body, request.agent!.id) }),
    );
    admin.put('/api/v1/admin/labels/:id', { schema: { params: IdParams, body: LabelRequest, response: { 200: LabelResponse } } }, async (request) => ({
      label: await teams.updateLabel(request.params.id, request.body, request.agent!.id),
    }));
    admin.delete('/api/v1/admin/labels/:id', { schema: { params: IdParams, response: NO_CONTENT } }, async (request, reply) => {
      await teams.deleteLabel(request.params.id, request.agent!.id);
      return reply.code(204).send(null);
    });
    admin.post('/api/v1/admin/teams', { schema: { body: TeamRequest, response: { 201: TeamResponse } } }, async (request, reply) =>
      reply.code(201).send({ team: await teams.createTeam(request.body, request.agent!.id) }),
    );
    admin.put('/api/v1/admin/teams/:id', { schema: { params: IdParams, body: TeamRequest, response: { 200: TeamResponse } } }, async (request) => {
      const team = await teams.updateTeam(request.params.id, request.body, request.agent!.id);
      await handoff.route(); // new members may take what waits for the team
      return { team };
    });
    admin.delete('/api/v1/admin/teams/:id', { schema: { params: IdParams, response: NO_CONTENT } }, async (request, reply) => {
      await teams.deleteTeam(request.params.id, request.agent!.id);
      await handoff.requeued(); // its waiting conversations are everyone's now
      return reply.code(204).send(null);
    });
  });
}
