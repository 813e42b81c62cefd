import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ADMIN_ENV, AgentClient, login, type Reachable } from '../../helpers/agent-client.ts';
import { startCluster, type Cluster } from '../../helpers/cluster.ts';
import { postgresAvailable } from '../../helpers/postgres.ts';
import { redisAvailable } from '../../helpers/redis.ts';
import { reservedPort } from '../../helpers/ports.ts';
import { ROOT } from '../../helpers/server-process.ts';
import { waitFor } from '../../helpers/wait.ts';
import { visitor } from '../../helpers/ws-client.ts';

/**
 * The README's nginx configuration, as printed there (only the upstream addresses, the listen line and the TLS
 * files changed for 127.0.0.1), in front of two Kefu processes: WebSocket upgrade, REST, /readyz, and a visitor
 * whose node is SIGKILLed coming back through nginx on the other node.
 */
function nginxAvailable(): boolean {
  const found = spawnSync('nginx', ['-v']).status === 0;
  if (!found && process.env.CI) throw new Error('CI is set but nginx is not installed: .ci/run installs nginx-light');
  if (!found) console.warn('\n!!! nginx test SKIPPED: no nginx on this machine (apt-get install nginx-light) !!!\n');
  return found;
}
const ready = nginxAvailable() && (await postgresAvailable()) && (await redisAvailable());

/** The README's server block, pointed at these nodes and this port. */
function readmeConfig(nodes: readonly { port: number }[], port: number): string {
  const block = /```nginx\n([\s\S]*?)```/.exec(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))?.[1];
  if (!block) throw new Error('no ```nginx block in README.md');
  const servers = block.match(/^ {4}server 10\.0\.0\.\d+:8080 (.*)$/gm) ?? [];
  expect(servers).toHaveLength(3);
  const options = / {4}server \S+ (.*)$/.exec(servers[0]!)![1];
  return block
    .replace(/^ {4}server 10\.0\.0\.\d+:8080 .*\n/gm, '')
    .replace('least_conn;\n', `least_conn;\n${nodes.map((n) => `    server 127.0.0.1:${n.port} ${options}\n`).join('')}`)
    .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${port};`)
    .replace(/^\s*ssl_certificate.*\n/gm, '');
}

let cluster: Cluster;
let nginx: ChildProcess | null = null;
let front: Reachable;
const prefix = mkdtempSync(path.join(tmpdir(), 'kefu-nginx-'));

beforeAll(async () => {
  if (!ready) return;
  const port = await reservedPort();
  front = { url: `http://127.0.0.1:${port}`, wsUrl: `ws://127.0.0.1:${port}` };
  cluster = await startCluster(2, { ...ADMIN_ENV, KEFU_PUBLIC_URL: front.url, KEFU_TRUST_PROXY: '127.0.0.1', KEFU_FAQ_PACK_DIR: path.join(ROOT, 'tests/fixtures/faq-mini') });
  const conf = `worker_processes 1;\npid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log warn;\nevents { worker_connections 256; }\nhttp {\n  access_log off;\n  client_body_temp_path ${prefix}/body;\n  proxy_temp_path ${prefix}/proxy;\n${readmeConfig(cluster.nodes, port)}\n}\n`;
  writeFileSync(path.join(prefix, 'nginx.conf'), conf);
  nginx = spawn('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
  await waitFor(() => fetch(`${front.url}/readyz`).then((r) => r.ok, () => false), 'nginx answering', 20_000);
}, 180_000);
afterAll(async () => {
  nginx?.kill('SIGTERM');
  await cluster?.close();
  rmSync(prefix, { recursive: true, force: true });
});

describe.skipIf(!ready)("the README's nginx configuration in front of two nodes", () => {
  it('carries REST, /readyz and both WebSockets; a visitor whose node is killed comes back through nginx on the other', async () => {
    expect(await (await fetch(`${front.url}/readyz`)).json()).toMatchObject({ ok: true });
    const admin = await login(front);
    const agent = await AgentClient.connect(front, admin.cookie);
    await agent.hello();
    const v = await visitor(front.wsUrl, front.url, { locale: 'en' });
    v.client.send({ type: 'send', clientId: 'via-nginx-01', text: 'hello through nginx' });
    const acked = await v.client.next('ack', (a) => a.clientId === 'via-nginx-01');
    v.client.send({ type: 'handoff' });
    await agent.conversation(v.welcome.conversationId, 'waiting');

    // Kill both nodes in turn: whichever held the visitor's socket, it comes back through nginx on the other.
    await cluster.kill(0);
    await cluster.restart(0);
    await cluster.kill(1);
    await v.client.waitClose(10_000);
    const back = await waitFor(
      () => visitor(front.wsUrl, front.url, { token: v.welcome.token, lastSeq: 0 }).catch(() => false as const),
      'the visitor back through nginx',
      20_000,
    );
    expect(back.welcome.conversationId).toBe(v.welcome.conversationId);
    expect(back.welcome.status).toBe('waiting');
    // Replayed from seq 1: what it sent before the kill is there once.
    const replayed = await back.client.next('message', (m) => m.message.seq === acked.seq);
    expect(replayed.message.text).toBe('hello through nginx');
    back.client.close();
    agent.close();
  }, 120_000);
});
