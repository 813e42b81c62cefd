/**
 * Jobs that must run once per cluster (retention, the sweep of owed bot answers) take a named lease in the
 * database first: one conditional write, so of several nodes asking at once exactly one gets it, whatever
 * their clocks' timers say. A lease runs out by itself, so a node that dies holding one blocks nobody for long.
 */
export interface JobStore {
  /**
   * Take the lease `name` for `leaseMs` from `now`: true when it was free or had run out; false while a lease
   * runs, whoever holds it (the holder too: a lease covers one run of the job, so a daily job's lease is the
   * record that today's run happened).
   */
  claimJob(name: string, holder: string, leaseMs: number, now?: number): Promise<boolean>;
  /**
   * Hold the lease `name` (a role, not a run: the node that reports the cluster-wide gauges): true when it was
   * free, ran out, or was already `holder`'s (then renewed to `leaseMs` from `now`).
   */
  holdJob(name: string, holder: string, leaseMs: number, now?: number): Promise<boolean>;
}

/** The conditional upsert both adapters run (parameters: name, holder, until, now); `renew`: the holder may too. */
export const CLAIM_JOB_SQL = (p: (n: number) => string, renew = false) =>
  `INSERT INTO job_leases (name, holder, expires_at) VALUES (${p(1)}, ${p(2)}, ${p(3)})
   ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
   WHERE job_leases.expires_at <= ${p(4)}${renew ? ' OR job_leases.holder = excluded.holder' : ''}`;
