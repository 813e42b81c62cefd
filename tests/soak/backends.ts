import Database from 'better-sqlite3';
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startCluster } from '../helpers/cluster.ts';
import { OWED_BOT_ANSWERS } from './oracle.ts';
import { startPgInstance } from '../helpers/pg-instance.ts';
import { reservedPort } from '../helpers/ports.ts';
import { killHard, launchServer, type ServerProcess } from '../helpers/server-process.ts';

/** What the soak runs against: one node on SQLite, or several on one PostgreSQL and one Redis. */
export interface SoakBackend {
  /** Where the fault proxy sends connections (in turn). */
  ports: number[];
  /** The public URL every node answers as (browsers' Origin). */
  origin: string;
  /** The `k`-th kill: SIGKILL one node (in turn) and start it again. */
  kill(k: number): Promise<void>;
  /** Stop the database server (`pg_ctl stop -m fast`: every connection ended), keep it down `ms`, start it again (PostgreSQL only). */
  databaseOutage?(ms: number): Promise<void>;
  /** Each conversation's last seq in the database now. */
  lastSeqs(): Promise<Map<string, number>>;
  /** Visitor messages the bot owes an answer now (oracle.ts, OWED_BOT_ANSWERS). */
  owedBotAnswers(): Promise<number>;
  /** A SQLite file with the rows the oracle reads (the database itself on one box, a copy from PostgreSQL). */
  judgeFile(): Promise<string>;
  /** SIGTERM every node and clean up. */
  close(): Promise<void>;
}

/** One server process on SQLite (its data directory), behind a proxy on `proxyPort`. */
export async function oneBox(env: Record<string, string>, signal?: AbortSignal): Promise<SoakBackend> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-soak-'));
  const dbFile = path.join(dataDir, 'kefu.sqlite');
  const port = await reservedPort();
  // Up to 90 s to be healthy, as a cluster's nodes: a start of the built server took over 60 s at load 31-34.
  const launch = () => launchServer(port, dataDir, env, 90_000, signal);
  let server: ServerProcess = await launch().catch((err: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  });
  return {
    ports: [port],
    origin: `http://127.0.0.1:${port}`,
    async kill() {
      await killHard(server);
      server = await launch();
    },
    async lastSeqs() {
      const db = new Database(dbFile, { readonly: true });
      try {
        return new Map(db.prepare<[], { id: string; last_seq: number }>('SELECT id, last_seq FROM conversations').all().map((r) => [r.id, r.last_seq]));
      } finally {
        db.close();
      }
    },
    async owedBotAnswers() {
      const db = new Database(dbFile, { readonly: true });
      try {
        return (db.prepare(OWED_BOT_ANSWERS).get() as { n: number }).n;
      } finally {
        db.close();
      }
    },
    judgeFile: async () => dbFile,
    async close() {
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * `nodes` server processes on a PostgreSQL server of the soak's own (so it can be really restarted without
 * disturbing anyone) and a Redis prefix of their own, answering as `origin`.
 */
export async function cluster(nodes: number, env: Record<string, string>, origin: string, signal?: AbortSignal): Promise<SoakBackend> {
  const db = await startPgInstance({}, signal);
  const c = await startCluster(nodes, { ...env, KEFU_PUBLIC_URL: origin }, { databaseUrl: db.url }, signal).catch(async (err: unknown) => {
    await db.stop();
    throw err;
  });
  const scratch = mkdtempSync(path.join(tmpdir(), 'kefu-soak-judge-'));
  return {
    ports: c.nodes.map((n) => n.port),
    origin,
    async kill(k) {
      const i = (k - 1) % nodes;
      await c.kill(i);
      await c.restart(i);
    },
    async databaseOutage(ms) {
      await db.shutdown();
      try {
        await new Promise((r) => setTimeout(r, ms));
      } finally {
        await db.start();
      }
    },
    async lastSeqs() {
      const rows = await query<{ id: string; last_seq: string }>(c.databaseUrl, 'SELECT id, last_seq FROM conversations');
      return new Map(rows.map((r) => [r.id, Number(r.last_seq)]));
    },
    async owedBotAnswers() {
      return Number((await query<{ n: string }>(c.databaseUrl, OWED_BOT_ANSWERS))[0]!.n);
    },
    async judgeFile() {
      const file = path.join(scratch, 'judge.sqlite');
      const db = new Database(file);
      db.exec(`CREATE TABLE messages (id TEXT PRIMARY KEY, conversation_id TEXT, seq INTEGER, author TEXT, text TEXT, bot_due INTEGER, reply_to TEXT);
               CREATE TABLE conversations (id TEXT PRIMARY KEY, status TEXT, last_seq INTEGER);`);
      const messages = await query<Record<string, unknown>>(c.databaseUrl, 'SELECT id, conversation_id, seq, author, text, bot_due, reply_to FROM messages');
      const conversations = await query<Record<string, unknown>>(c.databaseUrl, 'SELECT id, status, last_seq FROM conversations');
      const addMessage = db.prepare('INSERT INTO messages VALUES (@id, @conversation_id, @seq, @author, @text, @bot_due, @reply_to)');
      const addConversation = db.prepare('INSERT INTO conversations VALUES (@id, @status, @last_seq)');
      db.transaction(() => {
        for (const m of messages) addMessage.run({ ...m, seq: Number(m.seq), bot_due: Number(m.bot_due) });
        for (const cv of conversations) addConversation.run({ ...cv, last_seq: Number(cv.last_seq) });
      })();
      db.close();
      return file;
    },
    async close() {
      await Promise.all(
        c.nodes.map(async (n) => {
          if (!n.process) return;
          n.process.child.kill('SIGTERM');
          await n.process.exited;
          n.process = null;
        }),
      );
      await c.close();
      await db.stop();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
