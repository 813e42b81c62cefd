/**
 * Token buckets keyed by visitor, IP or agent: `burst` tokens at most, refilled at `perMinute`.
 * Memory is bounded: past `maxKeys` the least recently used buckets are forgotten (a forgotten bucket
 * is full again, which only ever errs towards letting someone through).
 */
export interface LimitRule {
  perMinute: number;
  burst: number;
}

export type TakeResult = { ok: true } | { ok: false; retryAfter: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private buckets = new Map<string, Bucket>();

  constructor(
    private readonly rule: LimitRule,
    private readonly maxKeys = 100_000,
  ) {}

  take(key: string, now = Date.now()): TakeResult {
    const ratePerMs = this.rule.perMinute / 60_000;
    const previous = this.buckets.get(key);
    const bucket = previous
      ? { tokens: Math.min(this.rule.burst, previous.tokens + (now - previous.at) * ratePerMs), at: now }
      : { tokens: this.rule.burst, at: now };
    this.buckets.delete(key); // re-insert: Map order is the LRU order
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000)) };
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return { ok: true };
  }
}

/** Counts of things held open per key (sockets per IP), with a ceiling. */
export class ConcurrencyLimiter {
  private counts = new Map<string, number>();

  constructor(private readonly max: number) {}

  acquire(key: string): boolean {
    const n = this.counts.get(key) ?? 0;
    if (n >= this.max) return false;
    this.counts.set(key, n + 1);
    return true;
  }

  release(key: string): void {
    const n = (this.counts.get(key) ?? 1) - 1;
    if (n <= 0) this.counts.delete(key);
    else this.counts.set(key, n);
  }
}
