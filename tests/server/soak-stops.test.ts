import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/server-process.ts';
import { runSoak } from '../soak/run.ts';

/**
 * What a soak starts stops however it ends. Session 35: both soaks timed out at 150 s under load and their server
 * processes and the cluster soak's own PostgreSQL ran on for 40 minutes (vitest ends a timed-out test's worker with a
 * signal, and a process 'exit' handler does not run then; the run itself went on killing and restarting nodes).
 */

/** Whether `pid` runs (a zombie, dead and waiting for its parent to reap it, does not). */
function running(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]![0] !== 'Z';
  } catch {
    return false;
  }
}

/** The built servers (dist/server/main.js) that are children of this process now. */
function ownServers(): number[] {
  const { stdout } = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return stdout.split('\n').filter((line) => line.includes('dist/server/main.js')).map((line) => Number(line.trim().split(/\s+/)[0]));
}

describe('the soak stops what it started', () => {
  it("stops its server when its signal aborts (the test's timeout), then rejects", async () => {
    const timeout = new AbortController();
    let servers: number[] = [];
    const run = runSoak({
      seed: 1,
      durationMs: 60_000,
      visitors: 1,
      agents: 0,
      takeovers: 0,
      killEveryMs: 60_000,
      cutEveryMs: 60_000,
      cutFraction: 0,
      sendEveryMs: 1_000,
      settleMs: 1_000,
      signal: timeout.signal,
      log: (line) => {
        if (!line.startsWith('server up')) return;
        servers = ownServers();
        timeout.abort(new Error('test timed out'));
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(servers).toHaveLength(1);
    expect(servers.filter(running)).toEqual([]);
    // A budget for the loaded box (the built server's start took 32 s at load 17), not a timing.
  }, 120_000);

  it('a process ended by SIGTERM stops the child it started in a session of its own, then dies of the signal', async () => {
    const probe = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/fixtures/processes/reap-on-signal.ts')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = once(probe, 'exit');
    const [line] = (await once(probe.stdout, 'data')) as [Buffer];
    const child = Number(line.toString().trim());
    expect(running(child)).toBe(true);
    probe.kill('SIGTERM');
    expect(await exited).toEqual([null, 'SIGTERM']);
    // SIGKILLed by the probe before it died; a moment for the kernel to end it.
    for (let i = 0; i < 50 && running(child); i++) await new Promise((r) => setTimeout(r, 100));
    expect(running(child)).toBe(false);
  });
});
