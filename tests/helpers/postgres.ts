import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { migratePostgres } from '../../server/storage/postgres-migrations.ts';

/** Where tests find a PostgreSQL superuser (CI creates this role; see .ci/run). */
/** KEFU_TOTP_KEY for servers on PostgreSQL in tests (required there: every node seals TOTP secrets with it). */
export const TEST_TOTP_KEY = 'a TOTP sealing key for tests, shared by all nodes';
export const TEST_DATABASE_URL = process.env.KEFU_TEST_DATABASE_URL ?? 'postgres://kefu:kefu@127.0.0.1:5432/postgres';

let available: Promise<boolean> | undefined;

/**
 * Whether PostgreSQL answers at KEFU_TEST_DATABASE_URL. Without it the tests that need it are skipped with a
 * loud message — except in CI, where a missing database is a failure, not a skip.
 */
export function postgresAvailable(): Promise<boolean> {
  available ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch (err) {
      const why = (err as Error).message;
      if (process.env.CI) throw new Error(`CI is set but PostgreSQL does not answer at KEFU_TEST_DATABASE_URL (${why}): .ci/run starts it`);
      console.warn(`\n!!! PostgreSQL tests SKIPPED: nothing answers at KEFU_TEST_DATABASE_URL (${why}) !!!\n`);
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return available;
}

/** `base` with another database name (and any extra query parameters). */
function withDatabase(base: string, database: string, params: Record<string, string> = {}): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>, url = TEST_DATABASE_URL): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const randomName = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`;

/**
 * A new empty database (or a copy of `template`) with a random name; `drop` removes it (closing whatever is still
 * connected). Its sessions commit without waiting for the WAL's flush (`synchronous_commit = off`, unless `durable`, as
 * the benchmarks' are): a commit is seen by every other session at once and outlives the client's kill, only not a crash of
 * the shared PostgreSQL, which no test makes (those that stop or kill PostgreSQL run one of their own: pg-instance.ts).
 * tests/storage/postgres.test.ts waited for ≈2,700 flushes of the WAL (≈4 ms each on this disk), ≈400 so.
 */
export async function createTestDatabase(template?: string, options: { durable?: boolean } = {}): Promise<{ url: string; drop(): Promise<void> }> {
  const name = randomName('kefu_test');
  await admin(async (c) => {
    await c.query(template === undefined ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`);
    if (!options.durable) await c.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  });
  return {
    url: withDatabase(TEST_DATABASE_URL, name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** The variable in which the servers-on-PostgreSQL project names its migrated template (postgres-template-setup.ts). */
export const MIGRATED_TEMPLATE_ENV = 'KEFU_TEST_MIGRATED_TEMPLATE';
const TEMPLATE_NAME = /^kefu_test_[0-9a-f]{12}$/;

/**
 * A new database for a test server as a first start leaves it: a copy of the run's migrated template when the run
 * has one (a copy ≈0.3 s where the 18 migration steps took ≈1.5 s at load 20, for each of ≈25 servers), else empty
 * (the server migrates it as it starts). `drop` removes it.
 */
export async function createMigratedDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const template = process.env[MIGRATED_TEMPLATE_ENV];
  if (template === undefined) return createTestDatabase();
  if (!TEMPLATE_NAME.test(template)) throw new Error(`${MIGRATED_TEMPLATE_ENV} is not a template this run made: ${template}`);
  return createTestDatabase(template);
}

/** A database migrated once, for createMigratedDatabase to copy (nothing may connect to it while it is copied). */
export async function createMigratedTemplate(): Promise<{ name: string; drop(): Promise<void> }> {
  const template = await createTestDatabase();
  const pool = new pg.Pool({ connectionString: template.url, max: 1 });
  try {
    await migratePostgres(pool);
  } finally {
    await pool.end();
  }
  return { name: new URL(template.url).pathname.slice(1), drop: template.drop };
}

/**
 * Every row of the current schema's tables deleted but the migrations' own (kefu_schema), and every identity column
 * restarted: the schema as its migrations left it. A table still referenced by another's rows is emptied on a later
 * pass, after the table that refers to it.
 */
const EMPTY_SCHEMA = `DO $$
DECLARE
  left_over text[] := ARRAY(SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'kefu_schema');
  still text[];
  t text;
  c record;
BEGIN
  WHILE cardinality(left_over) > 0 LOOP
    still := '{}';
    FOREACH t IN ARRAY left_over LOOP
      BEGIN
        EXECUTE format('DELETE FROM %I', t);
      EXCEPTION WHEN foreign_key_violation THEN
        still := still || t;
      END;
    END LOOP;
    IF cardinality(still) = cardinality(left_over) THEN RAISE EXCEPTION 'tables refer to each other: %', still; END IF;
    left_over := still;
  END LOOP;
  FOR c IN SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES' LOOP
    PERFORM setval(pg_get_serial_sequence(format('%I', c.table_name), c.column_name), 1, false);
  END LOOP;
END $$`;

/**
 * One database for this test file (created before its tests, dropped after), and in it a fresh schema per
 * call to `freshUrl()`: a URL whose connections see only that schema, so each test starts empty.
 */
export function useTestDatabase(enabled: boolean) {
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  // Budgets for a loaded box, not timings: CREATE and DROP DATABASE each wait for a checkpoint, and after a file's many
  // schemas DROP took past the 60 s default at load ~30 (tests/storage/postgres.test.ts, a fresh clone's CI run beside
  // six engineers' work; every one of its 96 tests had passed).
  beforeAll(async () => {
    if (enabled) database = await createTestDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.drop();
  }, 180_000);
  const schemaUrl = (schema: string) => withDatabase(database!.url, new URL(database!.url).pathname.slice(1), { options: `-c search_path=${schema}` });
  // Schemas migrated by emptyMigratedUrl: those free for the next test, and those handed out in the running one.
  const free: string[] = [];
  const taken: string[] = [];
  afterEach(() => void free.push(...taken.splice(0)));
  return {
    get url(): string {
      if (!database) throw new Error('the test database is not created yet (use it inside a test)');
      return database.url;
    },
    async freshUrl(): Promise<string> {
      const schema = randomName('s');
      await admin((c) => c.query(`CREATE SCHEMA ${schema}`), this.url);
      return schemaUrl(schema);
    },
    /**
     * A schema as a first start leaves it, every migration applied and every table empty: the first call makes and
     * migrates one; a later test gets one of its own again, each row deleted and each identity restarted (one round
     * trip, where the 18 migration steps took ≈1-2 s at load 12-15 for each of the storage contract's 96 tests). What
     * the test opened on it must be closed by the end of the test (the contract closes it); a second call in the same
     * test gets another schema.
     */
    async emptyMigratedUrl(): Promise<string> {
      const reused = free.pop();
      const schema = reused ?? randomName('s');
      taken.push(schema);
      if (reused) {
        await admin((c) => c.query(EMPTY_SCHEMA), schemaUrl(schema));
        return schemaUrl(schema);
      }
      await admin((c) => c.query(`CREATE SCHEMA ${schema}`), this.url);
      const pool = new pg.Pool({ connectionString: schemaUrl(schema), max: 1 });
      try {
        await migratePostgres(pool);
      } finally {
        await pool.end();
      }
      return schemaUrl(schema);
    },
  };
}
