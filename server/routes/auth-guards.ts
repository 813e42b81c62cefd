import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Agent } from '../storage/agent-types.ts';
import type { AuthService } from '../services/auth.ts';
import { errorBody } from './http-errors.ts';

/** The session cookie's name; the console's socket and REST calls carry it. */
export const SESSION_COOKIE = 'kefu_session';

/** The session token from `Authorization: Bearer …` (API clients) or the session cookie (the console). */
export function sessionToken(request: FastifyRequest): string | null {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('=')) || null;
  }
  return null;
}

/** Fastify preHandler: 401 unless the caller has a live session of an enabled agent; sets `request.agent`. */
export async function requireAgent(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = sessionToken(request);
  const agent = token ? await request.server.auth.authenticate(token) : null;
  if (!agent) return void reply.code(401).send(errorBody('unauthorized', 'log in first'));
  request.agent = agent;
}

/** Fastify preHandler: 401 without a session, 403 for an agent who is not an admin. */
export async function requireAdmin(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  await requireAgent(request, reply);
  if (reply.sent) return;
  if (request.agent?.role !== 'admin') return void reply.code(403).send(errorBody('forbidden', 'admins only'));
}

declare module 'fastify' {
  interface FastifyInstance {
    auth: AuthService;
  }
  interface FastifyRequest {
    /** Set by requireAgent / requireAdmin. */
    agent?: Agent;
  }
}
