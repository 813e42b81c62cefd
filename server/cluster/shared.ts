import { randomUUID } from 'node:crypto';
import { createMemoryBus } from '../bus/memory.ts';
import { createRedisBus } from '../bus/redis.ts';
import type { Bus } from '../bus/types.ts';
import { createMemoryLimits } from './memory-limits.ts';
import { createMemoryPresence } from './memory-presence.ts';
import { joinCluster } from './redis.ts';
import { createRedisLimits } from './redis-limits.ts';
import { createRedisPresence } from './redis-presence.ts';
import type { LimitStore, PresenceStore } from './types.ts';

/** What this node shares with the others: the bus, the limits, presence. */
export interface SharedState {
  /** This process, unique in the cluster. */
  nodeId: string;
  /** Whether other nodes may exist (Redis configured). */
  clustered: boolean;
  bus: Bus;
  limits: LimitStore;
  presence: PresenceStore;
  /** Resolves when the shared state answers (for `GET /readyz`). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** KEFU_REDIS_URL set: everything in Redis under the prefix. Unset: in memory, for one box. */
export async function openSharedState(options: { redisUrl: string | null; prefix: string; onError: (err: unknown) => void }): Promise<SharedState> {
  if (!options.redisUrl) {
    const bus = createMemoryBus();
    return {
      nodeId: randomUUID(),
      clustered: false,
      bus,
      limits: createMemoryLimits(),
      presence: createMemoryPresence(),
      ping: () => bus.ping(),
      close: () => bus.close(),
    };
  }
  const link = await joinCluster(options.redisUrl, options.prefix, options.onError);
  link.redis.on('error', options.onError);
  const bus = createRedisBus({ url: options.redisUrl, prefix: options.prefix, nodeId: link.nodeId, onError: options.onError });
  return {
    nodeId: link.nodeId,
    clustered: true,
    bus,
    limits: createRedisLimits(link),
    presence: createRedisPresence(link),
    ping: async () => {
      await Promise.all([bus.ping(), link.redis.ping()]);
    },
    async close() {
      await bus.close();
      await link.leave();
    },
  };
}
