import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';

/**
 * A server closing (a deploy, a test file's end) while browsers still try to reconnect: an upgrade that arrives then is
 * refused and its connection ended, so the close waits on no one (session 41's CI spent an e2e file's 120 s closing).
 */

/** A raw TCP connection to `server`, connected: what it received, whether the server ended it; `upgrade()` sends a WebSocket upgrade request for /ws/visitor. */
async function rawConnection(server: RunningServer) {
  const { hostname, port } = new URL(server.url);
  const socket = connect({ host: hostname, port: Number(port) });
  const seen = { text: '', ended: false };
  socket.on('data', (chunk) => (seen.text += chunk.toString('latin1')));
  socket.on('end', () => (seen.ended = true));
  socket.on('error', () => {});
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const upgrade = () =>
    socket.write([
      'GET /ws/visitor HTTP/1.1', `Host: ${hostname}:${port}`, 'Upgrade: websocket', 'Connection: Upgrade',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Version: 13', `Origin: ${server.url}`, '', '',
    ].join('\r\n'));
  return { socket, seen, upgrade };
}

describe("a server's close", () => {
  it('refuses a WebSocket upgrade that arrives while it closes and ends its connection: the close does not wait on it', async () => {
    const server = await startServer();
    // A socket that never answers the server's close frame holds the close for ws's closeTimeout (2 s): the window.
    const silent = await rawConnection(server);
    silent.upgrade();
    await waitFor(() => silent.seen.text.startsWith('HTTP/1.1 101'), 'the first upgrade');
    const late = await rawConnection(server);
    const closed = server.close();
    await waitFor(() => silent.seen.text.includes('"reconnect"'), 'the reconnect hint');
    // A browser retrying while the server closes: refused; then the browser leaves.
    late.upgrade();
    await waitFor(() => late.seen.text.length > 0, 'an answer to the late upgrade');
    expect(late.seen.text).toMatch(/^HTTP\/1\.1 503/);
    late.socket.end();
    // Before, the server kept that connection half-open and its close never finished (15 s is far past ws's 2 s).
    const finished = await Promise.race([closed.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 15_000))]);
    expect(finished, 'the close finished').toBe(true);
    expect(late.seen.ended, 'the late connection ended by the server').toBe(true);
    silent.socket.destroy();
    await server.cleanup();
  }, 60_000);

  it('ends the connection of a request in its handler when the close began: the close does not wait for keep-alive to run out', async () => {
    const server = await startServer();
    const { hostname, port } = new URL(server.url);
    const body = JSON.stringify({ text: 'how do I top up', locale: 'en' });
    const { socket, seen } = await rawConnection(server);
    // The headers before the close (the server's `100 Continue` says it has them), the body once the close has begun
    // (the server no longer listens): the request is in the server's hands when its close begins.
    socket.write([`POST /api/v1/faq/answer HTTP/1.1`, `Host: ${hostname}:${port}`, 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`, 'Expect: 100-continue', '', ''].join('\r\n'));
    await waitFor(() => seen.text.startsWith('HTTP/1.1 100 Continue\r\n\r\n'), 'the request in hand');
    seen.text = '';
    const closed = server.close();
    await waitFor(() => !server.app.server.listening, 'the close begun');
    socket.write(body);
    await waitFor(() => seen.text.includes('\r\n\r\n'), 'the answer');
    expect(seen.text).toMatch(/^HTTP\/1\.1 200/);
    expect(seen.text.toLowerCase()).toContain('connection: close');
    // Before, it was answered keep-alive and the close waited for keepAliveTimeout (72 s) or the client to leave.
    const finished = await Promise.race([closed.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 15_000))]);
    expect(finished, 'the close finished').toBe(true);
    expect(seen.ended, 'the connection ended by the server').toBe(true);
    socket.destroy();
    await server.cleanup();
  }, 60_000);
});
