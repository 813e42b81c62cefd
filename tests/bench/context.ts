import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { reservedPort } from '../helpers/ports.ts';
import type { LoadRequest, LoadResult } from './load-worker.ts';
import type { LoadPool } from './pool.ts';
import { startEcho, startKefu, type ServerProcess } from './procs.ts';
import { cpuSeconds, sleep } from './stats.ts';

/** What every section gets: the run's size, the load processes and a scratch directory. */
export interface BenchContext {
  quick: boolean;
  pool: LoadPool;
  tmp: string;
  /** Extra node flags for the Kefu server (e.g. --cpu-prof). */
  serverArgs: string[];
}

export type ServerKind = 'kefu' | 'echo';

/** Start a fresh server of the kind (Kefu gets an empty data directory). */
export async function startServerOf(kind: ServerKind, ctx: BenchContext): Promise<ServerProcess> {
  const port = await reservedPort();
  if (kind === 'echo') return startEcho(port);
  return startKefu({ port, dataDir: mkdtempSync(path.join(ctx.tmp, 'data-')), nodeArgs: ctx.serverArgs });
}

export const wsUrlOf = (kind: ServerKind, server: ServerProcess) => `${server.url.replace(/^http/, 'ws')}${kind === 'kefu' ? '/ws/visitor' : '/'}`;

/**
 * Run one load on every load process and read the server's CPU seconds over the measured window
 * (startAt + warmup → + duration), so throughput and CPU cover the same interval.
 */
export async function measureWindow(
  ctx: BenchContext,
  server: ServerProcess,
  req: Omit<LoadRequest, 'startAt' | 'warmupMs' | 'durationMs'>,
): Promise<{ result: LoadResult; cpuSeconds: number; seconds: number }> {
  const warmupMs = ctx.quick ? 500 : 1000;
  const durationMs = ctx.quick ? 2000 : 5000;
  const startAt = Date.now() + 300;
  const cpu = (async () => {
    await sleep(startAt + warmupMs - Date.now());
    const before = cpuSeconds(server.pid);
    await sleep(startAt + warmupMs + durationMs - Date.now());
    return cpuSeconds(server.pid) - before;
  })();
  const result = await ctx.pool.load({ ...req, startAt, warmupMs, durationMs });
  return { result, cpuSeconds: await cpu, seconds: durationMs / 1000 };
}

/** Go on when at least 95% of the sockets opened (a loaded box drops a few handshakes); else stop, with the reasons. */
export function assertOpened(opened: { connected: number; failed: number; reasons: Record<string, number> }, wanted: number): void {
  if (opened.connected >= wanted * 0.95) return;
  throw new Error(`${opened.failed} of ${wanted} sockets failed to open: ${JSON.stringify(opened.reasons)}`);
}

/** Wait (at most `maxMs`) until the server is idle: under 5% of a CPU over half a second. Returns the seconds waited. */
export async function untilIdle(server: ServerProcess, maxMs: number): Promise<number> {
  const started = Date.now();
  for (let before = cpuSeconds(server.pid); Date.now() - started < maxMs; ) {
    await sleep(500);
    const now = cpuSeconds(server.pid);
    if (now - before < 0.025) break;
    before = now;
  }
  return (Date.now() - started) / 1000;
}
