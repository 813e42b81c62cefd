import type { Bus, DeskEvent } from '../bus/types.ts';
import type { FaqContent } from './faq-admin.ts';

/**
 * Every node serves the FAQ pack last saved on any node. The node that saves says so on the desk channel and
 * the others reload at once; because the bus keeps no history (a node reconnecting to Redis misses what was
 * said meanwhile), each node also compares the stored version now and then (one indexed read) and reloads
 * when it moved.
 */
export function startFaqSync(deps: { faq: Pick<FaqContent, 'refresh'>; bus: Bus; checkMs: number; onError: (err: unknown) => void }): { stop(): Promise<void> } {
  const refresh = () => void deps.faq.refresh().catch(deps.onError);
  const unsubscribe = deps.bus.subscribeDesk((event: DeskEvent) => {
    if (event.type === 'faq_changed') refresh();
  });
  const timer = setInterval(refresh, deps.checkMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      (await unsubscribe)();
    },
  };
}

/** What the saving node publishes (a failure to publish is caught up by the other nodes' periodic check). */
export function announceFaqSaved(bus: Bus, version: number, onError: (err: unknown) => void): void {
  bus.publishDesk({ type: 'faq_changed', version }).catch(onError);
}
