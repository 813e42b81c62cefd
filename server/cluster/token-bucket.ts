import { retryAfterSec, type LimitRule } from './types.ts';

/** One token bucket's state: its tokens when last looked at, and when (ms). */
export interface TokenBucket {
  tokens: number;
  at: number;
}

/** A bucket as it starts: full. */
export const fullBucket = (rule: LimitRule, now = Date.now()): TokenBucket => ({ tokens: rule.burst, at: now });

/**
 * Take one token from `bucket` (refilled at `rule`'s rate up to its burst since it was last looked at), in place.
 * 0 when taken; otherwise the whole seconds until one is there, and nothing is taken.
 */
export function takeToken(bucket: TokenBucket, rule: LimitRule, now = Date.now()): number {
  const tokens = Math.min(rule.burst, bucket.tokens + ((now - bucket.at) * rule.perMinute) / 60_000);
  bucket.at = now;
  if (tokens < 1) {
    bucket.tokens = tokens;
    return retryAfterSec(1 - tokens, rule);
  }
  bucket.tokens = tokens - 1;
  return 0;
}
