import { MentionList, MentionListQuery, MentionParams, MentionsUnread, NoBody } from '../../protocol/index.ts';
import type { MentionService } from '../services/mentions.ts';
import { requireAgent } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

/**
 * The signed-in agent's own mentions: the list (newest first, a page at a time, with the unread count) and marking one read when they
 * open it. Their own account's state, so a viewer (who may be mentioned: they read) marks theirs read too.
 */
export function registerMentionRoutes(app: Api, deps: { mentions: MentionService }): void {
  const { mentions } = deps;
  app.register(async (scope: Api) => {
    scope.addHook('onRequest', requireAgent);
    scope.get('/api/v1/mentions', { schema: { querystring: MentionListQuery, response: { 200: MentionList } } }, async (request) =>
      mentions.list(request.agent!.id, request.query.before),
    );
    scope.post(
      '/api/v1/mentions/:noteId/read',
      { schema: { params: MentionParams, body: NoBody, response: { 200: MentionsUnread } }, config: { viewerMay: true } },
      async (request) => mentions.markRead(request.agent!.id, request.params.noteId),
    );
  });
}
