import type { Bus, ConversationEvent } from './types.ts';

type Listener = (event: ConversationEvent) => void;

/** A bus for one process: a listener set per conversation. */
export function createMemoryBus(): Bus {
  const topics = new Map<string, Set<Listener>>();
  return {
    publish(conversationId, event) {
      for (const listener of topics.get(conversationId) ?? []) listener(event);
    },
    subscribe(conversationId, listener) {
      let set = topics.get(conversationId);
      if (!set) topics.set(conversationId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) topics.delete(conversationId);
      };
    },
    async ping() {
      // In-process: reachable whenever the process is.
    },
  };
}
