import type { FastifyInstance } from 'fastify';

/**
 * Headers every response carries. Page-specific CSP (and frame-ancestors) is set by the page routes.
 * HSTS only when the public URL is https: sending it over plain http would be ignored or misleading.
 */
export function registerSecurityHeaders(app: FastifyInstance, opts: { https: boolean }): void {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    if (opts.https) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
}
