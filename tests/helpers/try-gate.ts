import { BroadcastChannel } from 'node:worker_threads';

/** The channel between a test and tests/helpers/gated-try-worker.ts (threads of one process share it). */
export const TRY_GATE = 'kefu-test-faq-try-gate';
/** The gated worker's file, for BuildOptions.faqDrafts. */
export const GATED_TRY_WORKER = new URL('./gated-try-worker.ts', import.meta.url);
/**
 * BuildOptions.faqDrafts of a server whose trainings wait at the gate for as long as the test decides: the server's
 * limit on a training (60 s by default) counts the wait at the gate too, so it is set past any test's budget. With the
 * default, a visitor answered under two CPU hogs at load 46 kept a training at the gate until the limit stopped it
 * (503 timed_out in faq-try's first two tests and faq-save-training's first).
 */
export const GATED_TRAINER = { worker: GATED_TRY_WORKER, timeoutMs: 600_000 };

/** The test's end of the gate: how many trainings have begun, waiting for the next, and letting one build. */
export function tryGate() {
  const channel = new BroadcastChannel(TRY_GATE);
  let begun = 0;
  let opened = 0;
  let waiters: { count: number; resolve: () => void }[] = [];
  channel.onmessage = (event) => {
    if ((event as { data?: unknown }).data !== 'training') return;
    begun++;
    waiters = waiters.filter((w) => (w.count <= begun ? (w.resolve(), false) : true));
  };
  return {
    begun: () => begun,
    /** Resolves once `count` trainings in all have begun. */
    begunCount: (count: number) => new Promise<void>((resolve) => (count <= begun ? resolve() : waiters.push({ count, resolve }))),
    open: () => (opened++, channel.postMessage('go')),
    /**
     * Lets every training begun and not yet let through build (after each test): one a test left at the gate when it
     * failed or timed out would hold its node busy, and fail the tests after it on `busy` or a training that never begins.
     */
    settle: () => {
      while (opened < begun) (opened++, channel.postMessage('go'));
    },
    close: () => channel.close(),
  };
}
