import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import pg from 'pg';
import { startPgInstance, type PgInstance } from '../helpers/pg-instance.ts';
import { reservedPort } from '../helpers/ports.ts';
import { reapChildOnExit } from '../helpers/reap-on-exit.ts';
import { cpuSeconds, sleep } from './stats.ts';

/**
 * The cluster bench's own PostgreSQL and Redis (never the machine's shared ones): nobody else's queries or
 * publishes land in the counts, and their CPU is the bench's alone. PostgreSQL loads pg_stat_statements, so
 * every statement a node runs (BEGIN and COMMIT included) is counted.
 */
export interface Engines {
  /** A fresh database on the bench's PostgreSQL for one configuration. */
  database(name: string): Promise<string>;
  /**
   * ANALYZE every database made so far, once the nodes have filled it and before measuring. The nodes' named
   * statements are planned once per connection (plan_cache_mode=force_generic_plan) on the tables as they were then:
   * empty, seconds before, in a fresh database. Until an ANALYZE replans them they keep a plan for empty tables (the
   * append batch's client-id look-up as a hash join over a scan of every message: 37 ms instead of 0.8 ms for 100
   * look-ups among 30,000 messages, and it grows with the table). A database in service is analyzed by autovacuum
   * once a table grows by a tenth, within a minute; the bench's grow faster than its autovacuum looks.
   */
  analyze(): Promise<void>;
  redisUrl: string;
  /** What PostgreSQL and Redis have done so far (subtract two readings). */
  costs(): Promise<EngineCosts>;
  /** Calls so far of each statement a client sent, how many were planned, and the ms spent planning and running them (pg_stat_statements' normalised text → these; subtract two readings). */
  statements(): Promise<Map<string, StatementCounts>>;
  /** Calls so far of each Redis command (INFO commandstats: those run inside scripts included; subtract two readings). */
  redisCommands(): Promise<Map<string, number>>;
  stop(): Promise<void>;
}

export interface StatementCounts {
  calls: number;
  plans: number;
  ms: number;
}

export interface EngineCosts {
  /**
   * Statements executed (pg_stat_statements calls, every database), and transactions that wrote (transaction ids
   * handed out: each is one commit that flushes the WAL). Not pg_stat_database's xact_commit: a backend reports
   * that at most once a second (and an idle one after 10 s), so a few seconds' window undercounts it.
   */
  pgStatements: number;
  /** Of those, the ones a client sent (each a round trip); the rest ran inside them (a function's, a foreign-key check). */
  pgRoundTrips: number;
  pgCommits: number;
  /** CPU seconds of the postmaster and every backend (the ended ones through the postmaster's children time). */
  pgCpu: number;
  redisPublishes: number;
  redisCommands: number;
  /** Times Redis woke to read what a client wrote (INFO's total_reads_processed): the nodes' socket writes to it. */
  redisReads: number;
  redisCpu: number;
}

const TICKS_PER_SECOND = 100;

/**
 * The postmaster's own CPU, its reaped children's, and each live child's (/proc/<pid>/stat fields 14–17).
 * Not one atomic reading: a child reaped between reading the postmaster and reading the child would be in neither
 * (a backend a pool closes when idle, with all the CPU it spent since it started: a window ending in such a reading
 * measured −0.68 ms per message). So the reading is taken again until no child was reaped while it was taken: the
 * postmaster's children time the same before and after the children were read.
 */
function treeCpuSeconds(root: number): number {
  const fields = (pid: number) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  };
  const reaped = (f: string[]) => Number(f[13]) + Number(f[14]);
  for (;;) {
    const own = fields(root);
    let ticks = Number(own[11]) + Number(own[12]) + reaped(own);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry) || Number(entry) === root) continue;
      try {
        const f = fields(Number(entry));
        if (Number(f[1]) === root) ticks += Number(f[11]) + Number(f[12]);
      } catch {
        // gone meanwhile (any process): if it was a child, the postmaster's children time moved and this reading is retaken
      }
    }
    if (reaped(fields(root)) === reaped(own)) return ticks / TICKS_PER_SECOND;
  }
}

async function startRedis(): Promise<{ url: string; child: ChildProcess }> {
  const port = await reservedPort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  reapChildOnExit(child);
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => undefined);
    const ok = await probe.connect().then(() => probe.ping(), () => null);
    probe.disconnect();
    if (ok) return { url, child };
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error('redis-server did not answer in 10 s (apt-get install redis-server)');
}

export async function startEngines(): Promise<Engines> {
  const db: PgInstance = await startPgInstance({ shared_preload_libraries: "'pg_stat_statements'", 'pg_stat_statements.track': "'all'", 'pg_stat_statements.track_planning': 'on' });
  const redis = await startRedis().catch(async (err) => {
    await db.stop();
    throw err;
  });
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  await admin.query('CREATE EXTENSION pg_stat_statements');
  const stats = new Redis(redis.url);
  const databases: string[] = [];
  return {
    redisUrl: redis.url,
    async database(name) {
      await admin.query(`CREATE DATABASE ${name}`);
      databases.push(db.url.replace(/\/kefu$/, `/${name}`));
      return databases.at(-1)!;
    },
    async analyze() {
      for (const url of databases) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query('ANALYZE').finally(() => client.end());
      }
    },
    async costs() {
      const statements = await admin.query<{ calls: string; sent: string }>(
        'SELECT coalesce(sum(calls), 0) AS calls, coalesce(sum(calls) FILTER (WHERE toplevel), 0) AS sent FROM pg_stat_statements',
      );
      // The next transaction id (not using one up): the transactions that wrote since are the difference.
      const commits = await admin.query<{ n: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS n');
      const [info, counters] = [await stats.info('commandstats'), await stats.info('stats')];
      const calls = (name: string) => [...info.matchAll(new RegExp(`^cmdstat_${name}:calls=(\\d+)`, 'gm'))].reduce((s, m) => s + Number(m[1]), 0);
      return {
        pgStatements: Number(statements.rows[0]!.calls),
        pgRoundTrips: Number(statements.rows[0]!.sent),
        pgCommits: Number(commits.rows[0]!.n),
        pgCpu: treeCpuSeconds(db.pid()),
        redisPublishes: calls('publish'),
        redisCommands: calls('[a-z|]+'),
        redisReads: Number(/^total_reads_processed:(\d+)/m.exec(counters)?.[1] ?? 0),
        redisCpu: cpuSeconds(redis.child.pid!),
      };
    },
    async statements() {
      const rows = await admin.query<{ query: string; calls: string; plans: string; ms: number }>(
        'SELECT query, sum(calls) AS calls, sum(plans) AS plans, sum(total_plan_time + total_exec_time) AS ms FROM pg_stat_statements WHERE toplevel GROUP BY query',
      );
      return new Map(rows.rows.map((r) => [r.query, { calls: Number(r.calls), plans: Number(r.plans), ms: Number(r.ms) }]));
    },
    async redisCommands() {
      const info = await stats.info('commandstats');
      return new Map([...info.matchAll(/^cmdstat_([a-z|]+):calls=(\d+)/gm)].map((m) => [m[1]!, Number(m[2])]));
    },
    async stop() {
      stats.disconnect();
      await admin.end().catch(() => undefined);
      redis.child.kill('SIGKILL');
      await db.stop();
    },
  };
}

/** b − a, field by field. */
export function costsBetween(a: EngineCosts, b: EngineCosts): EngineCosts {
  return Object.fromEntries(Object.keys(a).map((k) => [k, b[k as keyof EngineCosts] - a[k as keyof EngineCosts]])) as unknown as EngineCosts;
}
