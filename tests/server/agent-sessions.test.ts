import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

describe('session lifetime in storage', () => {
  it('a session dies when unused for the idle time, and at its absolute expiry even when used', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kefu-sess-'));
    const storage = openSqliteStorage(path.join(dir, 'kefu.sqlite'));
    const agent = await storage.createAgent({ email: 'ann@example.com', name: 'Ann', role: 'agent', passwordHash: 'x', maxChats: 3 });
    await storage.createSession('live', agent.id, Date.now() + 60_000);
    await storage.createSession('short', agent.id, Date.now() + 150);
    expect(await storage.useSession('live', 10_000)).toBe(agent.id);
    await new Promise((r) => setTimeout(r, 200));
    expect(await storage.useSession('live', 100)).toBeNull(); // idle for 200 ms > 100 ms
    expect(await storage.useSession('short', 10_000)).toBeNull(); // past its absolute expiry
    expect(await storage.useSession('unknown', 10_000)).toBeNull();
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('agent sessions over HTTP and sockets', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(ADMIN_ENV, { ...FAST_SCRYPT, sessionSweepMs: 200 });
  });
  afterAll(() => server.cleanup());

  const attempt = (email: string, password: string) =>
    fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });

  it('locks an account after 10 wrong passwords (even the right one is refused), exactly as it locks an unknown email', async () => {
    const admin = await login(server);
    await addAgent(server, admin.cookie, 'lock-me@example.com');
    const real: [number, unknown][] = [];
    const ghost: [number, unknown][] = [];
    for (let i = 0; i < 10; i++) {
      const r = await attempt('lock-me@example.com', 'wrong password!');
      real.push([r.status, await r.json()]);
      const g = await attempt('nobody@example.com', 'wrong password!');
      ghost.push([g.status, await g.json()]);
    }
    expect(real).toEqual(ghost); // an unknown email is indistinguishable from a wrong password
    expect(real.every(([s]) => s === 401)).toBe(true);
    const locked = await attempt('lock-me@example.com', 'correct horse battery');
    const lockedGhost = await attempt('nobody@example.com', 'anything at all');
    expect(locked.status).toBe(429);
    expect(lockedGhost.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(1700);
    expect(await locked.json()).toEqual(await lockedGhost.json());
  });

  it('rotates the session at every login', async () => {
    const a = await login(server);
    const b = await login(server);
    expect(a.cookie).not.toBe(b.cookie);
  });

  it('closes an open console socket within a second when its session expires', async () => {
    const admin = await login(server);
    const socket = await AgentClient.connect(server, admin.cookie);
    const db = new Database(path.join(server.dataDir, 'kefu.sqlite'));
    db.prepare('UPDATE agent_sessions SET expires_at = ?').run(Date.now() - 1);
    db.close();
    const started = Date.now();
    await socket.raw.waitClose(3000);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
