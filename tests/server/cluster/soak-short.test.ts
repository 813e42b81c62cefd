import { describe, it } from 'vitest';
import { pgBinDir } from '../../helpers/pg-instance.ts';
import { redisAvailable } from '../../helpers/redis.ts';
import { expectClean, summary } from '../../soak/expect-clean.ts';
import { NOT_APPLICABLE } from '../../soak/oracle.ts';
import { runSoak } from '../../soak/run.ts';

/**
 * The cluster soak, shortened (full run: `npm run soak -- --nodes 3`): three nodes on a PostgreSQL of the test's
 * own and a Redis prefix of its own, behind the soak's fault proxy; 20 visitors and 2 agents through it, sockets
 * cut and blackholed, one node SIGKILLed mid-run (and started again). Nothing lost, doubled or reordered for
 * visitors or agents; each owed bot answer given once (those the killed node had claimed, by another node once
 * the claim runs out), never while an agent held the chat.
 */
const binaries = pgBinDir();
if (!binaries) {
  if (process.env.CI) throw new Error('CI is set but no PostgreSQL binaries (initdb, pg_ctl) are installed: .ci/run installs postgresql');
  console.warn('\n!!! Cluster soak SKIPPED: no initdb/pg_ctl (apt-get install postgresql) !!!\n');
}
const redis = await redisAvailable();

describe.skipIf(!binaries || !redis)('cluster soak (short)', () => {
  it('three nodes, one killed: loses, duplicates and reorders nothing; the bot answers each owed message once', async ({ signal }) => {
    const seed = 1414;
    const report = await runSoak({
      seed,
      nodes: 3,
      databaseOutage: false,
      durationMs: 12_000,
      visitors: 20,
      agents: 2,
      takeovers: 2,
      killEveryMs: 6_000,
      cutEveryMs: 4_000,
      cutFraction: 0.1,
      sendEveryMs: 2_000,
      settleMs: 60_000,
      log: (line) => console.log(`  ${line}`),
      // At the test's timeout the soak stops its nodes and its PostgreSQL (nothing left running: tests/server/soak-stops.test.ts).
      signal,
    });
    console.log(summary('cluster soak-short', seed, report));
    expectClean(report, { kills: 1, takeovers: 2, minTyped: 70, integrity: NOT_APPLICABLE });
    // 12 s with every node up plus the killed node's restart (the end moves on by it): room for a restart of 30 s and more under load.
  }, 300_000);
});
