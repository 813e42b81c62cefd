import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase } from './postgres.ts';
import { dropPrefix, REDIS_URL, testPrefix } from './redis.ts';
import { reservedPort } from './ports.ts';
import { killHard, launchServer, type ServerProcess } from './server-process.ts';

/** One Kefu process of a cluster: where it answers, and its process (null while it is down). */
export interface ClusterNode {
  url: string;
  wsUrl: string;
  port: number;
  process: ServerProcess | null;
}

export interface Cluster {
  nodes: ClusterNode[];
  databaseUrl: string;
  /** SIGKILL node `i` (nothing runs on the way out). */
  kill(i: number): Promise<void>;
  /** Start node `i` again on its port and data directory (killed and rejected if the cluster's signal aborts meanwhile). */
  restart(i: number): Promise<void>;
  /** Stop everything and drop the database and the Redis keys. */
  close(): Promise<void>;
}

/**
 * `n` built Kefu servers (separate processes, `npm run build` first) on one fresh PostgreSQL database and one
 * Redis key prefix of their own, each with its own data directory and port (and its own public URL unless
 * `env` names one for all, as behind a load balancer), or on the caller's database (`own`). The first starts
 * alone (it trains the FAQ model the others copy), then the others at once. `signal` aborted at any moment of the
 * start-up: every node started is stopped and gone before this rejects with an AbortError.
 */
export async function startCluster(n: number, env: Record<string, string>, own?: { databaseUrl: string }, signal?: AbortSignal): Promise<Cluster> {
  // A database of the caller's (its own PostgreSQL server, to restart it), else a fresh one on the shared server.
  const database = own ? { url: own.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const prefix = testPrefix();
  const nodeEnv = { KEFU_DATABASE_URL: database.url, KEFU_REDIS_URL: REDIS_URL, KEFU_REDIS_PREFIX: prefix, ...env };
  const dirs: string[] = [];
  const nodes: ClusterNode[] = [];
  // Up to 90 s: a node trains its FAQ engine at its first start (seconds for the wallet pack, more on a busy box).
  const launch = (node: ClusterNode, dir: string) => launchServer(node.port, dir, { KEFU_PUBLIC_URL: node.url, ...nodeEnv }, 90_000, signal);
  const cleanup = async () => {
    for (const node of nodes) if (node.process) await killHard(node.process);
    await database.drop().catch(() => undefined);
    await dropPrefix(prefix).catch(() => undefined);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < n; i++) {
      const port = await reservedPort();
      nodes.push({ url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}`, port, process: null });
      dirs.push(mkdtempSync(path.join(tmpdir(), `kefu-node-${i}-`)));
    }
    nodes[0]!.process = await launch(nodes[0]!, dirs[0]!);
    // The first node's trained FAQ model, so the others start without training the same pack again.
    const model = path.join(dirs[0]!, 'faq-model.bin');
    for (const dir of dirs.slice(1)) if (existsSync(model)) copyFileSync(model, path.join(dir, 'faq-model.bin'));
    // The others together, as nodes behind a load balancer do (migrations and the first admin under database locks).
    const rest = await Promise.allSettled(nodes.slice(1).map(async (node, i) => void (node.process = await launch(node, dirs[i + 1]!))));
    const failed = rest.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (err) {
    await cleanup();
    throw err;
  }
  return {
    nodes,
    databaseUrl: database.url,
    async kill(i) {
      const node = nodes[i]!;
      if (node.process) await killHard(node.process);
      node.process = null;
    },
    async restart(i) {
      nodes[i]!.process = await launch(nodes[i]!, dirs[i]!);
    },
    close: cleanup,
  };
}
