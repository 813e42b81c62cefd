import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/** A Redis shared by the nodes: commands on `redis`, every key and channel under `prefix`, this node's id. */
export interface RedisLink {
  redis: Redis;
  prefix: string;
  nodeId: string;
}

/** How long a node counts as alive after its last heartbeat, and how often it beats. */
export const NODE_TTL_MS = 15_000;
const HEARTBEAT_MS = 5_000;

/**
 * A connection to the shared Redis. `pipeline`: the commands issued in one turn of the event loop go in one write
 * (ioredis's auto-pipelining; each still gets its own reply and error): when a storm of sockets arrives, or a group
 * commit resolves many appends at once, their scripts and publishes cost one socket write and one wake-up, not one
 * each. Commands on one connection still run in the order they were issued. Not for the subscriber connection.
 */
export function openRedis(url: string, name: string, pipeline = false): Redis {
  return new Redis(url, {
    connectionName: `kefu-${name}`,
    enableAutoPipelining: pipeline,
    // Through a short outage a command waits (offline queue, reconnects with backoff), then fails: never hangs.
    maxRetriesPerRequest: 3,
    retryStrategy: (attempt) => Math.min(100 * attempt, 2_000),
  });
}

/** A Lua script run by its digest (sent whole once, when Redis does not know it yet). */
export function luaScript(lua: string) {
  const sha = createHash('sha1').update(lua).digest('hex');
  return async (redis: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> => {
    try {
      return await redis.evalsha(sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return redis.eval(lua, keys.length, ...keys, ...args);
    }
  };
}

/** The live nodes: a sorted set of node ids scored by when each stops counting as alive (ms). */
export const nodesKey = (prefix: string) => `${prefix}nodes`;
/** This node's presence hash (expires with the node). */
export const presenceKey = (prefix: string, nodeId: string) => `${prefix}presence:${nodeId}`;

/**
 * Join the cluster: a new node id, announced at once and every few seconds. A node that stops beating drops
 * out after NODE_TTL_MS (its agents go offline, its sockets stop counting against their IPs' limits).
 */
export async function joinCluster(url: string, prefix: string, onError: (err: unknown) => void): Promise<RedisLink & { leave(): Promise<void> }> {
  const redis = openRedis(url, 'state', true);
  const nodeId = randomUUID();
  const beat = async () => {
    const now = Date.now();
    await redis
      .multi()
      .zadd(nodesKey(prefix), now + NODE_TTL_MS, nodeId)
      .zremrangebyscore(nodesKey(prefix), '-inf', now - NODE_TTL_MS)
      .pexpire(presenceKey(prefix, nodeId), NODE_TTL_MS)
      .exec();
  };
  await beat();
  const timer = setInterval(() => beat().catch(onError), HEARTBEAT_MS);
  timer.unref();
  return {
    redis,
    prefix,
    nodeId,
    async leave() {
      clearInterval(timer);
      await redis.multi().zrem(nodesKey(prefix), nodeId).del(presenceKey(prefix, nodeId)).exec().catch(onError);
      redis.disconnect();
    },
  };
}
