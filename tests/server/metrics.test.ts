import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MINI_PACK } from '../helpers/faq-model-seed.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, login } from '../helpers/agent-client.ts';

const TOKEN = 'metrics-token-0123456789abcdef';
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ KEFU_METRICS_TOKEN: TOKEN, ...ADMIN_ENV, KEFU_ROUTING: 'auto' }, FAST_SCRYPT);
});
afterAll(() => server.cleanup());

/** One sample's value from the Prometheus text, e.g. sample(text, 'kefu_sockets{kind="visitor"}'). */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

const scrape = async () => {
  const res = await fetch(`${server.url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
};

describe('GET /metrics', () => {
  it('exposes every family and counts a message sent over a real socket', async () => {
    const before = await scrape();
    for (const family of [
      'kefu_sockets',
      'kefu_messages_in_total',
      'kefu_messages_out_total',
      'kefu_delivery_seconds',
      'kefu_bot_answers_total',
      'kefu_bot_answer_seconds',
      'kefu_errors_total',
      'kefu_queue_length',
      'kefu_agents_online',
      'process_cpu_seconds_total',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(before).toContain(`# TYPE ${family} `);
    }

    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    client.send({ type: 'send', clientId: 'metrics-0001', text: 'my payment failed' });
    await client.next('ack');
    await client.next('message', (m) => m.message.author === 'bot');
    client.send({ type: 'nonsense' });
    await client.next('error');

    const after = await scrape();
    expect(sample(after, 'kefu_sockets{kind="visitor"}')).toBe(1);
    expect(sample(after, 'kefu_messages_in_total{author="visitor"}') - sample(before, 'kefu_messages_in_total{author="visitor"}')).toBe(1);
    expect(sample(after, 'kefu_messages_in_total{author="bot"}') - sample(before, 'kefu_messages_in_total{author="bot"}')).toBe(1);
    expect(sample(after, 'kefu_messages_out_total{kind="visitor"}') - sample(before, 'kefu_messages_out_total{kind="visitor"}')).toBe(2);
    expect(sample(after, 'kefu_delivery_seconds_count{kind="visitor"}')).toBeGreaterThanOrEqual(2);
    expect(sample(after, 'kefu_bot_answers_total{kind="answer"}')).toBe(1);
    expect(sample(after, 'kefu_bot_answer_seconds_count{kind="answer"}')).toBe(1);
    expect(sample(after, 'kefu_errors_total{code="bad_frame"}')).toBe(1);

    client.close();
    await client.waitClose();
    await expect.poll(async () => sample(await scrape(), 'kefu_sockets{kind="visitor"}')).toBe(0);
  });

  it('samples the queue and the agents online at each scrape', async () => {
    const { client } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    client.send({ type: 'handoff' });
    await client.next('state', (s) => s.status === 'waiting');
    let text = await scrape();
    expect([sample(text, 'kefu_queue_length{scope="cluster"}'), sample(text, 'kefu_agents_online{scope="cluster"}')]).toEqual([1, 0]);

    // An agent opens the console: online, and auto routing hands them the waiting conversation.
    const agent = await AgentClient.connect(server, (await login(server)).cookie);
    await agent.hello();
    await client.next('state', (s) => s.status === 'assigned');
    text = await scrape();
    expect([sample(text, 'kefu_queue_length{scope="cluster"}'), sample(text, 'kefu_agents_online{scope="cluster"}')]).toEqual([0, 1]);
    agent.close();
    client.close();
  });

  it('counts HTTP error bodies by code', async () => {
    const before = sample(await scrape(), 'kefu_errors_total{code="not_found"}');
    expect((await fetch(`${server.url}/no-such-page`)).status).toBe(404);
    expect(sample(await scrape(), 'kefu_errors_total{code="not_found"}') - before).toBe(1);
  });

  it('is refused to an address that is not allowed, unless it brings the token', async () => {
    const outside = { method: 'GET' as const, url: '/metrics', remoteAddress: '10.1.2.3' };
    const refused = await server.app.inject(outside);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(refused.body).not.toContain('kefu_');

    const wrong = await server.app.inject({ ...outside, headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.statusCode).toBe(403);
    const withToken = await server.app.inject({ ...outside, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(withToken.statusCode).toBe(200);
    expect(withToken.body).toContain('# TYPE kefu_sockets gauge');
  });
});

/** What the SQLite storage's ping prepares (server/storage/sqlite.ts). */
const PING = 'SELECT 1';

describe('GET /readyz', () => {
  it('is 200 when the database and the bus answer', async () => {
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, checks: { storage: true, bus: true, draining: false } });
  });

  it('is 503 naming the database while it does not answer (within a second: an answer is no older), and 200 again once it does', async () => {
    const prepare = Database.prototype.prepare;
    const failing = vi.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: Database.Database, sql: string) {
      if (sql === PING) throw new Error('SQLITE_IOERR: disk I/O error');
      return prepare.call(this, sql);
    } as typeof prepare);
    try {
      await expect.poll(async () => (await fetch(`${server.url}/readyz`)).status, { timeout: 5000 }).toBe(503);
      expect(await (await fetch(`${server.url}/readyz`)).json()).toEqual({ ok: false, checks: { storage: false, bus: true, draining: false } });
    } finally {
      failing.mockRestore();
    }
    await expect.poll(async () => (await fetch(`${server.url}/readyz`)).status, { timeout: 5000 }).toBe(200);
  });

  it('a flood of /readyz and /healthz (unauthenticated) pings the database at most once a second: the checks share the answer', async () => {
    const prepare = vi.spyOn(Database.prototype, 'prepare');
    const started = Date.now();
    const statuses: number[] = [];
    for (let round = 0; round < 5; round++) {
      statuses.push(...(await Promise.all(Array.from({ length: 100 }, (_, i) => fetch(`${server.url}/${i % 2 ? 'readyz' : 'healthz'}`).then((r) => r.status)))));
    }
    const elapsed = Date.now() - started;
    const pings = prepare.mock.calls.filter(([sql]) => sql === PING).length;
    prepare.mockRestore();
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(pings).toBeLessThanOrEqual(1 + Math.floor(elapsed / 1000));
  });
});

describe('a closed server', () => {
  /** A server on the mini pack, scraped (its gauges read its sockets and desk) and closed; only a weak reference kept. */
  async function closedServer(): Promise<WeakRef<object>> {
    const closing = await startServer({ KEFU_FAQ_PACK_DIR: MINI_PACK });
    expect((await fetch(`${closing.url}/metrics`)).status).toBe(200);
    await closing.cleanup();
    return new WeakRef(closing.app);
  }

  it('is not held by its metrics: prom-client keeps every registry alive (its GC observer), the registry lets go of the server', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const first = await closedServer();
    // The newest closed server is sometimes still reachable right after (a probe outside vitest kept the last of three, by
    // what is not known); the one before it must be gone.
    await closedServer();
    gc();
    expect(first.deref()).toBeUndefined();
  });
});
