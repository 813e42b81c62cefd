import { BroadcastChannel, parentPort } from 'node:worker_threads';
import { createFaqEngine } from '../../faq/index.ts';
import { serveTrainings } from '../../server/services/faq-try.ts';
import { TRY_GATE } from './try-gate.ts';

/**
 * The FAQ draft worker (server/services/faq-try-worker.ts) with a gate before each engine build: it says "training"
 * on the TRY_GATE channel and builds only once the test says "go" there. A test so knows a training is under way and
 * decides when it ends, without reading a clock.
 */
const gate = new BroadcastChannel(TRY_GATE);
const opened: (() => void)[] = [];
gate.onmessage = (event) => {
  if ((event as { data?: unknown }).data === 'go') opened.shift()?.();
};
serveTrainings(parentPort!, async (pack, live) => {
  const go = new Promise<void>((resolve) => opened.push(resolve));
  gate.postMessage('training');
  await go;
  return createFaqEngine(pack, { model: live });
});
