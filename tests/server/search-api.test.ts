import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../protocol/index.ts';
import { signIdentity } from '../../server/services/identity.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';

/**
 * GET /api/v1/search on a real server: a signed-in visitor who wrote in Simplified and an anonymous one who
 * wrote in Traditional; agents with and without the right to see contact details.
 */
const SECRET = 'search-api-secret-0123456789abcdef';
let server: RunningServer;
type Login = Awaited<ReturnType<typeof login>>;
let allowed: Login;
let plain: Login;
let signed: string;
let anonymous: string;

async function say(text: string, identity?: string) {
  const { client, welcome } = await visitor(server.wsUrl, server.url, { locale: 'zh-CN', ...(identity ? { identity } : {}) });
  client.send({ type: 'send', clientId: `search-${welcome.conversationId.slice(0, 8)}`, text });
  await client.next('ack');
  client.close();
  return welcome.conversationId;
}

const search = async (who: Login, q: string) => {
  const res = await api(server, who.cookie, 'GET', `/api/v1/search?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return res.body as unknown as SearchResponse;
};
const found = async (who: Login, q: string) => (await search(who, q)).results.map((r) => [r.conversation.id, r.field]);

beforeAll(async () => {
  server = await startServer({ ...ADMIN_ENV, KEFU_IDENTITY_SECRETS: SECRET }, FAST_SCRYPT);
  const admin = await login(server);
  allowed = await addAgent(server, admin.cookie, 'allowed@example.com', { canSeePersonalData: true });
  plain = await addAgent(server, admin.cookie, 'plain@example.com');
  const now = Math.floor(Date.now() / 1000);
  const identity = signIdentity({ sub: 'wallet-5521', iat: now, exp: now + 600, name: '陳小明', email: 'xiaoming@example.com', phone: '+86 139 1234 5678' }, SECRET);
  signed = await say('我昨天的转账一直没有到账，流水号 TX-2024-0917，电话 13912345678', identity);
  anonymous = await say('轉賬失敗了怎麼辦');
});
afterAll(() => server.cleanup());

describe('GET /api/v1/search', () => {
  it('finds both conversations by two characters from the middle of a message, typed in Simplified or Traditional', async () => {
    expect((await found(plain, '转账')).sort()).toEqual([[anonymous, 'message'], [signed, 'message']].sort());
    expect((await found(plain, '轉賬')).sort()).toEqual([[anonymous, 'message'], [signed, 'message']].sort());
    expect(await found(plain, '一直没有')).toEqual([[signed, 'message']]);
    expect(await found(plain, 'tx-2024-0917')).toEqual([[signed, 'message']]);
    expect(await found(plain, '退款')).toEqual([]);
  });

  it('finds a signed-in visitor by name (either script) and user id', async () => {
    expect(await found(plain, '陈小明')).toEqual([[signed, 'visitor']]);
    expect(await found(plain, 'wallet-5521')).toEqual([[signed, 'visitor']]);
  });

  it('searches e-mail and phone only for a role that may reveal them, and masks the results for everyone', async () => {
    expect(await search(plain, 'xiaoming@example.com')).toEqual({ results: [], contactSearched: false });
    const byEmail = await search(allowed, 'xiaoming@example.com');
    expect(byEmail.contactSearched).toBe(true);
    expect(byEmail.results.map((r) => [r.conversation.id, r.field])).toEqual([[signed, 'contact']]);
    expect(await found(allowed, '139-1234-5678')).toEqual([[signed, 'message']]); // also typed in the message, which says more
    for (const who of [plain, allowed]) {
      const body = JSON.stringify(await search(who, '转账'));
      expect(body).toContain('x***@example.com');
      expect(body).not.toMatch(/xiaoming@|13912345678|1234 5678/);
    }
  });

  it('refuses an empty, over-long or badly limited query with bad_frame', async () => {
    for (const path of ['/api/v1/search', '/api/v1/search?q=', `/api/v1/search?q=${'字'.repeat(201)}`, '/api/v1/search?q=ab&limit=0', '/api/v1/search?q=ab&x=1']) {
      const res = await api(server, plain.cookie, 'GET', path);
      expect([path, res.status, (res.body as { error: { code: string } }).error.code]).toEqual([path, 400, 'bad_frame']);
    }
  });
});
