import pg from 'pg';

export type Pool = pg.Pool;
export type Queryable = pg.Pool | pg.PoolClient;

const INT8 = 20;

/**
 * A connection pool. Times (ms), seq and counts are BIGINT, which `pg` hands out as strings by default:
 * here they are numbers (ms and counts stay far below 2^53).
 *
 * Named statements (postgres.ts, NAMED) keep one generic plan per connection: by default PostgreSQL plans a
 * statement again on every call while a plan for the call's values looks cheaper than the generic one, which for
 * the batched statements (`= ANY($1)`, `unnest($1)`) is always (measured: planned on 85–95 % of calls, planning the
 * largest share of PostgreSQL's CPU during a dead node's visitors' return). An `options` in the URL replaces this.
 */
export function openPool(url: string, options: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // A dead database must fail a request (and /readyz) quickly, not hang it.
    connectionTimeoutMillis: 5_000,
    application_name: 'kefu',
    options: '-c plan_cache_mode=force_generic_plan',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
    },
  });
  // An idle client whose server went away (a restart): drop it; the next query opens a new one.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * A client of the pool for a run of queries, handed back (and, if its connection broke, destroyed) by
 * `done`. While checked out a client has no error listener of the pool's: a connection the server ends
 * between two queries (a database restart) would otherwise emit an unhandled 'error' and end the process.
 */
export async function checkout(pool: pg.Pool): Promise<{ client: pg.PoolClient; done(broken?: Error): void }> {
  const client = await pool.connect();
  let lost: Error | undefined;
  const onError = (err: Error) => void (lost ??= err);
  client.on('error', onError);
  return {
    client,
    done(broken) {
      client.removeListener('error', onError);
      client.release(broken ?? lost);
    },
  };
}

/** Run `fn` in one transaction on one client: committed when it returns, rolled back when it throws. */
export async function transaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const { client, done } = await checkout(pool);
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch((rollbackErr: Error) => (broken = rollbackErr));
    throw err;
  } finally {
    done(broken);
  }
}

/** Errors that mean "the database is restarting or not up yet", as opposed to a wrong address, password or name. */
const RESTARTING = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', '57P01', '57P02', '57P03']);
const isRestarting = (err: unknown) =>
  RESTARTING.has(String((err as { code?: unknown }).code)) || /Connection terminated|timeout expired/i.test(String((err as Error).message));

/**
 * At a node's start, wait for a database that is restarting (refused, shutting down, starting up) for up to
 * `ms`, retrying with backoff (250 ms doubling to 5 s), instead of exiting: a node restarted during a database
 * restart then simply starts a little later. A wrong password or database name fails at once.
 */
export async function waitForDatabase(pool: pg.Pool, ms: number, onWait: (err: Error, delayMs: number) => void = () => undefined): Promise<void> {
  const until = Date.now() + ms;
  for (let delay = 250; ; delay = Math.min(delay * 2, 5_000)) {
    try {
      await pool.query('SELECT 1');
      return;
    } catch (err) {
      if (!isRestarting(err) || Date.now() + delay > until) throw err;
      onWait(err as Error, delay);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/** The first row of a query, or null. */
export async function one<R extends pg.QueryResultRow>(db: Queryable, sql: string, params: unknown[] = []): Promise<R | null> {
  return (await db.query<R>(sql, params)).rows[0] ?? null;
}

/** Every row of a query. */
export async function all<R extends pg.QueryResultRow>(db: Queryable, sql: string, params: unknown[] = []): Promise<R[]> {
  return (await db.query<R>(sql, params)).rows;
}

/** How many rows a statement changed. */
export async function changes(db: Queryable, sql: string, params: unknown[] = []): Promise<number> {
  return (await db.query(sql, params)).rowCount ?? 0;
}

/** PostgreSQL's code for a unique violation. */
export const isUniqueViolation = (err: unknown): boolean => (err as { code?: string }).code === '23505';
