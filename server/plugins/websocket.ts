import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import fastifyWebsocket from '@fastify/websocket';
import type { WebSocket } from 'ws';
import { CLOSE, LIMITS } from '../../protocol/index.ts';

const alive = new WeakSet<WebSocket>();
/** One listener for every socket's pongs (no closure per socket). */
function answered(this: WebSocket): void {
  alive.add(this);
}

/**
 * WebSocket support: small frames only, no compression, ping every `heartbeatMs` and terminate sockets
 * that did not answer the previous ping. On shutdown every client is told to come back, then closed 1001.
 */
export async function registerWebsocket(app: FastifyInstance, opts: { heartbeatMs: number; reconnectAfterMs: number }) {
  // closeTimeout (a ws option @types/ws does not list yet): a peer that does not answer our close frame within 2 s (a dead
  // link, a frozen tab) is cut. ws's default, 30 s, held a node's shutdown (it waits for every socket) that long.
  const options = { maxPayload: LIMITS.wsMaxPayload, perMessageDeflate: false, clientTracking: true, closeTimeout: 2_000 };
  await app.register(fastifyWebsocket, {
    options,
    preClose(done) {
      // No upgrade is taken from here on: without the plugin's 'upgrade' listener Node hands an upgrade request to
      // Fastify as a plain request, answered 503 with `Connection: close` and its connection ended. Through the
      // listener (the plugin's own preClose removes it; this one replaces that) the 503 went out on a stand-in
      // response that never ends its socket, and Node's HTTP server keeps a socket half-open when its peer leaves:
      // one browser retrying while the server closed held the close for good (tests/server/closing-server.test.ts).
      app.server.removeAllListeners('upgrade');
      for (const client of app.websocketServer.clients) {
        if (client.readyState !== client.OPEN) continue;
        client.send(JSON.stringify({ type: 'reconnect', afterMs: opts.reconnectAfterMs }));
        client.close(CLOSE.goingAway, 'server restarting');
      }
      app.websocketServer.close(() => done());
    },
  });

  app.websocketServer.on('connection', (socket: WebSocket) => {
    alive.add(socket);
    socket.on('pong', answered);
  });
  const timer = setInterval(() => {
    for (const socket of app.websocketServer.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, opts.heartbeatMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}

/**
 * Let the upgrade request go once the socket is handed over: @fastify/websocket routes the upgrade through a
 * stand-in HTTP response that stays attached to the TCP socket, and guards the socket with an error listener
 * that holds the request and reply. Kept, they cost ~6 KiB of heap per open socket (headers, request,
 * response). `onError` takes the place of that listener (attach it before anything can fail).
 */
export function releaseUpgrade(socket: WebSocket, request: FastifyRequest, onError: (this: WebSocket, err: Error) => void): void {
  const tcp = request.raw.socket as Socket & { _httpMessage?: { detachSocket(s: Socket): void } | null };
  tcp._httpMessage?.detachSocket(tcp);
  socket.removeAllListeners('error');
  socket.on('error', onError);
}

/** True when the Origin header is one of the allowed origins (compared as URL origins: case-insensitive host). */
export function originAllowed(origin: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return false;
  let normalized: string;
  try {
    normalized = new URL(origin).origin;
  } catch {
    return false;
  }
  return normalized !== 'null' && allowed.includes(normalized);
}
