import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStorage, type OpenedStorage } from '../../server/storage/open.ts';
import { startClusterJobs, type ClusterJobs } from '../../server/services/cluster-jobs.ts';
import { postgresAvailable, useTestDatabase } from '../helpers/postgres.ts';
import { waitFor } from '../helpers/wait.ts';

/**
 * Jobs once per cluster: four nodes (each its own connection to one database) ask for the same jobs every
 * 20 ms; each job runs once per lease, on one node, however often they ask.
 */
const withPostgres = await postgresAvailable();
const database = useTestDatabase(withPostgres);
const opened: OpenedStorage[] = [];
const running: ClusterJobs[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const jobs of running.splice(0)) await jobs.stop();
  for (const o of opened.splice(0)) {
    await o.visitorData.close();
    await o.storage.close();
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

for (const engine of ['sqlite', 'postgres'] as const) {
  describe.skipIf(engine === 'postgres' && !withPostgres)(`jobs once per cluster (${engine})`, () => {
    it('four nodes asking every 20 ms: a job with a long lease runs once, on one node; a short lease passes it on', async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-jobs-'));
      dirs.push(dataDir);
      const databaseUrl = engine === 'postgres' ? await database.freshUrl() : null;
      const runs: { job: string; node: number }[] = [];
      const granted: number[] = []; // when the short lease was granted (the time the database compared with)
      let asks = 0;
      for (let node = 0; node < 4; node++) {
        const o = await openStorage({ databaseUrl, dataDir });
        opened.push(o);
        const counted = {
          ...o.storage,
          async claimJob(name: string, holder: string, leaseMs: number) {
            asks++;
            const now = Date.now();
            const mine = await o.storage.claimJob(name, holder, leaseMs, now);
            if (mine && name === 'sweep') granted.push(now);
            return mine;
          },
        };
        running.push(
          startClusterJobs({
            store: counted,
            holder: `node-${node}`,
            onError: (err) => {
              throw err;
            },
            jobs: [
              { name: 'retention', checkMs: 20, leaseMs: 3_600_000, run: async () => void runs.push({ job: 'retention', node }) },
              { name: 'sweep', checkMs: 20, leaseMs: 150, run: async () => void runs.push({ job: 'sweep', node }) },
            ],
          }),
        );
      }
      // Long enough for hundreds of asks and several short leases to run out (bounded by the wait's timeout).
      await waitFor(() => asks >= 400 && granted.length >= 3, 'many asks and three short leases', 30_000);
      expect(runs.filter((r) => r.job === 'retention')).toHaveLength(1);
      // The short lease: each grant at least a lease after the one before (a holder renewing its own counts too).
      granted.sort((x, y) => x - y);
      for (let i = 1; i < granted.length; i++) expect(granted[i]! - granted[i - 1]!).toBeGreaterThanOrEqual(150);
      expect(runs.filter((r) => r.job === 'sweep').length).toBe(granted.length);
    });
  });
}

describe('jobs once per cluster: shutting down', () => {
  it('stop() aborts the signal a running job was given and waits for the run to end', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-jobs-'));
    dirs.push(dataDir);
    const o = await openStorage({ databaseUrl: null, dataDir });
    opened.push(o);
    let started = false;
    let ended = false;
    const jobs = startClusterJobs({
      store: o.storage,
      holder: 'node-a',
      onError: (err) => {
        throw err;
      },
      // A run that would go on for ever (a sweep with endless work) unless told the node is stopping.
      jobs: [{ name: 'endless', checkMs: 60_000, leaseMs: 60_000, run: (stopping) => new Promise<void>((resolve) => {
        started = true;
        stopping.addEventListener('abort', () => {
          ended = true;
          resolve();
        });
      }) }],
    });
    await waitFor(() => started, 'the run started', 10_000);
    await jobs.stop();
    expect(ended).toBe(true);
  });
});
