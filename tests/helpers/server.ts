import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildOptions } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import type { FaqEngineMemo } from '../../server/services/faq-model-cache.ts';
import { openStorage, type OpenedStorage } from '../../server/storage/open.ts';
import { openSqliteStorage, type SqliteStorage } from '../../server/storage/sqlite.ts';
import { seedFaqModel } from './faq-model-seed.ts';
import { reservedPort } from './ports.ts';
import { createMigratedDatabase, TEST_TOTP_KEY } from './postgres.ts';

export interface RunningServer {
  app: FastifyInstance;
  config: Config;
  url: string;
  wsUrl: string;
  dataDir: string;
  /** The PostgreSQL database it stores in (KEFU_TEST_STORAGE=postgres), else null: SQLite in `dataDir`. */
  databaseUrl: string | null;
  /** Close the server; the data directory (and database) stays until `cleanup`. */
  close(): Promise<void>;
  cleanup(): Promise<void>;
}

/** Abuse limits high enough for tests that send many messages from one visitor on purpose. */
export const BULK_LIMITS: Record<string, string> = {
  KEFU_LIMIT_MESSAGES_PER_MIN: '100000',
  KEFU_LIMIT_MESSAGES_BURST: '100000',
  KEFU_LIMIT_BOT_PER_MIN: '100000',
  // A chatting visitor sends a frame per message: at 300 a minute (the default) a fast run is refused mid-chat.
  KEFU_LIMIT_SOCKET_FRAMES_PER_MIN: '100000',
};

/**
 * KEFU_TEST_STORAGE=postgres runs the servers of a test file on PostgreSQL (vitest.config.ts runs a
 * representative set of files so): each data directory gets its own fresh database (a copy of the run's migrated
 * template: createMigratedDatabase), kept across a restart on the same directory and dropped by `cleanup`.
 */
const databases = new Map<string, Awaited<ReturnType<typeof createMigratedDatabase>>>();
async function databaseFor(dataDir: string, env: Record<string, string>): Promise<string | null> {
  if (env.KEFU_DATABASE_URL) return env.KEFU_DATABASE_URL;
  if (process.env.KEFU_TEST_STORAGE !== 'postgres') return null;
  let database = databases.get(dataDir);
  if (!database) {
    database = await createMigratedDatabase();
    databases.set(dataDir, database);
  }
  return database.url;
}

/**
 * A fresh data directory's SQLite file as the server's 41 migrations leave it (each its own transaction), made once a
 * process and copied into each fresh data directory a test server starts on: opening a new file and migrating it took
 * ≈55 ms of CPU and ≈300 ms of wall a start at load 13, opening a copy ≈12 ms and ≈90 ms. The migrations write no
 * row of their own (no key, no id: the schema alone), so a copy is the file a fresh start makes; the server still runs
 * `migrate` on it, which finds nothing to do, as on every restart. Migrating a new or old file is tested on the storage
 * itself (tests/storage/sqlite.test.ts), and a fresh data dir's first start by the built server (tests/server/built-faq-model.test.ts).
 */
let migratedSqlite: Promise<string> | undefined;
async function seedMigratedSqlite(dataDir: string): Promise<void> {
  migratedSqlite ??= (async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kefu-migrated-')), 'kefu.sqlite');
    await openSqliteStorage(file).close();
    return file;
  })();
  copyFileSync(await migratedSqlite, path.join(dataDir, 'kefu.sqlite'));
}

/** The FAQ engines this process's test servers built from a saved model (the run's, seeded): the next one reuses them. */
const FAQ_ENGINES: FaqEngineMemo = new Map();

/**
 * The config needs the port up front (it is part of the public URL), so the app is built on a port named before it
 * listens (reservedPort: outside the ephemeral range, in this worker's stripe). Should something else take it in
 * between (another checkout's run on the machine), the app is closed and built again on another port, a few times at most.
 */
const PORT_ATTEMPTS = 5;
async function listenOnReservedPort(configFor: (port: number) => Config, build: (config: Config) => Promise<FastifyInstance>): Promise<{ app: FastifyInstance; config: Config }> {
  for (let attempt = 1; ; attempt++) {
    const port = await reservedPort();
    const config = configFor(port);
    const app = await build(config);
    try {
      await app.listen({ port, host: '127.0.0.1' });
      return { app, config };
    } catch (error) {
      await app.close();
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt === PORT_ATTEMPTS) throw error;
    }
  }
}

/**
 * A real server on a port of its own (reservedPort) with a fresh data directory (or the one given, to test restarts). On the wallet
 * or the mini pack it starts from the run's trained model (seedFaqModel), unless `ownFaqModel`: then it trains its own.
 */
export async function startServer(
  env: Record<string, string> = {},
  options: BuildOptions & { dataDir?: string; ownFaqModel?: boolean } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'kefu-test-'));
  const databaseUrl = await databaseFor(dataDir, env);
  if (!options.dataDir && !databaseUrl && !env.KEFU_DATA_DIR) await seedMigratedSqlite(dataDir);
  if (!options.ownFaqModel) seedFaqModel(dataDir, env.KEFU_FAQ_PACK_DIR);
  const { app, config } = await listenOnReservedPort(
    (port) => loadConfig({ PORT: String(port), HOST: '127.0.0.1', KEFU_DATA_DIR: dataDir, ...(databaseUrl ? { KEFU_DATABASE_URL: databaseUrl, KEFU_TOTP_KEY: TEST_TOTP_KEY } : {}), ...env }),
    // SQLite without fsync (sqliteDurable: false): the checkpointer's syncs, several a second while a test writes, were
    // ≈2,000 a browser file (≈3 ms each, some on the event loop); what a test server commits still outlives its process.
    (config) => buildApp(config, { logger: false, faqEngines: FAQ_ENGINES, sqliteDurable: false, ...options }),
  );
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
  };
  return {
    app,
    config,
    url: config.publicUrl,
    wsUrl: config.publicUrl.replace(/^http/, 'ws'),
    dataDir,
    databaseUrl,
    close,
    async cleanup() {
      await close();
      rmSync(dataDir, { recursive: true, force: true });
      await databases.get(dataDir)?.drop();
      databases.delete(dataDir);
    },
  };
}

/**
 * The SQLite storage of a running test server, opened beside it to write history into. In the server's own process and
 * thread: each connection's calls first commit the other's open batch (see sqlite-group-commit.ts), so neither waits for
 * the other's write lock.
 */
export function openStorageBeside(server: RunningServer): SqliteStorage {
  return openSqliteStorage(path.join(server.dataDir, 'kefu.sqlite'));
}

/** The storage a test server uses, opened beside it (as another node would), for `fn`; closed after. */
export async function withServerStorage<T>(server: RunningServer, fn: (opened: OpenedStorage) => Promise<T>): Promise<T> {
  const opened = await openStorage({ databaseUrl: server.databaseUrl, dataDir: server.dataDir });
  try {
    return await fn(opened);
  } finally {
    await opened.visitorData.close();
    await opened.storage.close();
  }
}

/** A conversation's visitor id, read from the server's storage (the API never names visitors by id). */
export function visitorIdOf(server: RunningServer, conversationId: string): Promise<string> {
  return withServerStorage(server, async ({ storage }) => (await storage.getConversation(conversationId))!.visitorId);
}
