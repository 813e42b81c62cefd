import { fork, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { builtServer } from '../helpers/server-process.ts';
import { reapChildOnExit } from '../helpers/reap-on-exit.ts';
import { sleep, waitFor } from './stats.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The load is measured, not refused: the abuse limits (per visitor, per IP — all load comes from 127.0.0.1)
 * are lifted to their maximum. Their checks still run on every frame.
 */
const LIFTED_LIMITS = Object.fromEntries(
  [
    'KEFU_LIMIT_MESSAGES_PER_MIN',
    'KEFU_LIMIT_MESSAGES_BURST',
    'KEFU_LIMIT_IP_MESSAGES_PER_MIN',
    'KEFU_LIMIT_BOT_PER_MIN',
    'KEFU_LIMIT_NEW_CONVERSATIONS_PER_12H',
    'KEFU_LIMIT_SOCKETS_PER_IP',
    'KEFU_LIMIT_REST_PER_MIN',
    'KEFU_LIMIT_SOCKET_FRAMES_PER_MIN',
    'KEFU_LIMIT_AGENT_FRAMES_PER_MIN',
    'KEFU_LIMIT_IP_HELLOS_PER_MIN',
  ].map((name) => [name, '1000000']),
);

export const BENCH_ADMIN = { email: 'bench-admin@example.com', password: 'bench admin password' };

export interface ServerProcess {
  pid: number;
  port: number;
  url: string;
  /** SIGTERM (the server tells clients to reconnect, then exits); SIGKILL after 15 s. */
  stop(): Promise<void>;
  /** SIGKILL: the process dies at once, its sockets with it. */
  kill(): Promise<void>;
  /** V8 heap in use, bytes, as the process reports it. */
  heapUsed(): Promise<number>;
}

function watch(child: ChildProcess, name: string): { exited: Promise<void>; tail: () => string } {
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr = (stderr + String(d)).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('error', (err) => (stderr += `\n${name}: ${err.message}`));
  return { exited, tail: () => stderr };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** The real server as it ships (`node dist/server/main.js`) on 127.0.0.1 with its own data directory (`env`: e.g. a cluster's database and Redis). */
export async function startKefu(opts: { port: number; dataDir: string; nodeArgs?: string[]; env?: Record<string, string> }): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), builtServer()], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...LIFTED_LIMITS,
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      KEFU_DATA_DIR: opts.dataDir,
      KEFU_LOG_LEVEL: 'warn',
      // A first admin, so the relay can create agents and log them in (tests/bench/relay.ts).
      KEFU_ADMIN_EMAIL: BENCH_ADMIN.email,
      KEFU_ADMIN_PASSWORD: BENCH_ADMIN.password,
      ...opts.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // A bench ended by Ctrl-C, a signal or a crash leaves no server behind (nor an echo server, a load process or its Redis).
  reapChildOnExit(child);
  const { exited, tail } = watch(child, 'kefu');
  const url = `http://127.0.0.1:${opts.port}`;
  // Up to 90 s: a node on a fresh database migrates it and trains the FAQ engine first (longer on a busy box).
  const healthy = await waitFor(() => fetch(`${url}/healthz`).then((r) => r.ok, () => false), 90_000, 100);
  if (!healthy) {
    child.kill('SIGKILL');
    throw new Error(`the Kefu server did not become healthy in 90 s:\n${tail()}`);
  }
  const heapUsed = async () => {
    // Kefu's own /metrics (127.0.0.1 is allowed by default).
    const text = await (await fetch(`${url}/metrics`)).text();
    return Number(/^nodejs_heap_size_used_bytes (\S+)$/m.exec(text)?.[1] ?? Number.NaN);
  };
  return { pid: child.pid!, port: opts.port, url, stop: () => stopChild(child, exited), kill: () => (child.kill('SIGKILL'), exited), heapUsed };
}

/** The ceiling: a bare `ws` server that echoes every frame (tests/bench/echo-server.ts). */
export async function startEcho(port: number): Promise<ServerProcess> {
  const child = fork(path.join(import.meta.dirname, 'echo-server.ts'), [], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  reapChildOnExit(child);
  const { exited, tail } = watch(child, 'echo');
  const rpc = ipc(child);
  const ready = await Promise.race([rpc.call({ cmd: 'ready' }), sleep(30_000).then(() => null)]);
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`the echo server did not start in 30 s:\n${tail()}`);
  }
  return {
    pid: child.pid!,
    port,
    url: `http://127.0.0.1:${port}`,
    stop: () => stopChild(child, exited),
    kill: () => (child.kill('SIGKILL'), exited),
    heapUsed: async () => ((await rpc.call({ cmd: 'heap' })) as { heapUsed: number }).heapUsed,
  };
}

/** Request/response over a child's IPC channel: each request carries an id, the reply echoes it. */
export function ipc(child: ChildProcess) {
  let next = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (raw) => {
    const reply = raw as { id: number; ok: boolean; value?: unknown; error?: string };
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) w?.resolve(reply.value);
    else w?.reject(new Error(reply.error));
  });
  child.once('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`child exited (${code}) before answering`));
    waiting.clear();
  });
  return {
    call(request: object): Promise<unknown> {
      const id = ++next;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        child.send({ id, ...request });
      });
    },
  };
}

/** The child side of `ipc`: answer each request with `handle`'s result or its error. */
export function serveIpc(handle: (request: { cmd: string } & Record<string, unknown>) => Promise<unknown>): void {
  process.on('message', (raw) => {
    const { id, ...request } = raw as { id: number; cmd: string };
    handle(request).then(
      (value) => process.send!({ id, ok: true, value }),
      (err: unknown) => process.send!({ id, ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
}
