import { describe, expect, it } from 'vitest';
import { ConcurrencyLimiter, RateLimiter } from '../../server/services/rate-limit.ts';

describe('token bucket', () => {
  it('allows the burst, then refuses with a retryAfter that matches the refill rate', () => {
    const limiter = new RateLimiter({ perMinute: 6, burst: 3 }); // one token every 10 s
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take('v1', t0).ok)).toEqual([true, true, true]);
    expect(limiter.take('v1', t0)).toEqual({ ok: false, retryAfter: 10 });
    expect(limiter.take('v1', t0 + 4_000)).toEqual({ ok: false, retryAfter: 6 });
    expect(limiter.take('v1', t0 + 10_000).ok).toBe(true);
  });

  it('keeps keys apart: one visitor over the limit does not throttle another', () => {
    const limiter = new RateLimiter({ perMinute: 60, burst: 1 });
    expect(limiter.take('a', 0).ok).toBe(true);
    expect(limiter.take('a', 0).ok).toBe(false);
    expect(limiter.take('b', 0).ok).toBe(true);
  });

  it('bounds memory by forgetting the least recently used key', () => {
    const limiter = new RateLimiter({ perMinute: 1, burst: 1 }, 2);
    limiter.take('a', 0);
    limiter.take('b', 0);
    limiter.take('a', 0); // a is now most recent (and refused)
    limiter.take('c', 0); // evicts b
    expect(limiter.take('b', 0).ok).toBe(true); // b was forgotten: full again
    expect(limiter.take('a', 0).ok).toBe(true); // a was evicted by b's return… LRU order holds at most 2
  });
});

describe('concurrency limiter', () => {
  it('holds at most max per key and frees on release', () => {
    const sockets = new ConcurrencyLimiter(2);
    expect(sockets.acquire('ip')).toBe(true);
    expect(sockets.acquire('ip')).toBe(true);
    expect(sockets.acquire('ip')).toBe(false);
    expect(sockets.acquire('other')).toBe(true);
    sockets.release('ip');
    expect(sockets.acquire('ip')).toBe(true);
  });
});
