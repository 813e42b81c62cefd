import type { AgentPresence, PresenceStore } from './types.ts';

/** Presence for one process: this node is the whole cluster. */
export function createMemoryPresence(): PresenceStore {
  const agents = new Map<string, AgentPresence>();
  return {
    async set(agentId, presence) {
      if (presence) agents.set(agentId, presence);
      else agents.delete(agentId);
    },
    async snapshot() {
      return new Map(agents);
    },
  };
}
