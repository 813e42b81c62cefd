import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reservedPort } from '../helpers/ports.ts';
import { RawSocket } from '../helpers/raw-ws.ts';
import { MINI_PACK } from '../helpers/faq-model-seed.ts';
import { builtServer, launchServer, ROOT } from '../helpers/server-process.ts';
import { visitor } from '../helpers/ws-client.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-proc-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/**
 * On the tests' mini pack (its run's model seeded): what is tested is the process, not the FAQ; a start on the shipped
 * pack builds its engine from the model, ≈2.4 s of CPU more a start at load 16-18 (session 41).
 */
const launch = (port: number) => launchServer(port, dataDir, { KEFU_FAQ_PACK_DIR: MINI_PACK });

describe('the server process', () => {
  it('on SIGTERM tells clients to reconnect, closes 1001, exits 0, and keeps every message', async () => {
    const port = await reservedPort();
    const url = `http://127.0.0.1:${port}`;
    const first = await launch(port);
    const { client, welcome } = await visitor(url.replace('http', 'ws'), url, { locale: 'en' });
    client.send({ type: 'send', clientId: 'proc-000001', text: 'how do I top up my balance' });
    await client.next('ack');
    // A peer that never answers the close frame (a dead link): it must not hold the exit (ws waits 30 s by default).
    const silent = await RawSocket.open(port, '/ws/visitor', url);

    first.child.kill('SIGTERM');
    const hint = await client.next('reconnect');
    expect(hint.afterMs).toBeGreaterThan(0);
    expect((await client.waitClose()).code).toBe(1001);
    expect(await silent.closeCode()).toBe(1001);
    expect(await first.exited).toBe(0);
    silent.destroy();

    const second = await launch(port);
    const back = await visitor(url.replace('http', 'ws'), url, { token: welcome.token, lastSeq: 0 });
    expect(back.welcome.conversationId).toBe(welcome.conversationId);
    const own = await back.client.next('message', (m) => m.message.clientId === 'proc-000001');
    expect(own.message.seq).toBe(1);
    back.client.close();
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 150_000); // two server processes started, each given 60 s to be healthy (14 s for the whole in a loaded CI run): not the default 30 s

  it('refuses to start with a bad configuration, naming the variable', async () => {
    const child = spawn(process.execPath, [builtServer()], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'abc' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += String(d)));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('PORT');
  }, 90_000); // the built server as it ships (compiled by tsx, its sources took past the default 30 s under two CPU hogs at load 44)
});
