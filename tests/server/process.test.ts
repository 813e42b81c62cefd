import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-proc-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function launch(port: number): Promise<{ child: ChildProcess; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KEFU_DATA_DIR: dataDir, KEFU_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  for (let i = 0; i < 200; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (ok) return { child, exited };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become healthy in 20 s');
}

describe('the server process', () => {
  it('on SIGTERM tells clients to reconnect, closes 1001, exits 0, and keeps every message', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first = await launch(port);
    const { client, welcome } = await visitor(url.replace('http', 'ws'), url, { locale: 'en' });
    client.send({ type: 'send', clientId: 'proc-000001', text: 'how do I top up my balance' });
    await client.next('ack');

    first.child.kill('SIGTERM');
    const hint = await client.next('reconnect');
    expect(hint.afterMs).toBeGreaterThan(0);
    expect((await client.waitClose()).code).toBe(1001);
    expect(await first.exited).toBe(0);

    const second = await launch(port);
    const back = await visitor(url.replace('http', 'ws'), url, { token: welcome.token, lastSeq: 0 });
    expect(back.welcome.conversationId).toBe(welcome.conversationId);
    const own = await back.client.next('message', (m) => m.message.clientId === 'proc-000001');
    expect(own.message.seq).toBe(1);
    back.client.close();
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('refuses to start with a bad configuration, naming the variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'abc' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += String(d)));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('PORT');
  });
});
