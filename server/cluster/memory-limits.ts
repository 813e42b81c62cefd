import { fullBucket, takeToken, type TokenBucket } from './token-bucket.ts';
import type { LimitStore, LockoutRule } from './types.ts';

/**
 * Limits for one process. Memory is bounded: past `maxKeys` the least recently used entries are forgotten
 * (a forgotten bucket is full again and a forgotten failure count is zero: both only err towards letting
 * someone through). Map order is the LRU order: an entry is re-inserted on each use.
 */
export function createMemoryLimits(maxKeys = 100_000): LimitStore {
  const buckets = new Map<string, TokenBucket>();
  const held = new Map<string, number>();
  const failures = new Map<string, { count: number; last: number; lockedUntil: number }>();

  const touch = <V>(map: Map<string, V>, key: string, value: V) => {
    map.delete(key);
    map.set(key, value);
    if (map.size > maxKeys) map.delete(map.keys().next().value!);
  };
  return {
    async take(list, now = Date.now()) {
      for (const { key, rule } of list) {
        const bucket = buckets.get(key) ?? fullBucket(rule, now);
        const wait = takeToken(bucket, rule, now);
        touch(buckets, key, bucket);
        if (wait > 0) return { ok: false, retryAfter: wait };
      }
      return { ok: true };
    },
    async acquire(key, max) {
      const n = held.get(key) ?? 0;
      if (n >= max) return false;
      held.set(key, n + 1);
      return true;
    },
    async release(key) {
      const n = (held.get(key) ?? 1) - 1;
      if (n <= 0) held.delete(key);
      else held.set(key, n);
    },
    async fail(key, rule: LockoutRule, now = Date.now()) {
      const previous = failures.get(key);
      const count = previous && now - previous.last < rule.lockMs ? previous.count + 1 : 1;
      touch(failures, key, { count, last: now, lockedUntil: count >= rule.maxFailures ? now + rule.lockMs : 0 });
    },
    async lockedFor(key, now = Date.now()) {
      const entry = failures.get(key);
      return entry && entry.lockedUntil > now ? Math.ceil((entry.lockedUntil - now) / 1000) : 0;
    },
    async clearFailures(key) {
      failures.delete(key);
    },
  };
}
