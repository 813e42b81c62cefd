import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The variable naming this run's folder, set in the run's main process and so in every worker and child it starts. */
export const RUN_TEMP = 'KEFU_TEST_RUN_TEMP';
/** The OS's temporary folder as it was before the run pointed TMPDIR at its own (where kept files, the run models, live). */
export const SYSTEM_TEMP = 'KEFU_TEST_SYSTEM_TEMP';

const RUN_FOLDER = /^kefu-run-(\d+)-/;

/** Whether process `pid` runs (a process of another user counts: kill 0 then fails with EPERM, not ESRCH). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Whether a running process was started with `dir` as its run folder: a worker or a server a test started lives on
 * after its run's main process was killed (a fork finds out only when it next reports). Read from /proc/PID/environ
 * (a process's environment as it started); where there is no /proc, none is known and the main process's pid decides.
 */
function inUse(dir: string): boolean {
  const marker = `${RUN_TEMP}=${dir}\0`;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return false;
  }
  return pids.some((pid) => {
    try {
      return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker);
    } catch {
      // Gone meanwhile, or another user's: mkdtemp's folders are theirs to enter only when they are root.
      return false;
    }
  });
}

/**
 * vitest globalSetup, the first of the run: one folder of the run's own for every temporary file its tests, their
 * servers, PostgreSQL instances and Chromium make (TMPDIR points at it, so os.tmpdir() and mkdtemp do), removed at the
 * run's end. A run that was killed leaves its folder; the next run's start removes each such folder whose run is over
 * (its main process gone and no process started with it running), never one a running run, worker or server uses.
 * Each project of a run calls this (its setup module loaded anew for each): the first makes the folder, and the last
 * project's teardown removes it, after every other project's (Chromium's, PostgreSQL's) has run.
 */
export default function setup(): () => void {
  const projects = globalThis as { kefuRunTempProjects?: number };
  projects.kefuRunTempProjects = (projects.kefuRunTempProjects ?? 0) + 1;
  const teardown = () => {
    projects.kefuRunTempProjects! -= 1;
    if (projects.kefuRunTempProjects === 0) rmSync(process.env[RUN_TEMP]!, { recursive: true, force: true });
  };
  if (projects.kefuRunTempProjects > 1) return teardown;
  const system = process.env[SYSTEM_TEMP] ?? tmpdir();
  for (const name of readdirSync(system)) {
    const pid = RUN_FOLDER.exec(name)?.[1];
    const dir = path.join(system, name);
    if (pid !== undefined && !running(Number(pid)) && !inUse(dir)) rmSync(dir, { recursive: true, force: true });
  }
  const dir = mkdtempSync(path.join(system, `kefu-run-${process.pid}-`));
  // Others may pass through (not list it): a PostgreSQL a test starts as root runs as user postgres in a folder inside.
  chmodSync(dir, 0o711);
  process.env[SYSTEM_TEMP] = system;
  process.env[RUN_TEMP] = dir;
  process.env.TMPDIR = dir;
  return teardown;
}
