import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendError } from '../routes/http-errors.ts';
import { SESSION_COOKIE } from '../routes/auth-guards.ts';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The request carries the console's session cookie (a browser attaches it to any same-site request). */
function hasSessionCookie(request: FastifyRequest): boolean {
  return (request.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
}

/** The request body's media type without parameters ("application/json; charset=utf-8" → "application/json"). */
function mediaType(request: FastifyRequest): string | null {
  const type = request.headers['content-type'];
  return type ? type.split(';')[0]!.trim().toLowerCase() : null;
}

/**
 * Guards on every `/api/*` request, before any route runs:
 * - A write (POST, PUT, PATCH, DELETE) with a body must be `application/json`: HTML forms can send only
 *   form-encoded, multipart or text/plain bodies, so none reaches a route (415). An upload route
 *   (`config.acceptsFile`) takes `application/octet-stream` instead, which a form cannot send either.
 * - A write that carries the session cookie must come from this server's own page: its `Origin` is the public
 *   URL's origin, or, without an Origin, `Sec-Fetch-Site: same-origin`. Another port or subdomain is
 *   "same-site", so SameSite=Strict alone lets it through (403). A write with a foreign Origin is refused
 *   whatever it carries (login CSRF). API clients with a bearer token and no browser headers are unaffected.
 * - Every answer is `Cache-Control: no-store`: sessions, transcripts and exports stay out of caches.
 */
export function registerApiGuards(app: FastifyInstance, opts: { publicUrl: string }): void {
  const ownOrigin = new URL(opts.publicUrl).origin;
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    void reply.header('cache-control', 'no-store');
    if (READS.has(request.method)) return;
    const origin = request.headers.origin;
    const sameOrigin = origin !== undefined ? origin === ownOrigin : request.headers['sec-fetch-site'] === 'same-origin';
    if (origin !== undefined && !sameOrigin) return sendError(reply, 'forbidden', 'this request must come from the Kefu console itself');
    if (!sameOrigin && hasSessionCookie(request)) {
      return sendError(reply, 'forbidden', 'a cookie-authenticated request must come from the Kefu console itself (Origin)');
    }
    const type = mediaType(request);
    const expected = request.routeOptions.config.acceptsFile ? 'application/octet-stream' : 'application/json';
    if (type !== null && type !== expected) return sendError(reply, 'unsupported_media_type', `send ${expected}`);
    return undefined;
  });
}
