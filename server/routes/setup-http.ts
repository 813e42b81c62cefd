import { LoginResponse, SetupRequest, SetupStatus } from '../../protocol/index.ts';
import type { FirstRun } from '../services/first-run.ts';
import type { HandoffService } from '../services/handoff.ts';
import type { AuditStore } from '../storage/audit-types.ts';
import { SESSION_MAX_AGE_S, sessionCookie } from './auth-guards.ts';
import type { Api } from './schema-first.ts';

/**
 * First run (protocol/setup.ts): `GET /api/v1/setup` says whether the install still needs its first admin (the
 * login page then says where the link is); `POST /api/v1/setup` makes that admin from a setup link's token and
 * logs them in. Public: the token is the credential.
 */
export function registerSetupRoutes(app: Api, deps: { firstRun: FirstRun; handoff: HandoffService; audit: AuditStore; secureCookies: boolean }): void {
  const { firstRun, handoff, audit } = deps;
  app.get('/api/v1/setup', { schema: { response: { 200: SetupStatus } } }, async () => ({ needed: await firstRun.needed() }));

  app.post('/api/v1/setup', { schema: { body: SetupRequest, response: { 201: LoginResponse } } }, async (request, reply) => {
    const { agent, sessionToken } = await firstRun.createAdmin(request.body);
    await audit.addAudit({ agentId: agent.id, action: 'agent.created', target: agent.id, detail: { ip: request.ip, via: 'setup_link' } });
    return reply
      .code(201)
      .header('set-cookie', sessionCookie(sessionToken, SESSION_MAX_AGE_S, deps.secureCookies))
      .send({ agent: await handoff.agentInfo(agent) });
  });
}
