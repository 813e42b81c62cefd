import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN, ADMIN_ENV, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';

/**
 * Finding 3 (same-site CSRF) and finding 6 (no Cache-Control). A page on another port of the same host is
 * "same-site": the browser attaches the SameSite=Strict session cookie to its form posts. Such a post must
 * change nothing; only the console's own origin may write with the cookie, and only JSON.
 */
let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
  admin = await login(server);
});
afterAll(() => server.cleanup());

/** A conversation waiting for an agent. */
async function waitingConversation(): Promise<string> {
  const { client, welcome } = await visitor(server.wsUrl, server.url);
  client.send({ type: 'send', clientId: `csrf-${Date.now()}`, text: '转人工' });
  await client.next('state', (s) => s.status === 'waiting');
  client.close();
  return welcome.conversationId;
}

const statusOf = async (id: string) => {
  const list = await api(server, admin.cookie, 'GET', '/api/v1/conversations');
  return (list.body!.conversations as { id: string; status: string }[]).find((c) => c.id === id)?.status;
};

describe('cookie-authenticated writes come from the console only (CSRF)', () => {
  it('refuses a sibling origin\'s text/plain form post that carries the cookie, and nothing changes', async () => {
    const id = await waitingConversation();
    const sibling = server.url.replace(/:(\d+)$/, (_m, port: string) => `:${Number(port) + 1}`);
    for (const action of ['claim', 'close']) {
      // What <form method=post enctype=text/plain action=…/claim> on http://127.0.0.1:<other port> sends.
      const res = await fetch(`${server.url}/api/v1/conversations/${id}/${action}`, {
        method: 'POST',
        headers: { cookie: admin.cookie, origin: sibling, 'sec-fetch-site': 'same-site', 'content-type': 'text/plain' },
        body: '',
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    }
    expect(await statusOf(id)).toBe('waiting');
  });

  it('refuses a cookie write without an Origin unless Sec-Fetch-Site says same-origin', async () => {
    const id = await waitingConversation();
    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/v1/conversations/${id}/claim`, { method: 'POST', headers: { cookie: admin.cookie, ...headers } });
    expect((await post({})).status).toBe(403);
    expect((await post({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect(await statusOf(id)).toBe('waiting');
    expect((await post({ 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect(await statusOf(id)).toBe('assigned');
  });

  it('accepts the console\'s own origin, and refuses any write body that is not JSON with 415', async () => {
    const id = await waitingConversation();
    const post = (headers: Record<string, string>, body?: string) =>
      fetch(`${server.url}/api/v1/conversations/${id}/claim`, { method: 'POST', headers: { cookie: admin.cookie, origin: server.url, ...headers }, body });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await post({ 'content-type': type }, '');
      expect(res.status).toBe(415);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
    }
    expect(await statusOf(id)).toBe('waiting');
    expect((await post({ 'content-type': 'application/json' }, '{}')).status).toBe(200);
    expect(await statusOf(id)).toBe('assigned');
  });

  it('refuses a login posted from a foreign page; API clients with a bearer token and no browser headers still write', async () => {
    const foreign = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    expect(foreign.status).toBe(403);
    const res = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...ADMIN, client: 'api' }) });
    const { token } = (await res.json()) as { token: string };
    const id = await waitingConversation();
    const claim = await fetch(`${server.url}/api/v1/conversations/${id}/claim`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(claim.status).toBe(200);
  });
});

describe('Cache-Control: no-store on every API answer', () => {
  it('covers reads, writes, errors and the unmasked visitor export', async () => {
    const { client } = await visitor(server.wsUrl, server.url);
    client.close();
    const db = new Database(path.join(server.dataDir, 'kefu.sqlite'), { readonly: true });
    const visitorId = db.prepare<[], { id: string }>('SELECT id FROM visitors LIMIT 1').get()!.id;
    db.close();
    const urls: [string, string, unknown?][] = [
      ['GET', '/api/v1/conversations'],
      ['GET', '/api/v1/auth/me'],
      ['GET', `/api/v1/admin/visitors/${visitorId}/export`],
      ['GET', '/api/v1/no-such-route'],
      ['POST', '/api/v1/faq/answer', { text: 'refund' }],
    ];
    for (const [method, path, body] of urls) {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { cookie: admin.cookie, origin: server.url, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      expect(res.headers.get('cache-control'), `${method} ${path}`).toBe('no-store');
      if (path.endsWith('/export')) expect(res.status).toBe(200);
    }
    const login401 = await fetch(`${server.url}/api/v1/auth/me`);
    expect(login401.status).toBe(401);
    expect(login401.headers.get('cache-control')).toBe('no-store');
  });
});
