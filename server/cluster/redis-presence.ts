import { NODE_TTL_MS, luaScript, nodesKey, presenceKey, type RedisLink } from './redis.ts';
import type { AgentPresence, PresenceStore } from './types.ts';

/** Every live node's presence hash merged in one round trip: online on any node wins over away. */
const SNAPSHOT = luaScript(`
local nodes = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. ARGV[1], '+inf')
local merged = {}
for _, node in ipairs(nodes) do
  local fields = redis.call('HGETALL', ARGV[2] .. node)
  for i = 1, #fields, 2 do
    if merged[fields[i]] ~= 'online' then merged[fields[i]] = fields[i + 1] end
  end
end
local out = {}
for agent, presence in pairs(merged) do
  out[#out + 1] = agent
  out[#out + 1] = presence
end
return out
`);

/** Presence in Redis: one hash per node (agent id → online/away), expiring with the node's heartbeat. */
export function createRedisPresence(link: RedisLink): PresenceStore {
  const { redis, prefix, nodeId } = link;
  const own = presenceKey(prefix, nodeId);
  return {
    async set(agentId, presence) {
      if (presence) await redis.multi().hset(own, agentId, presence).pexpire(own, NODE_TTL_MS).exec();
      else await redis.hdel(own, agentId);
    },
    async snapshot() {
      const flat = (await SNAPSHOT(redis, [nodesKey(prefix)], [Date.now(), presenceKey(prefix, '')])) as string[];
      const agents = new Map<string, AgentPresence>();
      for (let i = 0; i < flat.length; i += 2) agents.set(flat[i]!, flat[i + 1] as AgentPresence);
      return agents;
    },
  };
}
