import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ADMIN, ADMIN_ENV, FAST_SCRYPT, api } from '../helpers/agent-client.ts';
import { createTestDatabase, postgresAvailable } from '../helpers/postgres.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { createAuthService } from '../../server/services/auth.ts';
import { secretBox } from '../../server/services/secret-box.ts';
import { createTwoFactorService } from '../../server/services/two-factor.ts';
import { openStorage } from '../../server/storage/open.ts';

/**
 * First run without KEFU_ADMIN_*: the server issues a one-time setup link (a random token in the URL's
 * fragment, valid for an hour, stored as a hash); the token makes the first admin once and logs them in.
 */
type Link = { url: string; expiresAt: number };
const tokenOf = (link: Link) => /#\/setup\/([A-Za-z0-9_-]{43})$/.exec(link.url)![1]!;
const setup = (server: RunningServer, token: string, email = 'owner@example.com') =>
  fetch(`${server.url}/api/v1/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, email, name: 'Owner', password: 'first admin password' }) });

let server: RunningServer;
const links: Link[] = [];
beforeAll(async () => {
  server = await startServer({}, { ...FAST_SCRYPT, onSetupLink: (l) => links.push(l) });
});
afterAll(() => server.cleanup());

describe('first run', () => {
  it('prints a link into the console, valid for an hour, whose token is stored only as a hash', async () => {
    expect(links).toHaveLength(1);
    const [link] = links as [Link];
    expect(link.url.startsWith(`${server.url}/console#/setup/`)).toBe(true);
    expect(link.expiresAt - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(link.expiresAt - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    const db = new Database(path.join(server.dataDir, 'kefu.sqlite'), { readonly: true });
    const stored = db.prepare('SELECT token_hash FROM setup_tokens').all() as { token_hash: string }[];
    db.close();
    expect(stored).toEqual([{ token_hash: createHash('sha256').update(tokenOf(link)).digest('hex') }]);
    expect((await api(server, null, 'GET', '/api/v1/setup')).body).toEqual({ needed: true });
  });

  it('makes the first admin from the token once, logs them in, and refuses a wrong or reused token', async () => {
    const token = tokenOf(links[0]!);
    const wrong = await setup(server, 'A'.repeat(43));
    expect([wrong.status, ((await wrong.json()) as { error: { code: string } }).error.code]).toEqual([403, 'forbidden']);
    const made = await setup(server, token);
    expect(made.status).toBe(201);
    expect(((await made.json()) as { agent: { role: string; email: string } }).agent).toMatchObject({ role: 'admin', email: 'owner@example.com' });
    const cookie = made.headers.get('set-cookie')!.split(';')[0]!;
    expect(made.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await api(server, cookie, 'GET', '/api/v1/auth/me')).body).toMatchObject({ agent: { role: 'admin', name: 'Owner' } });
    const again = await setup(server, token, 'intruder@example.com');
    expect([again.status, ((await again.json()) as { error: { code: string } }).error.code]).toEqual([409, 'conflict']);
    expect((await api(server, null, 'GET', '/api/v1/setup')).body).toEqual({ needed: false });
    // Another node on the same data now issues no link: an admin exists.
    const later: Link[] = [];
    const node = await startServer({}, { ...FAST_SCRYPT, dataDir: server.dataDir, onSetupLink: (l) => later.push(l) });
    await node.close();
    expect(later).toEqual([]);
  });

  it('issues no link when KEFU_ADMIN_* made the admin', async () => {
    const issued: Link[] = [];
    const withEnv = await startServer(ADMIN_ENV, { ...FAST_SCRYPT, onSetupLink: (l) => issued.push(l) });
    expect((await api(withEnv, null, 'GET', '/api/v1/setup')).body).toEqual({ needed: false });
    await withEnv.cleanup();
    expect(issued).toEqual([]);
  });
});

const withPostgres = await postgresAvailable();
describe.skipIf(!withPostgres)('first run on one PostgreSQL', () => {
  it('two nodes starting together each print a link, neither crashes, and one admin comes of them', async () => {
    const db = await createTestDatabase();
    const issued: Link[] = [];
    const env = { KEFU_DATABASE_URL: db.url };
    const start = () => startServer(env, { ...FAST_SCRYPT, onSetupLink: (l) => issued.push(l) });
    const [a, b] = await Promise.all([start(), start()]);
    try {
      expect(issued).toHaveLength(2);
      const [first, second] = await Promise.all([setup(a, tokenOf(issued[0]!), 'a@example.com'), setup(b, tokenOf(issued[1]!), 'b@example.com')]);
      expect([first.status, second.status].sort()).toEqual([201, 409]);
      const admin = first.status === 201 ? first : second;
      const cookie = admin.headers.get('set-cookie')!.split(';')[0]!;
      const agents = (await api(a, cookie, 'GET', '/api/v1/agents')).body!.agents as { role: string }[];
      expect(agents.map((x) => x.role)).toEqual(['admin']);
    } finally {
      await a.close();
      await b.close();
      await db.drop();
    }
  }, 120_000);
});

describe('the first admin from KEFU_ADMIN_*', () => {
  it('made by two starts at once on one database (nodes started together): both go on, one admin comes of them', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kefu-first-admin-'));
    const { storage } = await openStorage({ databaseUrl: null, dataDir });
    try {
      const twoFactor = createTwoFactorService({ store: storage, issuer: 'Kefu (test)', box: secretBox(randomBytes(32), 'TOTP secret') });
      // A real password hash (scrypt's default cost) is what holds each start between its count of admins and its insert.
      const start = () => createAuthService({ storage, twoFactor, scryptLog2N: 14 }).ensureFirstAdmin(ADMIN);
      const made = await Promise.allSettled([start(), start()]);
      expect(made.map((m) => m.status)).toEqual(['fulfilled', 'fulfilled']);
      expect(made.filter((m) => m.status === 'fulfilled' && m.value !== null)).toHaveLength(1);
      expect(await storage.countAdmins()).toBe(1);
    } finally {
      await storage.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
