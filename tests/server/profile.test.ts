import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { ADMIN, ADMIN_ENV, addAgent, api, FAST_SCRYPT, login } from '../helpers/agent-client.ts';
import { visitor } from '../helpers/ws-client.ts';

/** PATCH /api/v1/auth/me on a real server: the name visitors see, the console language, the password. */
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
});
afterAll(async () => server?.cleanup());

describe('an agent’s own profile', () => {
  it('renames the agent: the visitor reads the new name when the agent joins; the language is kept and can go back to the browser’s', async () => {
    const admin = await login(server);
    const ada = await addAgent(server, admin.cookie, 'ada@example.com');
    const changed = await api(server, ada.cookie, 'PATCH', '/api/v1/auth/me', { name: 'Ada Lovelace', locale: 'zh-TW' });
    expect(changed.status).toBe(200);
    expect(changed.body!.agent).toMatchObject({ name: 'Ada Lovelace', locale: 'zh-TW', email: 'ada@example.com' });
    expect((await api(server, ada.cookie, 'GET', '/api/v1/auth/me')).body!.agent).toMatchObject({ name: 'Ada Lovelace', locale: 'zh-TW' });

    const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    v.send({ type: 'handoff' });
    await v.next('state', (f) => f.status === 'waiting');
    expect((await api(server, ada.cookie, 'POST', `/api/v1/conversations/${welcome.conversationId}/claim`)).status).toBe(200);
    expect((await v.next('state', (f) => f.status === 'assigned')).agentName).toBe('Ada Lovelace');
    v.close();

    const back = await api(server, ada.cookie, 'PATCH', '/api/v1/auth/me', { locale: '' });
    expect(back.body!.agent).toMatchObject({ name: 'Ada Lovelace', locale: null });
  });

  it('changes the password only with the current one; a wrong one changes nothing (403)', async () => {
    const admin = await login(server);
    await addAgent(server, admin.cookie, 'bo@example.com');
    const bo = await login(server, 'bo@example.com', 'agent password 123');
    const wrong = await api(server, bo.cookie, 'PATCH', '/api/v1/auth/me', { name: 'Mallory', currentPassword: 'not it at all', password: 'new password 456' });
    expect(wrong.status).toBe(403);
    expect((await api(server, bo.cookie, 'GET', '/api/v1/auth/me')).body!.agent).toMatchObject({ name: 'bo' });
    const missing = await api(server, bo.cookie, 'PATCH', '/api/v1/auth/me', { password: 'new password 456' });
    expect(missing.status).toBe(400);
    const ok = await api(server, bo.cookie, 'PATCH', '/api/v1/auth/me', { currentPassword: 'agent password 123', password: 'new password 456' });
    expect(ok.status).toBe(200);
    await expect(login(server, 'bo@example.com', 'agent password 123')).rejects.toThrow(/401/);
    expect((await login(server, 'bo@example.com', 'new password 456')).agent.name).toBe('bo');
  });

  it('refuses a bad body with a typed error and needs a session', async () => {
    const admin = await login(server, ADMIN.email, ADMIN.password);
    for (const body of [{ name: '' }, { locale: 'klingon!' }, { role: 'admin' }, { name: 'x'.repeat(500) }]) {
      const r = await api(server, admin.cookie, 'PATCH', '/api/v1/auth/me', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect((r.body!.error as { code: string }).code).toBe('bad_frame');
    }
    expect((await api(server, null, 'PATCH', '/api/v1/auth/me', { name: 'x' })).status).toBe(401);
  });
});
