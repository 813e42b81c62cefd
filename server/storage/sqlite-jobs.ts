import type Database from 'better-sqlite3';
import { CLAIM_JOB_SQL, type JobStore } from './job-types.ts';

/** Job leases on SQLite (one box: the lease still keeps two processes on one file from both running a job). */
export function sqliteJobStore(db: Database.Database): JobStore {
  const claim = db.prepare<[string, string, number, number]>(CLAIM_JOB_SQL(() => '?'));
  const hold = db.prepare<[string, string, number, number]>(CLAIM_JOB_SQL(() => '?', true));
  return {
    async claimJob(name, holder, leaseMs, now = Date.now()) {
      return claim.run(name, holder, now + leaseMs, now).changes === 1;
    },
    async holdJob(name, holder, leaseMs, now = Date.now()) {
      return hold.run(name, holder, now + leaseMs, now).changes === 1;
    },
  };
}
