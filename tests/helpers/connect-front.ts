import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * What one connection to a ConnectFront gets: `hold` — the TCP connection is accepted and nothing is ever written (a
 * WebSocket handshake that never completes); `mute` — passed to the server, but of the server's bytes only its
 * handshake answer (up to the blank line) comes back: the socket opens, its hello reaches the server, the welcome never
 * reaches the client; `pass` — passed through both ways.
 */
export type Attempt = 'hold' | 'mute' | 'pass';

/**
 * A TCP front on 127.0.0.1 for connect tests: the n-th connection gets `plan[n]` (`pass` after the plan), so a client
 * can be made to meet a hung handshake, then an unanswered hello, then the real server. `attempts` records each one.
 */
export class ConnectFront {
  readonly attempts: { kind: Attempt; at: number }[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;

  constructor(
    private readonly upstreamPort: number,
    private readonly plan: readonly Attempt[],
  ) {
    this.server = createServer((client) => this.accept(client));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as { port: number }).port;
  }

  private accept(client: Socket): void {
    const kind = this.plan[this.attempts.length] ?? 'pass';
    this.attempts.push({ kind, at: Date.now() });
    this.track(client);
    if (kind === 'hold') return;
    const upstream = this.track(connect(this.upstreamPort, '127.0.0.1'));
    // Either end gone: the other goes too (a client that gave up is seen by the server as a closed socket).
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    if (kind === 'pass') return void upstream.pipe(client);
    let head = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      const end = (head + text).indexOf('\r\n\r\n');
      if (end < 0) return void (head += text);
      client.write(Buffer.from((head + text).slice(0, end + 4), 'latin1'));
      upstream.off('data', onData);
      upstream.on('data', () => undefined); // every later byte (the welcome) is dropped
    };
    upstream.on('data', onData);
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
    return socket;
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
