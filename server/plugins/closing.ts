import type { FastifyInstance } from 'fastify';

/**
 * Once the server begins to close, every response ends its connection (`Connection: close`). Fastify says so only for
 * requests that arrive after that: one already in its handler was answered keep-alive, and Node's server, which ends
 * idle connections only when its close begins, then kept that one open until its peer left or `keepAliveTimeout`
 * (72 s) ran out, holding the close as long (tests/server/closing-server.test.ts).
 */
export function registerClosingConnections(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
}
