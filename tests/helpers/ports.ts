import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';

/**
 * Ports for listeners that must be named before they listen: a child process (the built server, PostgreSQL, nginx,
 * Redis) told its port, or a server whose config holds its own URL. A listener of the test's own that needs no number
 * up front listens on port 0 instead and reads the port back (listenOnAnyPort, below).
 *
 * A port probed free on port 0 and listened on later is not safe (CI, session 30: EADDRINUSE on 127.0.0.1:39029):
 * port-0 listeners and every outgoing connection's local port come from one range, the kernel's ephemeral range, so
 * another vitest worker's connection can take the number in between. These ports come from outside that range, where
 * no connection gets one, and from a stripe of the vitest worker's own (VITEST_POOL_ID, 1 to maxWorkers), so two
 * workers never draw the same number. A bind probe skips a port something else holds (a server still closing, another
 * checkout's run).
 */

export interface PortRange {
  first: number;
  last: number;
}

/** Below this, well-known services' ports (PostgreSQL 5432, Redis 6379, 8080): never drawn. */
const FLOOR = 20_000;
/** The band outside the ephemeral range is cut in this many stripes: pool ids 1-7 (vitest.config.ts runs 2) and 0, a process outside vitest (a bench, the soak). */
export const STRIPES = 8;

/** The kernel's ephemeral range (net.ipv4.ip_local_port_range), read as the kernel has it now. */
export function ephemeralRange(): PortRange {
  const [first, last] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
  return { first: first!, last: last! };
}

const size = (range: PortRange) => Math.max(0, range.last - range.first + 1);

/** Stripe `index` (modulo STRIPES) of the larger band outside `ephemeral`: from FLOOR up to below it, or above it up to 65535. */
export function portStripe(index: number, ephemeral: PortRange): PortRange {
  const below = { first: FLOOR, last: ephemeral.first - 1 };
  const above = { first: Math.max(FLOOR, ephemeral.last + 1), last: 65_535 };
  const band = size(below) >= size(above) ? below : above;
  const width = Math.floor(size(band) / STRIPES);
  if (width === 0) throw new Error(`no ports outside the ephemeral range ${ephemeral.first}-${ephemeral.last} above ${FLOOR}`);
  const first = band.first + (index % STRIPES) * width;
  return { first, last: first + width - 1 };
}

/** Whether a listener can take `port` on 127.0.0.1 now (the probe is closed before this resolves). */
function bindable(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' || err.code === 'EACCES' ? resolve(false) : reject(err)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * The ports of `stripe` in turn, from `start` on and round again, each one a bind probe finds free: no port twice
 * before the whole stripe has been handed out (calls at the same time included).
 */
export function portPicker(stripe: PortRange, start = stripe.first): () => Promise<number> {
  const width = size(stripe);
  let next = start - stripe.first;
  return async () => {
    for (let tried = 0; tried < width; tried++) {
      const port = stripe.first + (next++ % width);
      if (await bindable(port)) return port;
    }
    throw new Error(`no free port in ${stripe.first}-${stripe.last}`);
  };
}

/** This process's stripe: its vitest worker's (VITEST_POOL_ID), else stripe 0. */
export function ownStripe(): PortRange {
  return portStripe(Number(process.env.VITEST_POOL_ID) || 0, ephemeralRange());
}

let picker: (() => Promise<number>) | null = null;

/**
 * A port for a listener that must be named before it listens (see above). Each process starts at a random place in
 * its stripe, so two runs side by side (two checkouts' tests on one machine) seldom probe the same numbers.
 */
export function reservedPort(): Promise<number> {
  if (!picker) {
    const stripe = ownStripe();
    picker = portPicker(stripe, stripe.first + randomInt(size(stripe)));
  }
  return picker();
}

/** Listen on 127.0.0.1 at a port the kernel picks (port 0: taken as it is picked, so nothing can take it first); resolves with the port. */
export function listenOnAnyPort(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}
