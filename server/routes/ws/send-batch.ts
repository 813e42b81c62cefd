import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import { LIMITS } from '../../../protocol/limits.ts';

const corked = new Set<Socket>();
const uncorkAll = () => {
  for (const tcp of corked) tcp.uncork();
  corked.clear();
};

/**
 * Send a text frame on a socket. Frames sent to the same socket before the current burst of callbacks
 * and promise continuations ends (one committed batch acknowledges and delivers many messages at once)
 * leave in one write instead of one system call each: the TCP socket is corked on the first frame and
 * uncorked on the next tick. A close still sends everything before it (ending a stream uncorks it).
 */
export function sendFrame(socket: WebSocket, data: string): void {
  const tcp = (socket as unknown as { _socket?: Socket })._socket;
  if (tcp && !corked.has(tcp)) {
    if (corked.size === 0) process.nextTick(uncorkAll);
    tcp.cork();
    corked.add(tcp);
  }
  socket.send(data);
}

/**
 * Tell the client to come back (it resends what was not acknowledged and resyncs from the last seq it
 * holds), then close: after a failure that may have left what this socket delivered incomplete, or for a
 * slow consumer.
 */
export function closeForResync(socket: WebSocket, code: number, reason: string, afterMs = 0): void {
  if (socket.readyState !== socket.OPEN) return;
  sendFrame(socket, JSON.stringify({ type: 'reconnect', afterMs }));
  socket.close(code, reason);
}

/** A client that reads slower than it is sent to: stop queueing for it (server memory) once past the cap. */
export function guardSlowConsumer(socket: WebSocket, closeCode: number): void {
  if (socket.bufferedAmount > LIMITS.wsSendBuffer) closeForResync(socket, closeCode, 'slow consumer');
}
