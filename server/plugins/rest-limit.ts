import type { FastifyInstance } from 'fastify';
import type { AbuseLimits } from '../services/abuse-limits.ts';
import { sendRateLimited } from '../routes/http-errors.ts';

/**
 * REST calls (and the console socket's upgrades, which look the session up like one) and file downloads per client IP,
 * each its own bucket (a console's images do not spend its API calls): over the limit → 429 `rate_limited` with
 * retryAfter (and a Retry-After header). A signed file link read again and again would otherwise read storage and the
 * blob store (S3: a paid GET) each time; an upgrade with a made-up session token, the sessions table.
 */
export function registerRestLimit(app: FastifyInstance, limits: AbuseLimits): void {
  app.addHook('onRequest', async (request, reply) => {
    const { url } = request;
    const limit = url.startsWith('/api/') || url.startsWith('/ws/agent') ? limits.rest : url.startsWith('/files/') ? limits.files : null;
    if (!limit) return;
    const taken = await limit(request.ip);
    if (taken.ok) return;
    return sendRateLimited(reply, taken.retryAfter, 'too many requests');
  });
}
