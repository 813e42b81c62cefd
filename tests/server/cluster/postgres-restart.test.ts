import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStorage } from '../../../server/storage/open.ts';
import { ChatClient } from '../../../widget/app/chat/client.ts';
import { pgBinDir, startPgInstance, type PgInstance } from '../../helpers/pg-instance.ts';
import { reservedPort } from '../../helpers/ports.ts';
import { launchServer, type ServerProcess } from '../../helpers/server-process.ts';
import { waitFor } from '../../helpers/wait.ts';
import { installBrowserGlobals, MemoryStorage } from '../../soak/node-widget.ts';

/**
 * A real PostgreSQL restart under a node: a PostgreSQL server of this test's own (initdb + pg_ctl on a free
 * port, tests/helpers/pg-instance.ts), so restarting it disturbs no one else's database. The widget's own
 * ChatClient keeps typing through a fast restart and through a 3 s outage: every message is stored once, in
 * the order typed; /readyz says 503 while the database is away and 200 once it is back; the node never exits.
 */
const binaries = pgBinDir();
if (!binaries) {
  if (process.env.CI) throw new Error('CI is set but no PostgreSQL binaries (initdb, pg_ctl) are installed: .ci/run installs postgresql');
  console.warn('\n!!! PostgreSQL restart test SKIPPED: no initdb/pg_ctl (apt-get install postgresql) !!!\n');
}

let db: PgInstance;
let server: ServerProcess;
let base: string;
let dataDir: string;

beforeAll(async () => {
  if (!binaries) return;
  db = await startPgInstance();
  dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-pg-restart-'));
  const port = await reservedPort();
  base = `http://127.0.0.1:${port}`;
  server = await launchServer(port, dataDir, {
    KEFU_DATABASE_URL: db.url,
    KEFU_FAQ_PACK_DIR: path.resolve(import.meta.dirname, '../../fixtures/faq-mini'),
    // The visitor types 20 messages a second here: the per-visitor rate limit is not what this test is about.
    KEFU_LIMIT_MESSAGES_PER_MIN: '1000',
    KEFU_LIMIT_MESSAGES_BURST: '100',
  }, 90_000);
  installBrowserGlobals(base);
}, 120_000);

afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await db?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function storedVisitorTexts(url: string, conversationId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ text: string }>("SELECT text FROM messages WHERE conversation_id = $1 AND author = 'visitor' ORDER BY seq", [conversationId]);
    return rows.map((r) => r.text);
  } finally {
    await client.end();
  }
}

const readyz = async () => {
  const res = await fetch(`${base}/readyz`);
  return { status: res.status, body: (await res.json()) as { checks: { storage: boolean } } };
};

describe.skipIf(!binaries)('PostgreSQL restarted under a running node', () => {
  it('the widget loses, doubles and reorders nothing across a fast restart and a 3 s outage; /readyz follows the database', async () => {
    const widget = new ChatClient({ url: `${base.replace(/^http/, 'ws')}/ws/visitor`, locale: 'en', site: null, storage: new MemoryStorage(), heartbeatMs: 4000 });
    const typed: string[] = [];
    const type = (text: string) => (typed.push(text), widget.send(text));
    const allStored = (timeoutMs: number) =>
      waitFor(() => widget.snapshot.pending.length === 0 && typed.every((t) => widget.snapshot.messages.some((m) => m.text === t)), 'every typed message acknowledged', timeoutMs);
    widget.start();
    try {
      // The visitor asks for a person first, so the bot stays out of the way: only what the visitor typed is stored.
      await waitFor(() => widget.snapshot.connection === 'online', 'online', 10_000);
      widget.requestHandoff();
      await waitFor(() => widget.snapshot.status === 'waiting', 'waiting', 10_000);
      for (const n of [1, 2, 3]) type(`before the restart ${n}`);
      await allStored(10_000);

      // 1. pg_ctl restart -m fast while the visitor types every 50 ms.
      const typing = (label: string, count: number) =>
        new Promise<void>((resolve) => {
          let n = 0;
          const timer = setInterval(() => {
            type(`${label} ${++n}`);
            if (n === count) (clearInterval(timer), resolve());
          }, 50);
        });
      const during = typing('around the restart', 20);
      await new Promise((r) => setTimeout(r, 200));
      const postmaster = db.pid();
      await db.restart();
      expect(db.pid()).not.toBe(postmaster); // a real restart: a new server process, every connection ended
      await during;
      await allStored(30_000);

      // 2. Down for 3 s: not ready, what is typed waits in the outbox; back: ready, and the outbox is stored.
      await db.shutdown();
      const down = await waitFor(async () => ((await readyz()).status === 503 ? await readyz() : false), '/readyz 503', 10_000);
      expect(down.body.checks.storage).toBe(false);
      for (const n of [1, 2, 3]) type(`while the database is down ${n}`);
      await new Promise((r) => setTimeout(r, 3_000));
      expect(widget.snapshot.messages.some((m) => m.text.startsWith('while the database is down'))).toBe(false);
      await db.start();
      await waitFor(async () => (await readyz()).status === 200, '/readyz 200 again', 20_000);
      type('after the outage');
      await allStored(30_000);

      expect(server.child.exitCode).toBeNull();
      const stored = await storedVisitorTexts(db.url, widget.snapshot.conversationId!);
      expect(stored).toEqual(typed); // each once, in the order typed
      expect(widget.snapshot.messages.filter((m) => m.author === 'visitor').map((m) => m.text)).toEqual(typed);
    } finally {
      widget.stop();
    }
  }, 120_000);

  it('a node started while PostgreSQL is down waits for it instead of exiting; a wrong password still fails at once', async () => {
    await db.shutdown();
    const waits: number[] = [];
    const opening = openStorage({ databaseUrl: db.url, dataDir }, { onDatabaseWait: (_err, delayMs) => waits.push(delayMs) });
    await waitFor(() => waits.length >= 2, 'two refused attempts', 20_000);
    await db.start();
    const { storage } = await opening;
    try {
      await storage.ping();
      expect(waits.slice(0, 2)).toEqual([250, 500]); // backing off, not giving up
    } finally {
      await storage.close();
    }
    const wrong = new URL(db.url);
    wrong.password = 'not-the-password';
    const refusals: number[] = [];
    await expect(openStorage({ databaseUrl: wrong.toString(), dataDir }, { onDatabaseWait: (_e, d) => refusals.push(d) })).rejects.toThrow(/password/);
    expect(refusals).toEqual([]);
  }, 60_000);
});
