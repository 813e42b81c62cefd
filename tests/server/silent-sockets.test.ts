import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../protocol/index.ts';
import { LiveSocket } from '../../ui/socket/live-socket.ts';
import type { VisitorClientFrame, VisitorServerFrame } from '../../protocol/index.ts';
import { dropPrefix, redisAvailable, REDIS_URL, testPrefix } from '../helpers/redis.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { waitFor } from '../helpers/wait.ts';
import { TestClient, visitor } from '../helpers/ws-client.ts';
import { installBrowserGlobals } from '../soak/node-widget.ts';

/**
 * A visitor socket that upgrades and never says hello: it held one of its IP's slots (500) for as long as it stayed
 * open, and opening one took no token (only the slot). Now each socket opened takes a token of its IP's
 * KEFU_LIMIT_IP_HELLOS_PER_MIN (in the shared store: in process and in Redis), and one that has not said hello within
 * KEFU_WS_HELLO_TIMEOUT_SECONDS is closed: `timed_out`, then a reconnect hint of that long and 1013. The widget's
 * socket (ui/socket) comes back after the hint plus its backoff, which only a welcome resets: no tight loop.
 * Counted in frames and closes; the only time compared is a timer's lower bound (a retry never comes before its hint).
 */
const SLOTS = 3;

/** A visitor welcomed within 20 tries 50 ms apart (each refused try is closed at once by the server). */
async function welcomedSoon(server: RunningServer) {
  for (let i = 0; i < 20; i++) {
    const client = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
    client.send({ type: 'hello', v: 1, locale: 'en' });
    // The loser of the two waits times out later: caught (null), never an unhandled rejection.
    const closed = client.waitClose(15_000).then(() => null, () => null);
    const welcome = await Promise.race([client.next('welcome', () => true, 15_000).catch(() => null), closed]);
    if (welcome) return { client, welcome };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no slot came free');
}

describe('a socket that never says hello', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ KEFU_WS_HELLO_TIMEOUT_SECONDS: '1', KEFU_LIMIT_SOCKETS_PER_IP: String(SLOTS) });
  });
  afterAll(() => server?.cleanup());

  it('is closed with timed_out, a reconnect hint and 1013, and gives its slot back; a socket that said hello stays', async () => {
    const talking = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const silent = await Promise.all(Array.from({ length: SLOTS - 1 }, () => TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url)));
    for (const client of silent) {
      expect((await client.waitClose(15_000)).code).toBe(CLOSE.tryAgainLater);
      expect(client.frames).toEqual([
        { type: 'error', code: 'timed_out', message: 'no hello in time' },
        { type: 'reconnect', afterMs: 1000 },
      ]);
    }
    // Their slots are free again: as many new visitors as there were silent sockets are welcomed (a slot is given
    // back when the server sees the close, which may come just after the client does: a refused one tries again).
    const next = await Promise.all(silent.map(() => welcomedSoon(server)));
    expect(next.map((v) => v.welcome.type)).toEqual(silent.map(() => 'welcome'));
    // The one that said hello was not closed by the deadline (it answers a ping long after it passed).
    talking.client.send({ type: 'ping', t: 1 });
    await talking.client.next('pong');
    expect(talking.client.closed).toBeNull();
    for (const v of [talking, ...next]) v.client.close();
  });

});

describe("the widget's socket when its hello is lost", () => {
  let server: RunningServer;
  beforeAll(async () => {
    // Its own server: no socket of another test holds a slot (a socket refused for slots is told to wait 30 s).
    server = await startServer({ KEFU_WS_HELLO_TIMEOUT_SECONDS: '1' });
  });
  afterAll(() => server?.cleanup());

  it("the widget's socket, whose hello never reaches the server, retries no sooner than the hint and is never online", async () => {
    installBrowserGlobals(server.url);
    const sockets: { openedAt: number; closedAt?: number; reason?: string }[] = [];
    const states = new Set<string>();
    // A socket whose hello is lost on the way (a stuck proxy, say): every other frame goes through.
    const open = (url: string): WebSocket => {
      const socket = new WebSocket(url);
      const send = socket.send.bind(socket);
      socket.send = (data) => void (JSON.parse(String(data)).type === 'hello' ? undefined : send(data));
      const seen: (typeof sockets)[number] = { openedAt: Number.NaN };
      sockets.push(seen);
      socket.addEventListener('open', () => (seen.openedAt = Date.now()));
      socket.addEventListener('close', (event) => Object.assign(seen, { closedAt: Date.now(), reason: event.reason }));
      return socket;
    };
    const live = new LiveSocket<VisitorServerFrame, VisitorClientFrame>({
      url: `${server.wsUrl}/ws/visitor`,
      hello: () => ({ type: 'hello', v: 1 }),
      onFrame: () => undefined,
      onState: (state) => states.add(state),
      open,
    });
    live.start();
    const timedOut = () => sockets.filter((s) => s.reason === 'no hello');
    try {
      await waitFor(() => timedOut().length >= 3, 'three sockets closed for want of a hello', 30_000);
    } finally {
      live.stop();
    }
    // The socket after each one closed for want of a hello opened at least the hint (1 s) after that close.
    const after = sockets.flatMap((s, i) => (s.reason === 'no hello' && sockets[i + 1] ? [sockets[i + 1]!.openedAt - s.closedAt!] : []));
    expect(after.length).toBeGreaterThanOrEqual(2);
    for (const gap of after) expect(gap).toBeGreaterThanOrEqual(1000);
    expect(states.has('online')).toBe(false);
  });
});

const withRedis = await redisAvailable();
const OPENINGS = 5;

describe.each([
  ['limits in this process', false],
  ['limits in Redis', true],
])('sockets opened per IP (%s)', (_, inRedis) => {
  const prefix = testPrefix();
  let server: RunningServer;
  beforeAll(async () => {
    if (inRedis && !withRedis) return;
    server = await startServer({ KEFU_LIMIT_IP_HELLOS_PER_MIN: String(OPENINGS), ...(inRedis ? { KEFU_REDIS_URL: REDIS_URL, KEFU_REDIS_PREFIX: prefix } : {}) });
  });
  afterAll(async () => {
    await server?.cleanup();
    if (inRedis && withRedis) await dropPrefix(prefix);
  });

  it.skipIf(inRedis && !withRedis)('sockets opened and never used are let in while the limit lasts, then turned away (rate_limited, 1013)', async () => {
    const started = Date.now();
    const sockets = await Promise.all(Array.from({ length: 4 * OPENINGS }, () => TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url)));
    // A ping's pong: the socket's first task (taking its token) is done by then; a socket turned away has its error.
    for (const s of sockets) s.send({ type: 'ping', t: 0 });
    await waitFor(() => sockets.every((s) => s.frames.some((f) => f.type === 'pong' || f.type === 'error')), 'every socket answered', 15_000);
    const elapsed = Date.now() - started;
    const refused = sockets.filter((s) => s.frames.some((f) => f.type === 'error'));
    for (const s of refused) {
      expect(s.frames[0]).toMatchObject({ type: 'error', code: 'rate_limited', retryAfter: expect.any(Number) });
      expect((await s.waitClose()).code).toBe(CLOSE.tryAgainLater);
    }
    const letIn = sockets.length - refused.length;
    expect(letIn).toBeGreaterThanOrEqual(OPENINGS);
    expect(letIn).toBeLessThanOrEqual(OPENINGS + Math.ceil((elapsed * OPENINGS) / 60_000));
    for (const s of sockets) s.close();
  });
});
