/**
 * A job asked for often and run at most once an interval (queue places, inbox previews): asked after a quiet
 * interval it runs at once, else one interval after the last run began (or as soon as that run ends, when it took
 * longer: a slow run delays the next by its overrun, never by a whole skipped interval); never two at once. Whether
 * it is owed is the caller's `due()`, read when asked and again after each run.
 */
export function paced(options: { intervalMs: number; due: () => boolean; run: () => Promise<void>; onError: (err: unknown) => void }): { ask(): void; cancel(): void } {
  /** When the last run began (ms, monotonic). */
  let lastStart = -Infinity;
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  const ask = (): void => {
    if (running || timer || !options.due()) return;
    timer = setTimeout(() => {
      timer = null;
      running = true;
      lastStart = performance.now();
      void options
        .run()
        .catch(options.onError)
        .finally(() => {
          running = false;
          ask();
        });
    }, Math.max(0, lastStart + options.intervalMs - performance.now()));
    timer.unref();
  };
  return {
    ask,
    /** Drop the run that is waiting for its time (one running still ends, and asks `due()` again). */
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
