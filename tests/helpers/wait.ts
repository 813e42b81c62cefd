/**
 * Poll until `check` returns a value (not undefined/false), or fail after `timeoutMs`; every `everyMs` (a check that
 * calls the REST API polls slower, or it spends the per-IP request budget: 600 a minute by default).
 */
export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 15_000, everyMs = 25): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Throws as an aborted `sleep` of node:timers/promises does (an AbortError, the signal's reason as its cause) once `signal` is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw Object.assign(new Error('The operation was aborted', { cause: signal.reason }), { name: 'AbortError' });
}
