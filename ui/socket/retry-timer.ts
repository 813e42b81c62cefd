import { backoffDelay } from '../../protocol/backoff.ts';

/**
 * When to try again after a lost socket: full-jitter exponential backoff (protocol/backoff.ts), plus the
 * server's "come back after" hint when it sent one. One pending try at most; cancelled for good by `cancel`.
 */
export class RetryTimer {
  private attempt = 0;
  private hintMs = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly run: () => void) {}

  /** The server asked to wait at least this long before the next try (its `reconnect` frame). */
  hint(afterMs: number): void {
    this.hintMs = Math.max(0, afterMs);
  }

  /** Try again after the hint plus the next backoff step. */
  schedule(): void {
    this.cancel();
    const delay = this.hintMs + backoffDelay(this.attempt++);
    this.hintMs = 0;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, delay);
  }

  /** A connection made it (welcome): the next loss starts the backoff from its first step. */
  reset(): void {
    this.attempt = 0;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
