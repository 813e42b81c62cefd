import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Agent } from '../storage/agent-types.ts';
import type { AuthService } from '../services/auth.ts';
import type { TwoFactorService } from '../services/two-factor.ts';
import { mayWrite } from '../services/roles.ts';
import { sendError } from './http-errors.ts';

/** Methods that read: every other one writes, and a read-only account is refused it unless the route says `viewerMay`. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session cookie's name; the console's socket and REST calls carry it. */
export const SESSION_COOKIE = 'kefu_session';
/** How long the session cookie lives (the session's absolute lifetime). */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

/** The Set-Cookie value for a session token (an empty value with max age 0 ends it). */
export const sessionCookie = (value: string, maxAge: number, secure: boolean): string =>
  `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;

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

/**
 * Set `request.agent` from a live session of an enabled agent, or reply 401 and return null. An agent whom
 * the admins' policy requires to use two-factor, and who has not set it up, reaches only the routes that say
 * `config: { beforeTwoFactorSetup: true }` (who am I, log out, set it up): 403 `two_factor_setup_required`.
 */
async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<Agent | null> {
  const token = sessionToken(request);
  const agent = token ? await request.server.auth.authenticate(token) : null;
  if (!agent) {
    void sendError(reply, 'unauthorized', 'log in first');
    return null;
  }
  if (!request.routeOptions.config.beforeTwoFactorSetup && (await request.server.twoFactor.mustSetUp(agent))) {
    void sendError(reply, 'two_factor_setup_required', 'set up two-factor sign-in first (your profile)');
    return null;
  }
  // Deny by default: a read-only account (a viewer) writes through no route but its own account's (`viewerMay`).
  if (!mayWrite(agent) && !READS.has(request.method) && !request.routeOptions.config.viewerMay) {
    void sendError(reply, 'forbidden', 'read-only access: this account reads and never changes anything', undefined, 'read_only');
    return null;
  }
  request.agent = agent;
  return agent;
}

/** Fastify onRequest hook (before the body is parsed and validated): 401 unless the caller has a live session of an enabled agent; sets `request.agent`. */
export async function requireAgent(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  // Returning the reply after a send stops the request here (Fastify's rule for async hooks).
  return (await authenticate(request, reply)) ? undefined : reply;
}

/**
 * Fastify onRequest hook (before the body is parsed and validated): 401 without a session, 403 for an agent who is
 * not an admin; a viewer passes the routes that say `config: { viewerMay: true }` (the audit log, the FAQ's reads).
 */
export async function requireAdmin(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  const agent = await authenticate(request, reply);
  if (!agent) return reply;
  if (agent.role !== 'admin' && !(agent.role === 'viewer' && request.routeOptions.config.viewerMay)) return sendError(reply, 'forbidden', 'admins only');
  return undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    auth: AuthService;
    twoFactor: TwoFactorService;
  }
  interface FastifyContextConfig {
    /** The route serves an agent who must still set up two-factor sign-in (who am I, log out, the setup itself). */
    beforeTwoFactorSetup?: boolean;
    /**
     * A viewer (read-only account) may call it too: on an admins' route, a read a viewer needs (the audit log, the
     * FAQ); on an agents' write route, the viewer's own account (log out, profile, two-factor) or an audited read (reveal).
     */
    viewerMay?: boolean;
  }
  interface FastifyRequest {
    /** Set by requireAgent / requireAdmin. */
    agent?: Agent;
  }
}
