import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildOptions } from '../../server/app.ts';
import { loadConfig, type Config } from '../../server/config.ts';

export interface RunningServer {
  app: FastifyInstance;
  config: Config;
  url: string;
  wsUrl: string;
  dataDir: string;
  /** Close the server; the data directory stays until `cleanup`. */
  close(): Promise<void>;
  cleanup(): Promise<void>;
}

/** Abuse limits high enough for tests that send many messages from one visitor on purpose. */
export const BULK_LIMITS: Record<string, string> = {
  KEFU_LIMIT_MESSAGES_PER_MIN: '100000',
  KEFU_LIMIT_MESSAGES_BURST: '100000',
  KEFU_LIMIT_BOT_PER_MIN: '100000',
};

/** A free TCP port on 127.0.0.1 (the config needs it up front: it is part of the public URL). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A real server on an ephemeral port with a fresh data directory (or the one given, to test restarts). */
export async function startServer(
  env: Record<string, string> = {},
  options: BuildOptions & { dataDir?: string } = {},
): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'kefu-test-'));
  const port = await freePort();
  const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', KEFU_DATA_DIR: dataDir, ...env });
  const app = await buildApp(config, { logger: false, ...options });
  await app.listen({ port, host: '127.0.0.1' });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
  };
  return {
    app,
    config,
    url: config.publicUrl,
    wsUrl: config.publicUrl.replace(/^http/, 'ws'),
    dataDir,
    close,
    async cleanup() {
      await close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
