import type { ChildProcess } from 'node:child_process';

/**
 * What a test process started outside itself (a built server, a PostgreSQL of its own) must not outlive it. A process
 * 'exit' handler alone is not enough: a process ended by SIGTERM, SIGINT or SIGHUP (vitest ending a worker whose test
 * timed out, Ctrl-C on `npm run soak`) dies without running it, and the servers it started ran on for 40 minutes
 * after the soaks timed out (session 35). So the reapers run on exit and on those signals; after a signal the
 * process then dies of it as it would have (the signal raised again with these listeners gone).
 */
const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

const reapers = new Set<() => void>();

/**
 * Newest first: servers started on a PostgreSQL are killed (a signal sent at once) before it is stopped (pg_ctl waits
 * for it): vitest SIGKILLs a worker still running 500 ms after its SIGTERM, and the reapers after a slow one never ran.
 */
function reapAll(): void {
  for (const reap of [...reapers].reverse()) {
    reapers.delete(reap);
    try {
      reap();
    } catch {
      // One reaper failing (its process already gone) must not keep the others from running.
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  reapAll();
  listen(false);
  // Nobody else listening: die of the signal, as the process would have without these listeners.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function listen(on: boolean): void {
  for (const signal of SIGNALS) process[on ? 'on' : 'off'](signal, onSignal);
  process[on ? 'on' : 'off']('exit', reapAll);
}

/**
 * Runs `reap` (synchronous: a kill, a spawnSync) when this process exits or is ended by a signal, unless the returned
 * function is called first (the child stopped the ordinary way).
 */
export function reapOnExit(reap: () => void): () => void {
  if (reapers.size === 0) listen(true);
  reapers.add(reap);
  return () => {
    if (reapers.delete(reap) && reapers.size === 0) listen(false);
  };
}

/** `child` is SIGKILLed when this process exits or is ended by a signal, unless it has exited first. */
export function reapChildOnExit(child: ChildProcess): void {
  const forget = reapOnExit(() => child.kill('SIGKILL'));
  child.once('exit', forget);
}
