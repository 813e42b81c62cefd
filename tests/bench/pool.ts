import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { AgentSockets, ConnectRequest, ConnectResult, LoadRequest, LoadResult, StormResult } from './load-worker.ts';
import { reapChildOnExit } from '../helpers/reap-on-exit.ts';
import { ipc, ROOT } from './procs.ts';
import { cpuSeconds } from './stats.ts';

/** A process may hold at most 20,000 files here: each load process stays well under. */
export const SOCKETS_PER_WORKER = 5000;

/** Load processes (tests/bench/load-worker.ts), each its own Node process, driven together. */
export class LoadPool {
  private constructor(private readonly workers: { child: ChildProcess; call: (r: object) => Promise<unknown> }[]) {}

  static start(count: number): LoadPool {
    return new LoadPool(
      Array.from({ length: count }, (_, i) => {
        const child = fork(path.join(import.meta.dirname, 'load-worker.ts'), [], {
          cwd: ROOT,
          execArgv: ['--import', 'tsx'],
          env: { ...process.env, BENCH_WORKER: `w${i}` },
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        reapChildOnExit(child);
        return { child, call: ipc(child).call };
      }),
    );
  }

  get size(): number {
    return this.workers.length;
  }

  /** CPU seconds the load processes have used so far (subtract two readings): the bench's own clients' share of the box. */
  cpuSeconds(): number {
    return this.workers.reduce((sum, w) => sum + cpuSeconds(w.child.pid!), 0);
  }

  /** Open `count` sockets in total, split evenly across the processes (and the agent tokens too, in order). */
  async connect(req: ConnectRequest): Promise<ConnectResult> {
    const parts = split(req.count, this.workers.length);
    const tokens = split(req.agentTokens?.length ?? 0, this.workers.length);
    const results = (await Promise.all(
      this.workers.map((w, i) => {
        const from = tokens.slice(0, i).reduce((s, n) => s + n, 0);
        return w.call({ cmd: 'connect', ...req, count: parts[i], agentTokens: req.agentTokens?.slice(from, from + tokens[i]!) ?? [] });
      }),
    )) as ConnectResult[];
    return {
      connected: results.reduce((s, r) => s + r.connected, 0),
      failed: results.reduce((s, r) => s + r.failed, 0),
      ms: Math.max(...results.map((r) => r.ms)),
      reasons: mergeCounts(results.map((r) => r.reasons)),
      agents: results.reduce((s, r) => s + r.agents, 0),
      takenOver: results.reduce((s, r) => s + r.takenOver, 0),
      takeoverMs: Math.max(...results.map((r) => r.takeoverMs)),
      agentSockets: mergeAgentSockets(results),
    };
  }

  /** Run a load on every process at once (the rate is the total); results merged. */
  async load(req: LoadRequest): Promise<LoadResult> {
    const results = (await Promise.all(this.workers.map((w) => w.call({ cmd: 'load', ...req, rate: req.rate / this.workers.length })))) as LoadResult[];
    return {
      sent: results.reduce((s, r) => s + r.sent, 0),
      completed: results.reduce((s, r) => s + r.completed, 0),
      latencies: results.flatMap((r) => r.latencies),
      ackLatencies: results.flatMap((r) => r.ackLatencies),
      errors: mergeCounts(results.map((r) => r.errors)),
      agentSockets: mergeAgentSockets(results),
    };
  }

  /** Count the clients back after a restart: all of them, or only those connected to `url` (the node about to die). */
  async stormArm(url?: string): Promise<void> {
    await Promise.all(this.workers.map((w) => w.call({ cmd: 'storm-arm', url })));
  }

  async stormWait(deadlineMs: number): Promise<StormResult> {
    const results = (await Promise.all(this.workers.map((w) => w.call({ cmd: 'storm-wait', deadlineMs })))) as StormResult[];
    return {
      total: results.reduce((s, r) => s + r.total, 0),
      back: results.reduce((s, r) => s + r.back, 0),
      welcomes: results.flatMap((r) => r.welcomes),
      backs: results.flatMap((r) => r.backs),
      lastBackAt: Math.max(...results.map((r) => r.lastBackAt)),
      refused: results.reduce((s, r) => s + r.refused, 0),
      failures: mergeCounts(results.map((r) => r.failures)),
    };
  }

  /** Drop every socket (the processes stay). */
  async closeSockets(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.call({ cmd: 'close' })));
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.child.exitCode !== null) return resolve();
            w.child.once('exit', () => resolve());
            w.child.disconnect();
            setTimeout(() => w.child.kill('SIGKILL'), 5000).unref();
          }),
      ),
    );
  }
}

function mergeCounts(counts: Record<string, number>[]): Record<string, number> {
  const merged: Record<string, number> = {};
  for (const c of counts) for (const [key, n] of Object.entries(c)) merged[key] = (merged[key] ?? 0) + n;
  return merged;
}

/** The processes' agent sockets together: closes by code, and reopens. */
function mergeAgentSockets(results: { agentSockets: AgentSockets }[]): AgentSockets {
  return { closes: mergeCounts(results.map((r) => r.agentSockets.closes)), reopens: results.reduce((s, r) => s + r.agentSockets.reopens, 0) };
}

export function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}
