import type { FastifyInstance } from 'fastify';
import { LoginRequest, type LoginResponse } from '../../protocol/index.ts';
import type { AuthService } from '../services/auth.ts';
import type { HandoffService } from '../services/handoff.ts';
import { SESSION_COOKIE, requireAgent, sessionToken } from './auth-guards.ts';
import { errorBody, parseBody } from './http-errors.ts';

const SESSION_MAX_AGE_S = 12 * 60 * 60;

/** POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me. */
export function registerAuthRoutes(app: FastifyInstance, deps: { auth: AuthService; handoff: HandoffService; secureCookies: boolean }): void {
  const { auth, handoff, secureCookies } = deps;
  const cookie = (value: string, maxAge: number) =>
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secureCookies ? '; Secure' : ''}`;

  app.post('/api/v1/auth/login', async (request, reply) => {
    const body = parseBody(LoginRequest, request.body, reply);
    if (!body) return reply;
    const session = await auth.login(body.email, body.password);
    if (!session) return reply.code(401).send(errorBody('unauthorized', 'wrong email or password'));
    const response: LoginResponse = { agent: await handoff.agentInfo(session.agent) };
    if (body.client === 'api') return { ...response, token: session.token };
    return reply.header('set-cookie', cookie(session.token, SESSION_MAX_AGE_S)).send(response);
  });

  app.post('/api/v1/auth/logout', { preHandler: requireAgent }, async (request, reply) => {
    await auth.logout(sessionToken(request)!);
    return reply.header('set-cookie', cookie('', 0)).code(204).send();
  });

  app.get('/api/v1/auth/me', { preHandler: requireAgent }, async (request) => ({ agent: await handoff.agentInfo(request.agent!) }));
}
