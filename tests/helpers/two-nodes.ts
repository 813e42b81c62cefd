import { afterAll, beforeAll } from 'vitest';
import { ADMIN_ENV, FAST_SCRYPT } from './agent-client.ts';
import { createTestDatabase, postgresAvailable } from './postgres.ts';
import { dropPrefix, redisAvailable, REDIS_URL, testPrefix } from './redis.ts';
import { startServer, type RunningServer } from './server.ts';

export interface TwoNodes {
  /** PostgreSQL and Redis answer: without them nothing is started (skip the tests). */
  ready: boolean;
  a: RunningServer;
  b: RunningServer;
  /** Sockets the tests opened: closed before the servers stop. */
  opened: { close(): void }[];
}

/**
 * For a test file: two in-process servers (the first admin, manual routing) on one fresh PostgreSQL database and one
 * Redis key prefix of their own, started before its tests and gone after, database and keys included.
 */
export async function twoNodesForFile(): Promise<TwoNodes> {
  const nodes = { ready: (await postgresAvailable()) && (await redisAvailable()), opened: [] } as unknown as TwoNodes;
  const prefix = testPrefix();
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  beforeAll(async () => {
    if (!nodes.ready) return;
    database = await createTestDatabase();
    const env = { ...ADMIN_ENV, KEFU_ROUTING: 'manual', KEFU_DATABASE_URL: database.url, KEFU_REDIS_URL: REDIS_URL, KEFU_REDIS_PREFIX: prefix };
    nodes.a = await startServer(env, FAST_SCRYPT);
    nodes.b = await startServer(env, FAST_SCRYPT);
  }, 120_000);
  afterAll(async () => {
    for (const s of nodes.opened) s.close();
    await nodes.a?.cleanup();
    await nodes.b?.cleanup();
    await database?.drop();
    if (nodes.ready) await dropPrefix(prefix);
  });
  return nodes;
}
