import type { Storage } from '../storage/types.ts';
import type { WebhookAttempt, WebhookJob } from '../storage/webhook-types.ts';
import { nextAttemptAt, startOutboxRunner, type OutboxTimings } from './outbox-runner.ts';
import { sendWebhook, type SendResult } from './webhook-sender.ts';

export type WebhookTimings = OutboxTimings;

export const DEFAULT_WEBHOOK_TIMINGS: Readonly<WebhookTimings> = Object.freeze({
  retryBaseMs: 30_000,
  retryMaxMs: 60 * 60_000,
  giveUpAfterMs: 24 * 60 * 60_000,
  pollMs: 1_000,
  timeoutMs: 10_000,
  leaseMs: 60_000,
  keepLogMs: 30 * 24 * 60 * 60_000,
});

function outcome(timings: WebhookTimings, job: WebhookJob, sent: SendResult): WebhookAttempt {
  const delivered = sent.status !== null && sent.status >= 200 && sent.status < 300;
  const error = delivered ? null : (sent.error ?? `HTTP ${sent.status}`);
  return { delivered, status: sent.status, error, responseExcerpt: sent.responseExcerpt, nextAttemptAt: delivered ? null : nextAttemptAt(timings, job.attempts, job.giveUpAt) };
}

/** The webhook outbox's sender: posts each claimed delivery, signed, and records the attempt. */
export function startWebhookDispatcher(deps: {
  storage: Storage;
  timings: WebhookTimings;
  allowPrivate: boolean;
  /** An attempt's outcome was recorded (delivered, to be retried, or given up). */
  attempted: () => void;
  onError: (err: unknown, message: string) => void;
}): { kick(): void; stop(): Promise<void> } {
  const { storage, timings } = deps;
  return startOutboxRunner<WebhookJob>({
    pollMs: timings.pollMs,
    claim: (now, limit) => storage.claimWebhookDeliveries(now, timings.leaseMs, limit),
    async attempt(job, stop) {
      const sent = await sendWebhook(job.url, job.secret, job.body, job.eventId, { timeoutMs: timings.timeoutMs, allowPrivate: deps.allowPrivate, stop });
      if (stop.aborted) return;
      await storage.recordWebhookAttempt(job.id, outcome(timings, job, sent));
      deps.attempted();
    },
    purge: async (now) => void (await storage.purgeWebhookDeliveries(now - timings.keepLogMs)),
    onError: (err) => deps.onError(err, 'webhook dispatch failed'),
  });
}
