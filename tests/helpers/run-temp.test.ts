import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The OS temporary folder of the runs below: a scratch one, so no other run on the machine is touched. */
const system = mkdtempSync(path.join(tmpdir(), 'kefu-system-temp-'));
afterAll(() => rmSync(system, { recursive: true, force: true }));

interface Run {
  dir: string;
  made: string;
  worker?: number;
  afterFirst?: boolean;
  afterLast?: boolean;
}

/** A test run's main process (tests/fixtures/processes/test-run.ts) in `mode`, once it has printed what it made. */
async function startRun(mode: 'end' | 'wait', worker = false) {
  const env: NodeJS.ProcessEnv = { ...process.env, KEFU_TEST_SYSTEM_TEMP: system };
  delete env.KEFU_TEST_RUN_TEMP;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/fixtures/processes/test-run.ts'), mode, ...(worker ? ['worker'] : [])], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const [line] = (await once(child.stdout, 'data')) as [Buffer];
  const run = JSON.parse(line.toString()) as Run;
  onTestFinished(() => {
    child.kill('SIGKILL');
    if (run.worker !== undefined && running(run.worker)) process.kill(run.worker, 'SIGKILL');
  });
  return { run, child, exited };
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether `pid` ends within 5 s (a moment for the kernel to end a process SIGKILLed). */
async function ends(pid: number): Promise<boolean> {
  for (let i = 0; i < 50 && running(pid); i++) await sleep(100);
  return !running(pid);
}

describe("a test run's temporary folder", () => {
  it("holds what its tests make and goes at the run's end, after its last project's teardown", async () => {
    const { run } = await startRun('end');
    expect(path.dirname(run.dir)).toBe(system);
    expect(path.basename(run.dir)).toMatch(/^kefu-run-\d+-/);
    expect(path.dirname(run.made)).toBe(run.dir);
    expect(run.afterFirst).toBe(true);
    expect(run.afterLast).toBe(false);
    expect(readdirSync(system)).toEqual([]);
  });

  it("of a killed run goes at the next start, never while the run or a process it started runs", async () => {
    // Not a run's folder: never touched.
    const other = path.join(system, 'kefu-node-0-abcdef');
    mkdirSync(other);
    const killed = await startRun('wait', true);
    const alive = await startRun('wait');
    killed.child.kill('SIGKILL');
    await killed.exited;
    // Its main process is gone, its worker runs on: both runs' folders stay.
    expect(running(killed.run.worker!)).toBe(true);
    const next = await startRun('end');
    expect(next.run.afterLast).toBe(false);
    expect(existsSync(killed.run.made)).toBe(true);
    expect(existsSync(alive.run.made)).toBe(true);
    // The worker gone too: the next start removes the killed run's folder, and only it.
    process.kill(killed.run.worker!, 'SIGKILL');
    expect(await ends(killed.run.worker!)).toBe(true);
    await startRun('end');
    expect(existsSync(killed.run.dir)).toBe(false);
    expect(existsSync(alive.run.made)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});
