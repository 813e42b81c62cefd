import type { Bus, BusListener as Listener } from './types.ts';

/**
 * A bus for one process: the listeners of each conversation (usually the visitor's socket and the agents
 * watching), in a small array rather than a Set — tens of thousands of idle conversations hold one each.
 */
export function createMemoryBus(): Bus {
  const topics = new Map<string, Listener[]>();
  return {
    async publish(conversationId, event) {
      const listeners = topics.get(conversationId);
      if (!listeners) return;
      // A copy: a listener may unsubscribe (or subscribe another) while the event is delivered.
      for (const listener of listeners.length === 1 ? listeners : [...listeners]) listener(event);
    },
    async subscribe(conversationId, listener) {
      const listeners = topics.get(conversationId);
      if (listeners) listeners.push(listener);
      else topics.set(conversationId, [listener]);
      return () => {
        const current = topics.get(conversationId);
        const at = current?.indexOf(listener) ?? -1;
        if (!current || at < 0) return;
        current.splice(at, 1);
        if (current.length === 0) topics.delete(conversationId);
      };
    },
    async ping() {
      // In-process: reachable whenever the process is.
    },
  };
}
