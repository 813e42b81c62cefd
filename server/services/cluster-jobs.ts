import type { JobStore } from '../storage/job-types.ts';

/** A job that must run once per cluster, not once per node. */
export interface ClusterJob {
  name: string;
  /** How often a node asks for the job's lease (and the first time at start). */
  checkMs: number;
  /**
   * How long a run holds the lease: no node runs the job again before it runs out. For a daily job, a day
   * (the lease is the record of the last run); for a sweep, about its check interval.
   */
  leaseMs: number;
  /** `stopping` is aborted when the node shuts down: a long run (a sweep of many items) should end early. */
  run(stopping: AbortSignal): Promise<void>;
}

export interface ClusterJobs {
  /** Stop asking; resolves once the runs in progress on this node are over. */
  stop(): Promise<void>;
}

/**
 * Runs each job on whichever node takes its lease in the database (one conditional write, see JobStore):
 * every node asks every `checkMs`, exactly one of them gets it while it lasts. Nodes agree through the
 * database, never through their timers; a node that dies mid-run blocks the job only until its lease ends.
 */
export function startClusterJobs(deps: { store: JobStore; holder: string; jobs: readonly ClusterJob[]; onError: (err: unknown, job: string) => void }): ClusterJobs {
  const running = new Set<Promise<void>>();
  const stopping = new AbortController();
  const timers = deps.jobs.map((job) => {
    let busy = false;
    const tick = () => {
      if (busy) return;
      busy = true;
      const run = deps.store
        .claimJob(job.name, deps.holder, job.leaseMs)
        .then((mine) => (mine ? job.run(stopping.signal) : undefined))
        .catch((err: unknown) => deps.onError(err, job.name))
        .finally(() => {
          busy = false;
          running.delete(run);
        });
      running.add(run);
    };
    tick();
    const timer = setInterval(tick, job.checkMs);
    timer.unref();
    return timer;
  });
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      stopping.abort();
      await Promise.all(running);
    },
  };
}

/**
 * Hold a role (a lease renewed while this node lives) on one node of the cluster: asks every `checkMs` for a
 * `leaseMs` lease (several times `checkMs`, so the holder renews before it runs out); `held()` says whether
 * this node had it at its last ask. When the holder dies, another node has it within `leaseMs + checkMs`.
 */
export function holdRole(deps: { store: JobStore; holder: string; name: string; checkMs: number; leaseMs: number; onError: (err: unknown) => void }): { held(): boolean; stop(): void } {
  let held = false;
  const ask = () =>
    void deps.store.holdJob(deps.name, deps.holder, deps.leaseMs).then(
      (mine) => void (held = mine),
      (err: unknown) => {
        held = false;
        deps.onError(err);
      },
    );
  ask();
  const timer = setInterval(ask, deps.checkMs);
  timer.unref();
  return { held: () => held, stop: () => clearInterval(timer) };
}
