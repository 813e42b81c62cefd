import { luaScript, nodesKey, type RedisLink } from './redis.ts';
import type { LimitStore } from './types.ts';

/** Token buckets, in turn; stops at the first empty one and returns the seconds to wait (0: all taken). */
const TAKE = luaScript(`
local now = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local perMinute = tonumber(ARGV[i * 2])
  local burst = tonumber(ARGV[i * 2 + 1])
  local rate = perMinute / 60000
  local b = redis.call('HMGET', key, 't', 'a')
  local tokens = burst
  if b[1] then tokens = math.min(burst, tonumber(b[1]) + (now - tonumber(b[2])) * rate) end
  if tokens < 1 then
    redis.call('HSET', key, 't', tostring(tokens), 'a', now)
    redis.call('PEXPIRE', key, math.ceil((burst - tokens) / rate) + 1000)
    return math.max(1, math.ceil((1 - tokens) / rate / 1000))
  end
  tokens = tokens - 1
  redis.call('HSET', key, 't', tostring(tokens), 'a', now)
  redis.call('PEXPIRE', key, math.ceil((burst - tokens) / rate) + 1000)
end
return 0
`);

/** Slots per key are counted per node; a node no longer alive has its count dropped. */
const ACQUIRE = luaScript(`
local fields = redis.call('HGETALL', KEYS[1])
local now = tonumber(ARGV[3])
local total = 0
for i = 1, #fields, 2 do
  local node = fields[i]
  local until_ms = redis.call('ZSCORE', KEYS[2], node)
  if node == ARGV[1] or (until_ms and tonumber(until_ms) > now) then
    total = total + tonumber(fields[i + 1])
  else
    redis.call('HDEL', KEYS[1], node)
  end
end
if total >= tonumber(ARGV[2]) then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('PEXPIRE', KEYS[1], 86400000)
return 1
`);

const RELEASE = luaScript(`
if redis.call('HINCRBY', KEYS[1], ARGV[1], -1) <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
return 1
`);

const FAIL = luaScript(`
local now = tonumber(ARGV[1])
local lockMs = tonumber(ARGV[3])
local e = redis.call('HMGET', KEYS[1], 'c', 'l')
local count = 1
if e[1] and now - tonumber(e[2]) < lockMs then count = tonumber(e[1]) + 1 end
local lockedUntil = 0
if count >= tonumber(ARGV[2]) then lockedUntil = now + lockMs end
redis.call('HSET', KEYS[1], 'c', count, 'l', now, 'u', lockedUntil)
redis.call('PEXPIRE', KEYS[1], 2 * lockMs)
return count
`);

/** Limits shared by every node through one Redis: each check is one script, atomic on the server. */
export function createRedisLimits(link: RedisLink): LimitStore {
  const { redis, prefix, nodeId } = link;
  const bucketKey = (key: string) => `${prefix}bucket:${key}`;
  const heldKey = (key: string) => `${prefix}held:${key}`;
  const failKey = (key: string) => `${prefix}fail:${key}`;
  return {
    async take(list, now = Date.now()) {
      if (list.length === 0) return { ok: true };
      const args = [now, ...list.flatMap(({ rule }) => [rule.perMinute, rule.burst])];
      const wait = Number(await TAKE(redis, list.map(({ key }) => bucketKey(key)), args));
      return wait === 0 ? { ok: true } : { ok: false, retryAfter: wait };
    },
    async acquire(key, max) {
      return Number(await ACQUIRE(redis, [heldKey(key), nodesKey(prefix)], [nodeId, max, Date.now()])) === 1;
    },
    async release(key) {
      await RELEASE(redis, [heldKey(key)], [nodeId]);
    },
    async fail(key, rule, now = Date.now()) {
      await FAIL(redis, [failKey(key)], [now, rule.maxFailures, rule.lockMs]);
    },
    async lockedFor(key, now = Date.now()) {
      const lockedUntil = Number((await redis.hget(failKey(key), 'u')) ?? 0);
      return lockedUntil > now ? Math.ceil((lockedUntil - now) / 1000) : 0;
    },
    async clearFailures(key) {
      await redis.del(failKey(key));
    },
  };
}
