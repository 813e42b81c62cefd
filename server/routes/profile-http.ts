import { AgentResponse, ProfileUpdateRequest } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { AgentChannel } from '../services/agent-channel.ts';
import type { AuthService } from '../services/auth.ts';
import type { HandoffService } from '../services/handoff.ts';
import { requireAgent } from './auth-guards.ts';
import type { Api } from './schema-first.ts';
import type { AuditStore } from '../storage/audit-types.ts';
import { agentChangeRecords } from '../services/audit-trail.ts';

/**
 * PATCH /api/v1/auth/me: an agent edits their own profile — the name visitors see ("Ada joined the chat"),
 * the console language, the password (with the current one: 403 when that is wrong). Every console hears
 * the new name at once, and so do the visitors they are talking with. A new name or password is in the audit log.
 */
export function registerProfileRoutes(app: Api, deps: { auth: AuthService; handoff: HandoffService; agents: AgentChannel; audit: AuditStore }): void {
  const { auth, handoff, agents, audit } = deps;
  app.patch('/api/v1/auth/me', { onRequest: requireAgent, config: { viewerMay: true } /* their own name, language, password */, schema: { body: ProfileUpdateRequest, response: { 200: AgentResponse } } }, async (request) => {
    const before = request.agent!;
    const agent = await auth.updateProfile(before, request.body);
    if (!agent) throw new KefuError('forbidden', 'the current password is wrong');
    for (const record of agentChangeRecords(before.id, before, agent, Boolean(request.body.password))) await audit.addAudit(record);
    agents.broadcast({ type: 'agents', agents: await handoff.agentInfos() });
    if (agent.name !== before.name) await handoff.renamed(agent.id);
    return { agent: await handoff.agentInfo(agent) };
  });
}
