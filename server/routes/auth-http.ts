import { AgentResponse, LoginRequest, LoginResponse, NoBody } from '../../protocol/index.ts';
import type { AuthService } from '../services/auth.ts';
import type { HandoffService } from '../services/handoff.ts';
import { SESSION_MAX_AGE_S, requireAgent, sessionCookie, sessionToken } from './auth-guards.ts';
import { KefuError } from '../errors.ts';
import { sendRateLimited } from './http-errors.ts';
import type { AbuseLimits } from '../services/abuse-limits.ts';
import type { AgentChannel } from '../services/agent-channel.ts';
import { hashToken } from '../services/tokens.ts';
import type { AuditStore } from '../storage/audit-types.ts';
import type { SecurityStore } from '../storage/security-types.ts';
import { NO_CONTENT, type Api } from './schema-first.ts';

/**
 * POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me. A login to an account with
 * two-factor on needs `code` as well (without it: 401 `two_factor_required`); wrong passwords and wrong codes
 * count towards the same lockout. Every login, failed or not, and every logout is in the audit log.
 */
export function registerAuthRoutes(
  app: Api,
  deps: { auth: AuthService; handoff: HandoffService; agents: AgentChannel; limits: AbuseLimits; audit: AuditStore & Pick<SecurityStore, 'countRecoveryCodes'>; secureCookies: boolean },
): void {
  const { auth, handoff, agents, limits, audit, secureCookies } = deps;
  const cookie = (value: string, maxAge: number) => sessionCookie(value, maxAge, secureCookies);

  app.post('/api/v1/auth/login', { schema: { body: LoginRequest, response: { 200: LoginResponse } } }, async (request, reply) => {
    const body = request.body;
    const email = body.email.trim().toLowerCase();
    const ip = request.ip;
    const retryAfter = await limits.loginWait(ip, email);
    if (retryAfter > 0) return sendRateLimited(reply, retryAfter, 'too many login attempts; wait a moment');
    const outcome = await auth.login(body.email, body.password, body.code);
    if (outcome.kind === 'code_unchecked') {
      // The password was right, but the code cannot be checked (the server's TOTP key changed): on record, no lockout.
      await audit.addAudit({ agentId: outcome.agent.id, action: 'login.failed', detail: { ip, reason: 'two_factor_unavailable' } });
      throw outcome.error;
    }
    if (outcome.kind === 'code_needed') throw new KefuError('two_factor_required', 'enter the code from your authenticator app, or a recovery code');
    if (outcome.kind === 'refused') {
      await limits.loginFailed(email);
      await audit.addAudit({ agentId: outcome.agent?.id ?? null, action: 'login.failed', detail: { ip, reason: outcome.reason } });
      throw new KefuError('unauthorized', outcome.reason === 'wrong_code' ? 'wrong code' : 'wrong email or password');
    }
    await limits.loginSucceeded(email);
    const { agent, token, secondFactor } = outcome;
    await audit.addAudit({ agentId: agent.id, action: 'login.succeeded', detail: { ip, secondFactor: secondFactor ?? 'none' } });
    if (secondFactor === 'recovery') {
      await audit.addAudit({ agentId: agent.id, action: 'two_factor.recovery_used', detail: { ip, left: await audit.countRecoveryCodes(agent.id) } });
    }
    const response: LoginResponse = { agent: await handoff.agentInfo(agent) };
    if (body.client === 'api') return { ...response, token };
    return reply.header('set-cookie', cookie(token, SESSION_MAX_AGE_S)).send(response);
  });

  app.post(
    '/api/v1/auth/logout',
    { onRequest: requireAgent, config: { beforeTwoFactorSetup: true, viewerMay: true }, schema: { body: NoBody, response: NO_CONTENT } },
    async (request, reply) => {
      const token = sessionToken(request)!;
      await auth.logout(token);
      await agents.kick(request.agent!.id, 'logged out', hashToken(token));
      await audit.addAudit({ agentId: request.agent!.id, action: 'session.ended', detail: { reason: 'logout', ip: request.ip } });
      return reply.header('set-cookie', cookie('', 0)).code(204).send(null);
    },
  );

  app.get('/api/v1/auth/me', { onRequest: requireAgent, config: { beforeTwoFactorSetup: true }, schema: { response: { 200: AgentResponse } } }, async (request) => ({
    agent: await handoff.agentInfo(request.agent!),
  }));
}
