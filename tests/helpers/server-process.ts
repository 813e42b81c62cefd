import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { seedFaqModel } from './faq-model-seed.ts';
import { reapChildOnExit } from './reap-on-exit.ts';
import { TEST_TOTP_KEY } from './postgres.ts';
import { throwIfAborted } from './wait.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The server as it ships: the build of server/ (npm run build; npm test builds first). */
export const BUILT_SERVER = path.join(ROOT, 'dist/server/main.js');

/** The built server, refusing one older than its sources (a test of stale code proves nothing). */
export function builtServer(): string {
  const built = statSync(BUILT_SERVER, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const newest = (dir: string): number =>
    Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs)));
  const stale = ['server', 'protocol', 'faq'].find((dir) => newest(path.join(ROOT, dir)) > built);
  if (stale) throw new Error(`dist/server/main.js is missing or older than ${stale}/: run npm run build`);
  return BUILT_SERVER;
}

export interface ServerProcess {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/**
 * The real server (the build of `server/main.ts`) as a child process on 127.0.0.1:`port` with its data in `dataDir`;
 * resolves once /healthz answers (at most `healthyWithinMs`, 60 s by default, else the child is killed and this throws).
 * A budget for a loaded box, not a timing: a start took over 20 s (the default before) under two CPU hogs at load
 * 35-44, failing faq-try's built-server test and process.test's SIGTERM test.
 * `signal` (a test's timeout) aborted before or while it starts: the child, if spawned, is killed and gone before this
 * rejects with an AbortError (session 37: a soak timed out during start-up went on starting nodes it never stopped).
 */
export async function launchServer(port: number, dataDir: string, env: Record<string, string> = {}, healthyWithinMs = 60_000, signal?: AbortSignal): Promise<ServerProcess> {
  throwIfAborted(signal);
  seedFaqModel(dataDir, env.KEFU_FAQ_PACK_DIR);
  return launchUnseeded(port, dataDir, env, healthyWithinMs, signal);
}

/**
 * launchServer without the run's model seeded in `dataDir`: the server starts on the data dir as it is, as a fresh
 * install does (from the build's model of the shipped pack, dist/faq-models, when the data dir has none).
 */
export async function launchUnseeded(port: number, dataDir: string, env: Record<string, string> = {}, healthyWithinMs = 60_000, signal?: AbortSignal): Promise<ServerProcess> {
  throwIfAborted(signal);
  const child = spawn(process.execPath, [builtServer()], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KEFU_DATA_DIR: dataDir, KEFU_LOG_LEVEL: 'warn', ...(env.KEFU_DATABASE_URL ? { KEFU_TOTP_KEY: TEST_TOTP_KEY } : {}), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // A failed or timed-out test must not leave a server running (and holding CPU) after the test process ends.
  reapChildOnExit(child);
  const giveUp = async (err: unknown): Promise<never> => {
    child.kill('SIGKILL');
    await exited;
    throw err;
  };
  for (let i = 0; i < healthyWithinMs / 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`, { signal }).then((r) => r.ok, () => false);
    if (ok) return { child, exited };
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was healthy`);
    await sleep(100, undefined, { signal }).catch(giveUp);
  }
  return giveUp(new Error(`server did not become healthy in ${healthyWithinMs / 1000} s`));
}

/** SIGKILL: no shutdown hook runs, nothing is flushed beyond what SQLite already committed. */
export async function killHard(server: ServerProcess): Promise<void> {
  server.child.kill('SIGKILL');
  await server.exited;
}
