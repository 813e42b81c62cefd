import type { Storage } from '../storage/types.ts';
import type { WebhookAttempt, WebhookJob } from '../storage/webhook-types.ts';
import { sendWebhook, type SendResult } from './webhook-sender.ts';

export interface WebhookTimings {
  /** The delay after the first failed attempt; it doubles after each further one. */
  retryBaseMs: number;
  /** The longest delay between two attempts. */
  retryMaxMs: number;
  /** A delivery not delivered this long after it was queued (or redelivered) is given up: status failed. */
  giveUpAfterMs: number;
  /** How often the outbox is looked at (an event queued on this node is sent at once). */
  pollMs: number;
  /** How long a receiver has to answer. */
  timeoutMs: number;
  /** A claimed delivery is another node's again after this long (its node died mid-attempt). */
  leaseMs: number;
  /** Delivered and failed deliveries stay in the log this long. */
  keepLogMs: number;
}

export const DEFAULT_WEBHOOK_TIMINGS: Readonly<WebhookTimings> = Object.freeze({
  retryBaseMs: 30_000,
  retryMaxMs: 60 * 60_000,
  giveUpAfterMs: 24 * 60 * 60_000,
  pollMs: 1_000,
  timeoutMs: 10_000,
  leaseMs: 60_000,
  keepLogMs: 30 * 24 * 60 * 60_000,
});

/** How many deliveries one pass claims and sends at once. */
const BATCH = 10;

/**
 * When to try again after `attempts` failed attempts: base · 2^(attempts−1), capped, with the upper half
 * jittered (receivers that came back are not hit by every sender at once); never past the give-up time,
 * and null (give up) once that has come.
 */
export function nextAttemptAt(timings: WebhookTimings, attempts: number, giveUpAt: number, now = Date.now()): number | null {
  if (now >= giveUpAt) return null;
  const delay = Math.min(timings.retryBaseMs * 2 ** Math.min(attempts - 1, 30), timings.retryMaxMs);
  return Math.min(now + Math.round(delay / 2 + (Math.random() * delay) / 2), giveUpAt);
}

function outcome(timings: WebhookTimings, job: WebhookJob, sent: SendResult): WebhookAttempt {
  const delivered = sent.status !== null && sent.status >= 200 && sent.status < 300;
  const error = delivered ? null : (sent.error ?? `HTTP ${sent.status}`);
  return { delivered, status: sent.status, error, responseExcerpt: sent.responseExcerpt, nextAttemptAt: delivered ? null : nextAttemptAt(timings, job.attempts, job.giveUpAt) };
}

/**
 * The outbox's sender: claims due deliveries (a lease, so nodes never send the same attempt twice at
 * once), posts them, and records each attempt. At least once: a node that dies mid-attempt leaves the
 * lease to run out, and the delivery is sent again with the same event id.
 */
export function startWebhookDispatcher(deps: {
  storage: Storage;
  timings: WebhookTimings;
  allowPrivate: boolean;
  onError: (err: unknown, message: string) => void;
}): { kick(): void; stop(): Promise<void> } {
  const { storage, timings } = deps;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let lastPurge = 0;
  const stopping = new AbortController();

  async function pass(): Promise<void> {
    do {
      again = false;
      const jobs = await storage.claimWebhookDeliveries(Date.now(), timings.leaseMs, BATCH);
      await Promise.all(
        jobs.map(async (job) => {
          const sent = await sendWebhook(job.url, job.secret, job.body, job.eventId, { timeoutMs: timings.timeoutMs, allowPrivate: deps.allowPrivate, stop: stopping.signal });
          // Cut short by shutdown: the lease runs out and the attempt is made again.
          if (!stopped) await storage.recordWebhookAttempt(job.id, outcome(timings, job, sent));
        }),
      );
      if (jobs.length === BATCH) again = true;
    } while (again && !stopped);
    if (Date.now() - lastPurge > 60 * 60_000) {
      lastPurge = Date.now();
      await storage.purgeWebhookDeliveries(Date.now() - timings.keepLogMs);
    }
  }

  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass()
      .catch((err: unknown) => deps.onError(err, 'webhook dispatch failed'))
      .finally(() => {
        running = null;
      });
  }

  const timer = setInterval(kick, timings.pollMs);
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
