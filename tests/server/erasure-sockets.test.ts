import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '../../protocol/index.ts';
import { startServer, visitorIdOf, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
});
afterAll(() => server.cleanup());

describe('erasure and live sockets', () => {
  it('closes the erased visitor’s open sockets and drops the conversation from every console; others stay', async () => {
    const admin = await login(server);
    const erasedOne = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const secondTab = await visitor(server.wsUrl, server.url, { locale: 'en', token: erasedOne.welcome.token });
    const other = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const conversationId = erasedOne.welcome.conversationId;
    expect(secondTab.welcome.conversationId).toBe(conversationId);
    const visitorId = await visitorIdOf(server, conversationId);

    const console_ = await AgentClient.connect(server, admin.cookie);
    await console_.hello([{ conversationId, lastSeq: 0 }]);
    await console_.next('synced');

    expect((await api(server, admin.cookie, 'DELETE', `/api/v1/admin/visitors/${visitorId}`)).status).toBe(200);
    expect(await erasedOne.client.waitClose()).toEqual({ code: CLOSE.policy, reason: 'visitor data erased' });
    expect((await secondTab.client.waitClose()).code).toBe(CLOSE.policy);
    expect((await console_.next('erased')).conversationIds).toEqual([conversationId]);

    // The other visitor's socket is untouched and still works.
    expect(other.client.closed).toBeNull();
    other.client.send({ type: 'send', clientId: 'other-visitor-1', text: 'still here' });
    await other.client.next('ack');
    other.client.close();
    console_.close();
  });
});
