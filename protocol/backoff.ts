/**
 * Exponential backoff with full jitter: a random delay in [0, min(cap, base·2^attempt)]. The 10 s cap keeps a
 * chat that was cut off during a server restart waiting seconds, not half a minute, once the server is back;
 * full jitter still spreads a reconnecting crowd over the whole window.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random, baseMs = 500, capMs = 10_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(attempt, 16));
  return Math.floor(random() * ceiling);
}
