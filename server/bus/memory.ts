import { Topics } from './topics.ts';
import type { Bus, BusListener, DeskListener } from './types.ts';

/** A bus for one process: publishing is delivering, and a subscription is live as soon as it is made. */
export function createMemoryBus(): Bus {
  const conversations = new Topics<BusListener>();
  const desk = new Topics<DeskListener>();
  return {
    async publish(conversationId, event) {
      conversations.deliver(conversationId, event);
    },
    async subscribe(conversationId, listener) {
      conversations.add(conversationId, listener);
      return () => void conversations.remove(conversationId, listener);
    },
    async publishDesk(event) {
      desk.deliver('', event);
    },
    async subscribeDesk(listener) {
      desk.add('', listener);
      return () => void desk.remove('', listener);
    },
    async ping() {
      // In-process: reachable whenever the process is.
    },
    async close() {},
  };
}
