import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import { MINI_PACK } from '../helpers/faq-model-seed.ts';
import { pgBinDir } from '../helpers/pg-instance.ts';
import { redisAvailable } from '../helpers/redis.ts';
import { ROOT } from '../helpers/server-process.ts';
import { runSoak, type SoakOptions } from '../soak/run.ts';

/**
 * What a soak starts stops however it ends. Session 35: both soaks timed out at 150 s under load and their server
 * processes and the cluster soak's own PostgreSQL ran on for 40 minutes (vitest ends a timed-out test's worker with a
 * signal, and a process 'exit' handler does not run then; the run itself went on killing and restarting nodes).
 * Session 37: the cluster soak timed out while its nodes started, and two of them ran on (start-up ignored the signal).
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

/** The port of the database a server process `pid` was started on (KEFU_DATABASE_URL in its environment), or null. */
function databasePort(pid: number): number | null {
  try {
    const url = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').find((v) => v.startsWith('KEFU_DATABASE_URL='));
    return url ? Number(new URL(url.slice('KEFU_DATABASE_URL='.length)).port) : null;
  } catch {
    return null;
  }
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
async function listening(port: number): Promise<boolean> {
  const socket = net.connect(port, '127.0.0.1');
  // once() rejects on 'error': a refused connection is the answer 'no'.
  const result = await once(socket, 'connect').then(() => true, () => false);
  socket.destroy();
  return result;
}

/** Whether a cluster soak can run here (PostgreSQL's binaries for its own instance, and Redis). */
const clusterable = pgBinDir() !== null && (await redisAvailable());

/**
 * A soak small enough to start and stop: one visitor, no agent, nothing injured before it would be aborted; its servers
 * on the tests' mini pack (a start on the shipped pack builds its engine from the model, ≈2.4 s of CPU more at load 16-18).
 */
const TINY: Omit<SoakOptions, 'signal' | 'log'> = {
  faqPackDir: MINI_PACK,
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
};

/** The probe (tests/fixtures/processes/reap-on-signal.ts) with `args`, and the pid of the child it started. */
async function startProbe(...args: string[]) {
  const probe = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/fixtures/processes/reap-on-signal.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(probe, 'exit');
  const [line] = (await once(probe.stdout, 'data')) as [Buffer];
  const child = Number(line.toString().trim());
  expect(running(child)).toBe(true);
  // Not left to sleep out its 60 s when the test fails.
  onTestFinished(() => void (running(child) && process.kill(child, 'SIGKILL')));
  return { probe, exited, child };
}

/** Whether `pid` ends within 5 s (polled every 100 ms: a moment for the kernel to end a process SIGKILLed). */
async function ends(pid: number): Promise<boolean> {
  for (let i = 0; i < 50 && running(pid); i++) await sleep(100);
  return !running(pid);
}

describe('the soak stops what it started', () => {
  it("stops its server when its signal aborts (the test's timeout), then rejects", async () => {
    const timeout = new AbortController();
    let servers: number[] = [];
    const run = runSoak({
      ...TINY,
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

  it.skipIf(!clusterable)(
    'a cluster soak aborted as its first node is spawned starts no other, and its node and PostgreSQL are gone when it rejects',
    async () => {
      const timeout = new AbortController();
      const seen = new Set<number>();
      let pgPort: number | null = null;
      const run = runSoak({ ...TINY, nodes: 3, databaseOutage: false, signal: timeout.signal, log: () => undefined });
      let settled = false;
      const outcome = run.then(
        () => null,
        (err: unknown) => err,
      ).finally(() => (settled = true));
      // Every server this process starts, polled every 50 ms until the run settles (at most 1,800 polls).
      for (let i = 0; i < 1_800 && !settled; i++) {
        for (const pid of ownServers()) {
          if (seen.has(pid)) continue;
          seen.add(pid);
          pgPort ??= databasePort(pid);
          timeout.abort(new Error('test timed out'));
        }
        await sleep(50);
      }
      expect(await outcome).toMatchObject({ name: 'AbortError' });
      // The first node was aborted while it started; none after it (main went on to start the other two).
      expect(seen.size).toBe(1);
      expect([...seen].filter(running)).toEqual([]);
      expect(pgPort).not.toBeNull();
      expect(await listening(pgPort!)).toBe(false);
      // A budget for the loaded box (initdb, PostgreSQL's start and a built server's), not a timing.
    },
    120_000,
  );

  it('a process ended by SIGTERM stops the child it started in a session of its own, then dies of the signal', async () => {
    const { probe, exited, child } = await startProbe();
    probe.kill('SIGTERM');
    expect(await exited).toEqual([null, 'SIGTERM']);
    expect(await ends(child)).toBe(true);
  });

  it('a process SIGKILLed soon after its SIGTERM (as vitest ends a worker) still stopped the child it started last', async () => {
    // Vitest SIGKILLs a worker 500 ms after its SIGTERM; 2 s here, for a loaded box. The slow reaper registered first
    // (5 s) ran first before session 37 and the child's reaper never ran: two soak nodes ran on after their PostgreSQL.
    const { probe, exited, child } = await startProbe('after-slow');
    probe.kill('SIGTERM');
    const sigkill = setTimeout(() => probe.kill('SIGKILL'), 2_000);
    await exited;
    clearTimeout(sigkill);
    expect(await ends(child)).toBe(true);
  });
});
