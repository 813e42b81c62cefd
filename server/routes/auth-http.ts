import type { FastifyInstance } from 'fastify';
import { LoginRequest, type LoginResponse } from '../../protocol/index.ts';
import type { AuthService } from '../services/auth.ts';
import type { HandoffService } from '../services/handoff.ts';
import { SESSION_COOKIE, requireAgent, sessionToken } from './auth-guards.ts';
import { errorBody, parseBody } from './http-errors.ts';
import { RateLimiter } from '../services/rate-limit.ts';
import { LoginLockout } from '../services/login-lockout.ts';
import type { AgentHub } from '../services/agent-hub.ts';
import { hashToken } from '../services/tokens.ts';

const SESSION_MAX_AGE_S = 12 * 60 * 60;
/** Password guessing (and scrypt's CPU cost) is bounded per address; an account locks after 10 failures. */
const LOGIN_PER_IP = { perMinute: 20, burst: 30 };

/** POST /api/v1/auth/login, POST /api/v1/auth/logout, GET /api/v1/auth/me. */
export function registerAuthRoutes(
  app: FastifyInstance,
  deps: { auth: AuthService; handoff: HandoffService; hub: AgentHub; secureCookies: boolean },
): void {
  const { auth, handoff, hub, secureCookies } = deps;
  const perIp = new RateLimiter(LOGIN_PER_IP);
  const lockout = new LoginLockout();
  const cookie = (value: string, maxAge: number) =>
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secureCookies ? '; Secure' : ''}`;

  app.post('/api/v1/auth/login', async (request, reply) => {
    const body = parseBody(LoginRequest, request.body, reply);
    if (!body) return reply;
    const email = body.email.trim().toLowerCase();
    const ipAllowed = perIp.take(request.ip);
    const retryAfter = ipAllowed.ok ? lockout.lockedFor(email) : ipAllowed.retryAfter;
    if (retryAfter > 0) {
      return reply
        .code(429)
        .header('retry-after', String(retryAfter))
        .send({ error: { code: 'rate_limited', message: 'too many login attempts; wait a moment', retryAfter } });
    }
    const session = await auth.login(body.email, body.password);
    if (!session) {
      lockout.fail(email);
      return reply.code(401).send(errorBody('unauthorized', 'wrong email or password'));
    }
    lockout.succeed(email);
    const response: LoginResponse = { agent: await handoff.agentInfo(session.agent) };
    if (body.client === 'api') return { ...response, token: session.token };
    return reply.header('set-cookie', cookie(session.token, SESSION_MAX_AGE_S)).send(response);
  });

  app.post('/api/v1/auth/logout', { preHandler: requireAgent }, async (request, reply) => {
    const token = sessionToken(request)!;
    await auth.logout(token);
    hub.kick(request.agent!.id, 'logged out', hashToken(token));
    return reply.header('set-cookie', cookie('', 0)).code(204).send();
  });

  app.get('/api/v1/auth/me', { preHandler: requireAgent }, async (request) => ({ agent: await handoff.agentInfo(request.agent!) }));
}
