import type { FastifyInstance } from 'fastify';
import type { AbuseLimits } from '../services/abuse-limits.ts';
import { sendRateLimited } from '../routes/http-errors.ts';

/** REST calls per client IP: over the limit → 429 `rate_limited` with retryAfter (and a Retry-After header). */
export function registerRestLimit(app: FastifyInstance, limits: AbuseLimits): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const taken = await limits.rest(request.ip);
    if (taken.ok) return;
    return sendRateLimited(reply, taken.retryAfter, 'too many requests');
  });
}
