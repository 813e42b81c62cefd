import { createServer, connect, type Server, type Socket } from 'node:net';
import { listenOnAnyPort } from '../helpers/ports.ts';

interface Pair {
  client: Socket;
  upstream: Socket;
  blackholed: boolean;
}

/**
 * A TCP proxy on 127.0.0.1 in front of the server that can cut connections (both sides reset at once) or
 * blackhole them (kept open, every byte silently dropped: a half-open link only heartbeats can find).
 * In front of several nodes it balances like a load balancer without sticky sessions: each new connection
 * goes to the next node in turn, and to the one after when a node refuses (it is down).
 */
export class FaultProxy {
  private readonly pairs = new Set<Pair>();
  private server: Server | null = null;
  cuts = 0;
  blackholes = 0;

  private next = 0;
  /** The nodes' ports: given once they run, since they start after the proxy (whose address they answer as). */
  private upstreamPorts: readonly number[] = [];

  /** Listen on 127.0.0.1 at a port of the kernel's pick; resolves with it. */
  listen(): Promise<number> {
    this.server = createServer((client) => this.accept(client));
    return listenOnAnyPort(this.server);
  }

  /** Send each new connection to these ports (in turn) from now on. */
  forwardTo(ports: readonly number[]): void {
    this.upstreamPorts = ports;
  }

  get open(): number {
    return this.pairs.size;
  }

  /** Cut or blackhole (half and half) `fraction` of the open connections, chosen with `random`. */
  injure(fraction: number, random: () => number): void {
    const healthy = [...this.pairs].filter((p) => !p.blackholed);
    const count = Math.round(healthy.length * fraction);
    for (let i = 0; i < count && healthy.length > 0; i++) {
      const [pair] = healthy.splice(Math.floor(random() * healthy.length), 1);
      if (random() < 0.5) {
        this.cuts++;
        this.drop(pair!);
      } else {
        this.blackholes++;
        pair!.blackholed = true;
      }
    }
  }

  close(): Promise<void> {
    for (const pair of this.pairs) this.drop(pair);
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accept(client: Socket): void {
    // Nothing is forwarded until a node takes the connection (the client's first bytes wait, paused).
    client.pause();
    const pair: Pair = { client, upstream: null as unknown as Socket, blackholed: false };
    this.pairs.add(pair);
    client.on('error', () => this.drop(pair));
    client.on('close', () => this.drop(pair));
    const tryNode = (tries: number) => {
      const port = this.upstreamPorts[this.next++ % this.upstreamPorts.length]!;
      const upstream = connect(port, '127.0.0.1');
      pair.upstream = upstream;
      let connected = false;
      upstream.once('error', () => {
        if (!this.pairs.has(pair)) return;
        if (!connected && tries + 1 < this.upstreamPorts.length) return tryNode(tries + 1); // refused: the next node
        this.drop(pair);
      });
      upstream.once('connect', () => {
        connected = true;
        if (!this.pairs.has(pair)) return void upstream.destroy();
        client.on('data', (d) => pair.blackholed || upstream.write(d));
        upstream.on('data', (d) => pair.blackholed || client.write(d));
        upstream.on('error', () => this.drop(pair));
        upstream.on('close', () => this.drop(pair));
        client.resume();
      });
    };
    tryNode(0);
  }

  private drop(pair: Pair): void {
    if (!this.pairs.delete(pair)) return;
    pair.client.resetAndDestroy();
    pair.upstream.resetAndDestroy();
  }
}
