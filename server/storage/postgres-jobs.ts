import type { JobStore } from './job-types.ts';
import { CLAIM_JOB_SQL } from './job-types.ts';
import { changes, type Pool } from './postgres-pool.ts';

/**
 * Job leases on PostgreSQL. Two nodes upserting the same name at once: the second waits for the first's row
 * lock, then re-checks the WHERE against the row the first wrote, so only one of them gets the lease.
 */
export function postgresJobStore(pool: Pool): JobStore {
  const claim = CLAIM_JOB_SQL((n) => `$${n}`);
  const hold = CLAIM_JOB_SQL((n) => `$${n}`, true);
  return {
    async claimJob(name, holder, leaseMs, now = Date.now()) {
      return (await changes(pool, claim, [name, holder, now + leaseMs, now])) === 1;
    },
    async holdJob(name, holder, leaseMs, now = Date.now()) {
      return (await changes(pool, hold, [name, holder, now + leaseMs, now])) === 1;
    },
  };
}
