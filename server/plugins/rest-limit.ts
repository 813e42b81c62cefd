import type { FastifyInstance } from 'fastify';
import type { AbuseLimits } from '../services/abuse-limits.ts';

/** REST calls per client IP: over the limit → 429 `rate_limited` with retryAfter (and a Retry-After header). */
export function registerRestLimit(app: FastifyInstance, limits: AbuseLimits): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const taken = limits.rest(request.ip);
    if (taken.ok) return;
    return reply
      .code(429)
      .header('retry-after', String(taken.retryAfter))
      .send({ error: { code: 'rate_limited', message: 'too many requests', retryAfter: taken.retryAfter } });
  });
}
