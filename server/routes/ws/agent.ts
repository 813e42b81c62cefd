import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import { originAllowed, releaseUpgrade } from '../../plugins/websocket.ts';
import { hashToken } from '../../services/tokens.ts';
import { requireAgent, sessionToken } from '../auth-guards.ts';
import { sendError } from '../http-errors.ts';
import { AgentServerFrame } from '../../../protocol/index.ts';
import { unclassifiedStrings } from '../../services/mask-by-schema.ts';
import { attachAgentConnection, type AgentConnectionDeps } from './agent-connection.ts';

/**
 * `/ws/agent`: the console's socket. A browser must come from the console's own origin (else 403 before
 * the upgrade) and carries the session cookie; a non-browser client (no Origin) must send
 * `Authorization: Bearer <token>`. Never a token in the URL.
 */
export function registerAgentSocket(app: FastifyInstance, config: Config, deps: Omit<AgentConnectionDeps, 'agent' | 'session' | 'log'>): void {
  // Every string a console frame can carry is marked personal or safe: the socket masks by it (fail closed).
  const unclassified = unclassifiedStrings(AgentServerFrame, 'frame');
  if (unclassified.length > 0) throw new Error(`agent frames: mark these strings personal or safe (protocol/data-class.ts): ${unclassified.join(', ')}`);
  const consoleOrigin = [new URL(config.publicUrl).origin];
  app.get(
    '/ws/agent',
    {
      websocket: true,
      onRequest: async (request, reply) => {
        const origin = request.headers.origin;
        const allowed = origin === undefined ? request.headers.authorization !== undefined : originAllowed(origin, consoleOrigin);
        if (!allowed) return sendError(reply, 'forbidden', 'origin not allowed');
        return requireAgent(request, reply);
      },
    },
    (socket, request) => {
      const log = request.log;
      releaseUpgrade(socket, request, (err) => log.debug({ err }, 'agent socket error'));
      // requireAgent succeeded: the agent and the token are there.
      attachAgentConnection(socket, { ...deps, agent: request.agent!, session: hashToken(sessionToken(request)!), log: request.log });
    },
  );
}
