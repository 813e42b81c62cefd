import type { FastifyInstance } from 'fastify';
import type { AbuseLimits } from '../services/abuse-limits.ts';
import { sendRateLimited } from '../routes/http-errors.ts';

/**
 * Paths that take a REST call's token: the API, and what looks up storage like it — the console socket's upgrade (its
 * session) and the e-mail unsubscribe pages (their token).
 */
const AS_REST_CALLS = ['/api/', '/ws/agent', '/email/'];

/**
 * REST calls and file downloads per client IP, each its own bucket (a console's images do not spend its API calls):
 * over the limit → 429 `rate_limited` with retryAfter (and a Retry-After header). A signed file link read again and
 * again would otherwise read storage and the blob store (S3: a paid GET) each time; an upgrade or an unsubscribe with
 * a made-up token, the sessions or e-mails table.
 */
export function registerRestLimit(app: FastifyInstance, limits: AbuseLimits): void {
  app.addHook('onRequest', async (request, reply) => {
    const { url } = request;
    const limit = AS_REST_CALLS.some((path) => url.startsWith(path)) ? limits.rest : url.startsWith('/files/') ? limits.files : null;
    if (!limit) return;
    const taken = await limit(request.ip);
    if (taken.ok) return;
    return sendRateLimited(reply, taken.retryAfter, 'too many requests');
  });
}
