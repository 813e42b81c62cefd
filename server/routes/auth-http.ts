import { AgentResponse, LoginRequest, LoginResponse, NoBody } from '../../protocol/index.ts';
import type { AuthService } from '../services/auth.ts';
import type { HandoffService } from '../services/handoff.ts';
import { SESSION_COOKIE, requireAgent, sessionToken } from './auth-guards.ts';
import { KefuError } from '../errors.ts';
import { sendRateLimited } from './http-errors.ts';
import type { AbuseLimits } from '../services/abuse-limits.ts';
import type { AgentChannel } from '../services/agent-channel.ts';
import { hashToken } from '../services/tokens.ts';
import { NO_CONTENT, type Api } from './schema-first.ts';

const SESSION_MAX_AGE_S = 12 * 60 * 60;

/** POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me. */
export function registerAuthRoutes(app: Api, deps: { auth: AuthService; handoff: HandoffService; agents: AgentChannel; limits: AbuseLimits; secureCookies: boolean }): void {
  const { auth, handoff, agents, limits, secureCookies } = deps;
  const cookie = (value: string, maxAge: number) =>
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secureCookies ? '; Secure' : ''}`;

  app.post('/api/v1/auth/login', { schema: { body: LoginRequest, response: { 200: LoginResponse } } }, async (request, reply) => {
    const body = request.body;
    const email = body.email.trim().toLowerCase();
    const retryAfter = await limits.loginWait(request.ip, email);
    if (retryAfter > 0) return sendRateLimited(reply, retryAfter, 'too many login attempts; wait a moment');
    const session = await auth.login(body.email, body.password);
    if (!session) {
      await limits.loginFailed(email);
      throw new KefuError('unauthorized', 'wrong email or password');
    }
    await limits.loginSucceeded(email);
    const response: LoginResponse = { agent: await handoff.agentInfo(session.agent) };
    if (body.client === 'api') return { ...response, token: session.token };
    return reply.header('set-cookie', cookie(session.token, SESSION_MAX_AGE_S)).send(response);
  });

  app.post('/api/v1/auth/logout', { onRequest: requireAgent, schema: { body: NoBody, response: NO_CONTENT } }, async (request, reply) => {
    const token = sessionToken(request)!;
    await auth.logout(token);
    await agents.kick(request.agent!.id, 'logged out', hashToken(token));
    return reply.header('set-cookie', cookie('', 0)).code(204).send(null);
  });

  app.get('/api/v1/auth/me', { onRequest: requireAgent, schema: { response: { 200: AgentResponse } } }, async (request) => ({
    agent: await handoff.agentInfo(request.agent!),
  }));
}
