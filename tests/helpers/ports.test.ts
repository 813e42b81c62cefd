import { describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:net';
import { ephemeralRange, ownStripe, portPicker, portStripe, reservedPort, STRIPES, type PortRange } from './ports.ts';

const inside = (port: number, range: PortRange) => port >= range.first && port <= range.last;
const overlap = (a: PortRange, b: PortRange) => a.first <= b.last && b.first <= a.last;

function hold(port: number): Promise<Server> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
const release = (server: Server) => new Promise((resolve) => server.close(resolve));

describe('reservedPort', () => {
  it("draws from this worker's stripe, outside the kernel's ephemeral range, never the same port twice", async () => {
    const ephemeral = ephemeralRange();
    const stripe = ownStripe();
    const ports = [];
    for (let i = 0; i < 20; i++) ports.push(await reservedPort());
    ports.push(...(await Promise.all(Array.from({ length: 20 }, () => reservedPort()))));
    expect(new Set(ports).size).toBe(ports.length);
    for (const port of ports) {
      expect(inside(port, ephemeral), `${port} in the ephemeral range ${ephemeral.first}-${ephemeral.last}`).toBe(false);
      expect(inside(port, stripe), `${port} in ${stripe.first}-${stripe.last}`).toBe(true);
    }
  });

  it('gives a port a listener can take', async () => {
    await release(await hold(await reservedPort()));
  });
});

describe('portStripe', () => {
  // This machine's range, Linux's default, the IANA range (49152-65535) and a low one that leaves only the ports above it.
  const ranges: PortRange[] = [ephemeralRange(), { first: 32768, last: 60999 }, { first: 49152, last: 65535 }, { first: 1024, last: 40000 }];

  it.each(ranges)('cuts the ports outside $first-$last into stripes no two worker ids share', (ephemeral) => {
    const stripes = Array.from({ length: STRIPES }, (_, id) => portStripe(id, ephemeral));
    for (const [id, stripe] of stripes.entries()) {
      expect(stripe.last, `stripe ${id}`).toBeGreaterThanOrEqual(stripe.first);
      expect(stripe.first).toBeGreaterThanOrEqual(20_000);
      expect(stripe.last).toBeLessThanOrEqual(65_535);
      expect(overlap(stripe, ephemeral), `stripe ${id} overlaps the ephemeral range`).toBe(false);
      for (const other of stripes.slice(id + 1)) expect(overlap(stripe, other), `stripe ${id} overlaps another`).toBe(false);
    }
    // Worker ids past the stripes wrap round (vitest.config.ts runs two workers: ids 1 and 2).
    expect(portStripe(STRIPES + 1, ephemeral)).toEqual(stripes[1]);
  });

  it('refuses a range that leaves no room', () => {
    expect(() => portStripe(1, { first: 1024, last: 65535 })).toThrow(/no ports outside the ephemeral range/);
  });
});

describe('portPicker', () => {
  it('skips a port something listens on, and gives it once it is free again', async () => {
    const port = await reservedPort();
    const only = portPicker({ first: port, last: port });
    const held = await hold(port);
    await expect(only()).rejects.toThrow(`no free port in ${port}-${port}`);
    await release(held);
    expect(await only()).toBe(port);
  });
});
