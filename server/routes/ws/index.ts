import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Bus } from '../../bus/types.ts';
import type { ConversationService } from '../../services/conversations.ts';
import type { Metrics } from '../../plugins/metrics.ts';
import { originAllowed, releaseUpgrade } from '../../plugins/websocket.ts';
import type { AbuseLimits } from '../../services/abuse-limits.ts';
import type { QueuePlaces } from '../../services/queue-places.ts';
import { verifyAppToken } from '../../services/identity.ts';
import { sendError } from '../http-errors.ts';
import { attachVisitorConnection, onVisitorSocketError, type VisitorConnectionDeps } from './visitor-connection.ts';
import type { VisitorHandoff } from './visitor-handoff.ts';
import type { FileLinks } from '../../services/attachment-links.ts';

export function registerWsRoutes(
  app: FastifyInstance,
  deps: { config: Config; conversations: ConversationService; links: FileLinks; visitorHandoff: VisitorHandoff; bus: Bus; places: QueuePlaces; metrics: Metrics; limits: AbuseLimits; frameClock: () => number },
): void {
  /**
   * Browsers always send Origin: it must be an allowed one. Only native apps connect without one, and
   * they must present an app token (`typ: "app"`, `sub: "app:<name>"`, signed like an identity; header, not URL).
   */
  const visitorUpgradeAllowed = (headers: Record<string, string | string[] | undefined>): boolean => {
    if (headers.origin !== undefined) return originAllowed(headers.origin as string, deps.config.allowedOrigins);
    const appToken = headers['x-kefu-app-token'];
    if (typeof appToken !== 'string') return false;
    return verifyAppToken(appToken, deps.config.security.identitySecrets).ok;
  };

  const shared: VisitorConnectionDeps = {
    conversations: deps.conversations,
    links: deps.links,
    handoff: deps.visitorHandoff,
    bus: deps.bus,
    places: deps.places,
    metrics: deps.metrics,
    limits: deps.limits,
    frames: deps.config.security.limits.socketFrames,
    frameClock: deps.frameClock,
    helloTimeoutMs: deps.config.security.limits.helloTimeoutMs,
    log: app.log,
  };

  app.get(
    '/ws/visitor',
    {
      websocket: true,
      // Refuse foreign pages before the upgrade (no 101): cross-site WebSocket hijacking.
      onRequest: async (request, reply) => {
        if (!visitorUpgradeAllowed(request.headers)) {
          return sendError(reply, 'forbidden', 'origin not allowed');
        }
      },
    },
    (socket, request) => {
      releaseUpgrade(socket, request, onVisitorSocketError);
      const ip = request.ip;
      attachVisitorConnection(socket, shared, { ip, userAgent: request.headers['user-agent']?.slice(0, 300) ?? null, reqId: request.id });
    },
  );
}
