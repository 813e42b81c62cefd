import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { TestClient } from '../helpers/ws-client.ts';
import { ADMIN, ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';

let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
let agent: Awaited<ReturnType<typeof login>>;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
  admin = await login(server);
  agent = await addAgent(server, admin.cookie, 'dora@example.com');
});
afterAll(() => server.cleanup());

const ID = '00000000-0000-0000-0000-000000000000';

describe('agent REST API: authentication and rights', () => {
  // 401/403 on every route: tests/server/route-authorization.test.ts (driven by the server's route table).
  it('rejects a wrong password with 401, and sets an HttpOnly, SameSite=Strict cookie on success', async () => {
    const wrong = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: ADMIN.email, password: 'nope' }) });
    expect(wrong.status).toBe(401);
    const ok = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // http public URL here; https adds Secure
    expect(cookie.split(';')[0]!.split('=')[1]!.length).toBeGreaterThanOrEqual(22); // ≥ 128 bits
  });

  it('gives API clients a bearer token, and logout ends the session', async () => {
    const res = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...ADMIN, client: 'api' }) });
    const { token } = (await res.json()) as { token: string };
    expect(res.headers.get('set-cookie')).toBeNull();
    const auth = { authorization: `Bearer ${token}` };
    expect((await fetch(`${server.url}/api/v1/conversations`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${server.url}/api/v1/auth/logout`, { method: 'POST', headers: auth })).status).toBe(204);
    expect((await fetch(`${server.url}/api/v1/conversations`, { headers: auth })).status).toBe(401);
  });

  it('limits password guessing per account with a 429 and Retry-After', async () => {
    const guess = () =>
      fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'victim@example.com', password: 'guess' }) });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await guess()).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await guess();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('validates bodies and ids with a 400', async () => {
    expect((await api(server, admin.cookie, 'GET', '/api/v1/conversations?status=nonsense')).status).toBe(400);
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${ID}/messages`, { text: '   ' })).status).toBe(400);
    expect((await api(server, admin.cookie, 'POST', '/api/v1/agents', { email: 'not-an-email', name: 'x', password: 'long enough pw' })).status).toBe(400);
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${ID}/claim`)).status).toBe(404);
  });

  it('admins manage agents and canned replies', async () => {
    const made = await api(server, admin.cookie, 'POST', '/api/v1/agents', { email: 'eve@example.com', name: 'Eve', password: 'long enough pw', maxChats: 2 });
    expect(made.status).toBe(201);
    expect((await api(server, admin.cookie, 'POST', '/api/v1/agents', { email: 'EVE@example.com', name: 'Eve', password: 'long enough pw' })).status).toBe(409);
    const id = (made.body!.agent as { id: string }).id;
    expect((await api(server, admin.cookie, 'DELETE', `/api/v1/agents/${id}`)).status).toBe(204);
    const canned = await api(server, admin.cookie, 'POST', '/api/v1/canned-replies', { shortcut: 'thanks', text: 'Thank you for waiting!' });
    expect(canned.status).toBe(201);
    const list = await api(server, agent.cookie, 'GET', '/api/v1/canned-replies');
    expect(list.body?.cannedReplies).toContainEqual(expect.objectContaining({ shortcut: 'thanks' }));
  });
});

describe('agent socket: authentication before the upgrade', () => {
  it('refuses a foreign Origin with 403 and a missing session with 401', async () => {
    await expect(TestClient.connect(`${server.wsUrl}/ws/agent`, 'https://evil.example', { cookie: admin.cookie })).rejects.toThrow('HTTP 403');
    await expect(TestClient.connect(`${server.wsUrl}/ws/agent`, server.url)).rejects.toThrow('HTTP 401');
    await expect(TestClient.connect(`${server.wsUrl}/ws/agent`, undefined, { cookie: admin.cookie })).rejects.toThrow('HTTP 403');
    const ok = await AgentClient.connect(server, admin.cookie);
    expect((await ok.hello()).agent.role).toBe('admin');
    ok.close();
  });
});
