import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Bus } from '../../bus/types.ts';
import type { ConversationService } from '../../services/conversations.ts';
import type { Metrics } from '../../plugins/metrics.ts';
import { originAllowed } from '../../plugins/websocket.ts';
import { errorBody } from '../http-errors.ts';
import { attachVisitorConnection } from './visitor-connection.ts';
import type { VisitorHandoff } from './visitor-handoff.ts';

export function registerWsRoutes(
  app: FastifyInstance,
  deps: { config: Config; conversations: ConversationService; visitorHandoff: VisitorHandoff; bus: Bus; metrics: Metrics },
): void {
  app.get(
    '/ws/visitor',
    {
      websocket: true,
      // Refuse foreign pages before the upgrade (no 101): cross-site WebSocket hijacking.
      onRequest: async (request, reply) => {
        if (!originAllowed(request.headers.origin, deps.config.allowedOrigins)) {
          return reply.code(403).send(errorBody('forbidden', 'origin not allowed'));
        }
      },
    },
    (socket, request) => {
      // Handlers are attached synchronously, before any await, so no early frame is lost.
      const userAgent = request.headers['user-agent']?.slice(0, 300) ?? null;
      attachVisitorConnection(socket, {
        conversations: deps.conversations,
        handoff: deps.visitorHandoff,
        bus: deps.bus,
        metrics: deps.metrics,
        userAgent,
        log: request.log,
      });
    },
  );
}
