import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody, ErrorFrame } from '../../protocol/index.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';

/**
 * The desk's refusals carry a reason beside the English message (protocol/errors.ts REFUSAL_REASONS), on the
 * socket's error frame and the REST error body, so a console can say each in its language: a real server, real
 * desk sockets racing for one conversation.
 */
let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ ...ADMIN_ENV }, FAST_SCRYPT);
});
afterAll(() => server.cleanup());

async function waiting(text: string) {
  const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
  v.client.send({ type: 'send', clientId: `why-${Math.random().toString(36).slice(2, 12)}`, text });
  await v.client.next('message', (m) => m.message.author === 'bot', 10_000);
  v.client.send({ type: 'handoff' });
  await v.client.next('state', (f) => f.status === 'waiting');
  return v;
}

describe('refusal reasons', () => {
  it('two desks claim one conversation at once: one gets done, the other claimed_by_other (five rounds, the order of sending alternating)', async () => {
    const admin = await login(server);
    const mei = await addAgent(server, admin.cookie, 'mei.race@example.com', { maxChats: 10 });
    const a = await AgentClient.connect(server, admin.cookie);
    const b = await AgentClient.connect(server, mei.cookie);
    await a.hello();
    await b.hello();
    for (let round = 0; round < 5; round++) {
      const v = await waiting(`card declined ${round}`);
      const id = v.welcome.conversationId;
      const [first, second] = round % 2 ? [b, a] : [a, b];
      first.send({ type: 'claim', conversationId: id, ref: `race-a-${round}` });
      second.send({ type: 'claim', conversationId: id, ref: `race-b-${round}` });
      const answer = (client: AgentClient, ref: string) =>
        Promise.race([client.next('done', (f) => f.ref === ref, 10_000), client.next('error', (f) => f.ref === ref, 10_000)]);
      const answers = await Promise.all([answer(first, `race-a-${round}`), answer(second, `race-b-${round}`)]);
      const refused = answers.filter((f) => f.type === 'error');
      expect(answers.filter((f) => f.type === 'done'), `round ${round}`).toHaveLength(1);
      expect(refused, `round ${round}`).toHaveLength(1);
      const frame = ErrorFrame.parse(refused[0]);
      expect(frame.reason).toBe('claimed_by_other');
      expect(frame.message.length).toBeGreaterThan(0); // the English sentence stays for API users and logs
      v.client.close();
    }
    a.close();
    b.close();
  });

  it('REST answers carry the reason too: claimed already, not yours, closed, over the limit, no such agent', async () => {
    const admin = await login(server);
    const kim = await addAgent(server, admin.cookie, 'kim.rest@example.com', { maxChats: 1 });
    const v = await waiting('top up failed');
    const id = v.welcome.conversationId;
    const reason = async (cookie: string, method: string, path: string, body?: unknown) => {
      const r = await api(server, cookie, method, path, body);
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      return ErrorBody.parse(r.body).error.reason;
    };
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${id}/claim`)).status).toBe(200);
    expect(await reason(kim.cookie, 'POST', `/api/v1/conversations/${id}/claim`)).toBe('claimed_by_other');
    expect(await reason(kim.cookie, 'POST', `/api/v1/conversations/${id}/close`)).toBe('not_yours');
    expect(await reason(admin.cookie, 'POST', `/api/v1/conversations/${id}/transfer`, { agentId: 'no-such-agent' })).toBe('no_agent');
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${id}/close`)).status).toBe(200);
    expect(await reason(admin.cookie, 'POST', `/api/v1/conversations/${id}/close`)).toBe('closed');
    const held = await waiting('withdraw pending');
    const next = await waiting('forgot my PIN');
    expect((await api(server, kim.cookie, 'POST', `/api/v1/conversations/${held.welcome.conversationId}/claim`)).status).toBe(200);
    expect(await reason(kim.cookie, 'POST', `/api/v1/conversations/${next.welcome.conversationId}/claim`)).toBe('over_limit');
    for (const x of [v, held, next]) x.client.close();
  });

  it('the same agent claiming twice at once (a double tap) gets done twice, no refusal', async () => {
    const admin = await login(server);
    const a = await AgentClient.connect(server, admin.cookie);
    await a.hello();
    for (let round = 0; round < 5; round++) {
      const v = await waiting(`double tap ${round}`);
      a.send({ type: 'claim', conversationId: v.welcome.conversationId, ref: `double-1-${round}` });
      a.send({ type: 'claim', conversationId: v.welcome.conversationId, ref: `double-2-${round}` });
      const answer = (ref: string) => Promise.race([a.next('done', (f) => f.ref === ref, 10_000), a.next('error', (f) => f.ref === ref, 10_000)]);
      expect((await Promise.all([answer(`double-1-${round}`), answer(`double-2-${round}`)])).map((f) => f.type), `round ${round}`).toEqual(['done', 'done']);
      expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${v.welcome.conversationId}/claim`)).status).toBe(200);
      expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${v.welcome.conversationId}/close`)).status).toBe(200);
      v.client.close();
    }
    a.close();
  });
});
