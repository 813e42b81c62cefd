/**
 * `fn` called at most once per `maxAgeMs`: the calls meanwhile share its answer, in flight or settled. For the
 * unauthenticated health checks (`/healthz`, `/readyz`): a flood of them costs one ping of the database, the bus
 * and Redis a second, and the answer is never older than that.
 */
export function atMostEvery<T>(maxAgeMs: number, fn: () => Promise<T>): () => Promise<T> {
  let last: { at: number; answer: Promise<T> } | null = null;
  return () => {
    const t = Date.now();
    if (last === null || t - last.at >= maxAgeMs) last = { at: t, answer: fn() };
    return last.answer;
  };
}
