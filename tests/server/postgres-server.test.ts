import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';

/** Runs only in vitest's `postgres` project (KEFU_TEST_STORAGE=postgres): the server itself on PostgreSQL. */
let server: RunningServer;
const HOUR = 3_600_000;
beforeAll(async () => {
  // The server's own background work (outbox polls and purges, sweeps, FAQ version checks) pushed an hour
  // apart, so the statements a test watches are the ones its visitor caused; only the metrics role's lease,
  // renewed every 5 s (job_leases), has no option and is set aside where statements are counted.
  server = await startServer(
    {},
    { webhookTimings: { pollMs: HOUR }, emailTimings: { pollMs: HOUR }, botSweepMs: HOUR, faqCheckMs: HOUR, sessionSweepMs: HOUR, idleSweep: { everyMs: HOUR, seenMs: HOUR } },
  );
});
afterAll(() => server.cleanup());

/** Run SQL as the test superuser in the maintenance database (the server's own database may refuse connections). */
async function asAdmin(sql: string): Promise<void> {
  const url = new URL(server.databaseUrl!);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('the server on PostgreSQL', () => {
  it('stores in the database KEFU_DATABASE_URL names, not in a SQLite file', async () => {
    expect(server.databaseUrl).toMatch(/^postgres/);
    const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
    v.client.send({ type: 'send', clientId: 'pg-visitor-0001', text: 'hello from postgres' });
    const ack = await v.client.next('ack');
    v.client.close();
    const client = new pg.Client({ connectionString: server.databaseUrl! });
    await client.connect();
    const { rows } = await client.query('SELECT seq, text FROM messages WHERE client_id = $1', ['pg-visitor-0001']);
    await client.end();
    expect(rows).toEqual([{ seq: String(ack.seq), text: 'hello from postgres' }]);
  });

  it('resumes a visitor back with its token and the last seq it holds with one read of the visitor and their conversations, no replay or history read, and no write', async () => {
    const first = await visitor(server.wsUrl, server.url, { locale: 'en' });
    first.client.send({ type: 'send', clientId: 'pg-back-0001', text: 'how long does a refund take' });
    const answer = await first.client.next('message', (m) => m.message.author === 'bot');
    first.client.close();
    const sent = vi.spyOn(pg.Client.prototype, 'query');
    try {
      const back = await visitor(server.wsUrl, server.url, { token: first.welcome.token, lastSeq: answer.message.seq });
      expect(back.welcome).toMatchObject({ conversationId: first.welcome.conversationId, lastSeq: answer.message.seq });
      expect(back.welcome.resync).toBeUndefined();
      await back.client.next('state');
      back.client.close();
      const statements = sent.mock.calls
        .map(([q]) => (typeof q === 'string' ? q : ((q as { name?: string; text: string }).name ?? (q as { text: string }).text)))
        .filter((q) => !q.includes('INTO job_leases'));
      expect(statements.filter((q) => q === 'kefu_resume_visitors')).toHaveLength(1);
      // Nothing changed: the return writes nothing (no commit), whatever the statement.
      expect(statements.filter((q) => /^(BEGIN|INSERT|UPDATE|DELETE|WITH)|kefu_(append|claim|count|insert|settle|lock)/i.test(q.trim()))).toEqual([]);
      // The state's read says the client holds everything: no replay, and a visitor with no closed chat has no history.
      expect(statements.filter((q) => /FROM messages|FROM conversations WHERE visitor_id/.test(q))).toEqual([]);
      expect(back.client.frames.filter((f) => f.type === 'message' || f.type === 'history')).toEqual([]);
    } finally {
      sent.mockRestore();
    }
  });

  it('/readyz says 503 while PostgreSQL refuses connections, and 200 again once it takes them', async () => {
    const name = new URL(server.databaseUrl!).pathname.slice(1);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    await asAdmin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await asAdmin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
    try {
      // An answer is at most a second old (a flood of checks pings the database once a second).
      await expect.poll(async () => (await fetch(`${server.url}/readyz`)).status, { timeout: 10_000 }).toBe(503);
      expect(await (await fetch(`${server.url}/readyz`)).json()).toMatchObject({ ok: false, checks: { storage: false } });
    } finally {
      await asAdmin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    }
    await expect.poll(async () => (await fetch(`${server.url}/readyz`)).status, { timeout: 10_000 }).toBe(200);
  });
});
