import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis the multi-node tests use (CI starts one on the default port). */
export const REDIS_URL = process.env.KEFU_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Whether Redis answers. Without it the Redis tests skip with a loud message on a developer's machine;
 * with CI set they fail, as the browser tests do.
 */
export async function redisAvailable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2_000 });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch (err) {
    if (process.env.CI) throw new Error(`Redis is required in CI (${REDIS_URL}): ${String(err)}`);
    console.warn(`\n**********\n* SKIPPING the Redis tests: no Redis at ${REDIS_URL} (${String(err)}).\n* Start one (redis-server --daemonize yes) to run them.\n**********\n`);
    return false;
  } finally {
    probe.disconnect();
  }
}

/** A key prefix of this test's own: tests running at the same time never see each other's keys. */
export const testPrefix = () => `kefu-test-${randomUUID().slice(0, 8)}:`;

/** Delete every key under the prefix. */
export async function dropPrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
