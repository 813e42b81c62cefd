import { ConversationIdParams, ConversationResponse, NoBody, SnoozeRequest } from '../../protocol/index.ts';
import type { HandoffService } from '../services/handoff.ts';
import type { SnoozeService } from '../services/snooze.ts';
import type { Conversation } from '../storage/types.ts';
import { requireAgent } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

/**
 * Snooze and unsnooze a conversation (its holder only; a viewer's write is refused by the guard, `read_only`). The
 * body's shape is zod's; the wake time's window (future, at most 90 days) the service's, `400 bad_frame` naming `until`.
 */
export function registerSnoozeRoutes(app: Api, deps: { snooze: SnoozeService; handoff: HandoffService }): void {
  const { snooze, handoff } = deps;
  const summary = async (c: Conversation) => ({ conversation: await handoff.summary(c) });
  app.register(async (scope: Api) => {
    scope.addHook('onRequest', requireAgent);
    scope.post(
      '/api/v1/conversations/:id/snooze',
      { schema: { params: ConversationIdParams, body: SnoozeRequest, response: { 200: ConversationResponse } } },
      async (request) => summary(await snooze.snooze(request.agent!, request.params.id, request.body.until)),
    );
    scope.delete(
      '/api/v1/conversations/:id/snooze',
      { schema: { params: ConversationIdParams, body: NoBody, response: { 200: ConversationResponse } } },
      async (request) => summary(await snooze.unsnooze(request.agent!, request.params.id)),
    );
  });
}
