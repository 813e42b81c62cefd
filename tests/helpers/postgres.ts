import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

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

/** A new empty database with a random name; `drop` removes it (closing whatever is still connected). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = randomName('kefu_test');
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return {
    url: withDatabase(TEST_DATABASE_URL, name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

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
  return {
    get url(): string {
      if (!database) throw new Error('the test database is not created yet (use it inside a test)');
      return database.url;
    },
    async freshUrl(): Promise<string> {
      const schema = randomName('s');
      await admin((c) => c.query(`CREATE SCHEMA ${schema}`), this.url);
      return withDatabase(this.url, new URL(this.url).pathname.slice(1), { options: `-c search_path=${schema}` });
    },
  };
}
