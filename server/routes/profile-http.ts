import { AgentResponse, ProfileUpdateRequest } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { AgentChannel } from '../services/agent-channel.ts';
import type { AuthService } from '../services/auth.ts';
import type { HandoffService } from '../services/handoff.ts';
import { requireAgent } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

/**
 * PATCH /api/v1/auth/me: an agent edits their own profile — the name visitors see ("Ada joined the chat"),
 * the console language, the password (with the current one: 403 when that is wrong). Every console hears
 * the new name at once.
 */
export function registerProfileRoutes(app: Api, deps: { auth: AuthService; handoff: HandoffService; agents: AgentChannel }): void {
  const { auth, handoff, agents } = deps;
  app.patch('/api/v1/auth/me', { onRequest: requireAgent, schema: { body: ProfileUpdateRequest, response: { 200: AgentResponse } } }, async (request) => {
    const agent = await auth.updateProfile(request.agent!, request.body);
    if (!agent) throw new KefuError('forbidden', 'the current password is wrong');
    agents.broadcast({ type: 'agents', agents: await handoff.agentInfos() });
    return { agent: await handoff.agentInfo(agent) };
  });
}
