/** How an outbox retries: webhooks and e-mail both use these knobs, each with its own values. */
export interface OutboxTimings {
  /** The delay after the first failed attempt; it doubles after each further one. */
  retryBaseMs: number;
  /** The longest delay between two attempts. */
  retryMaxMs: number;
  /** A delivery not made this long after it was queued (or queued again) is given up: status failed. */
  giveUpAfterMs: number;
  /** How often the outbox is looked at (work queued on this node is started at once). */
  pollMs: number;
  /** How long the other end has to answer one attempt. */
  timeoutMs: number;
  /** A claimed item is another node's again after this long (its node died mid-attempt). */
  leaseMs: number;
  /** Finished items stay in the log this long. */
  keepLogMs: number;
}

/**
 * When to try again after `attempts` failed attempts: base · 2^(attempts−1), capped, with the upper half
 * jittered (receivers that came back are not hit by every sender at once); never past the give-up time,
 * and null (give up) once that has come.
 */
export function nextAttemptAt(timings: OutboxTimings, attempts: number, giveUpAt: number, now = Date.now()): number | null {
  if (now >= giveUpAt) return null;
  const delay = Math.min(timings.retryBaseMs * 2 ** Math.min(attempts - 1, 30), timings.retryMaxMs);
  return Math.min(now + Math.round(delay / 2 + (Math.random() * delay) / 2), giveUpAt);
}

/** How many items one pass claims and works on at once. */
const BATCH = 10;
const PURGE_EVERY_MS = 60 * 60_000;

/**
 * The loop every outbox shares: claim due items (a lease in the database, so nodes never work on the same
 * attempt at once), attempt them together, repeat while full batches come back; purge the old log hourly.
 * At least once: a node that dies mid-attempt leaves its lease to run out, and the item is attempted again.
 */
export function startOutboxRunner<Job>(deps: {
  pollMs: number;
  claim(now: number, limit: number): Promise<Job[]>;
  /** Make one attempt and record it; `stop` aborts it at shutdown (then record nothing: the lease runs out). */
  attempt(job: Job, stop: AbortSignal): Promise<void>;
  purge(now: number): Promise<void>;
  onError: (err: unknown) => void;
}): { kick(): void; stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let lastPurge = 0;
  const stopping = new AbortController();

  async function pass(): Promise<void> {
    do {
      again = false;
      const jobs = await deps.claim(Date.now(), BATCH);
      await Promise.all(jobs.map((job) => deps.attempt(job, stopping.signal)));
      if (jobs.length === BATCH) again = true;
    } while (again && !stopped);
    if (!stopped && Date.now() - lastPurge > PURGE_EVERY_MS) {
      lastPurge = Date.now();
      await deps.purge(Date.now());
    }
  }

  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass()
      .catch(deps.onError)
      .finally(() => {
        running = null;
      });
  }

  const timer = setInterval(kick, deps.pollMs);
  timer.unref();
  return {
    kick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      stopping.abort();
      await running;
    },
  };
}
