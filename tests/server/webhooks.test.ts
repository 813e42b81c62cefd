import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookDelivery, WebhookEndpoint } from '../../protocol/index.ts';
import { signIdentity } from '../../server/services/identity.ts';
import { isPrivateAddress, sendWebhook } from '../../server/services/webhook-sender.ts';
import { startServer, visitorIdOf, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';
import { readmeVerifier, startReceiver, type Verify } from '../helpers/webhook-receiver.ts';
import { waitFor } from '../helpers/wait.ts';

const IDENTITY_SECRET = 'webhook-test-identity-secret-0123456789';
/**
 * Quick retries so a fail-then-succeed sequence takes a second; a receiver has 1 s to answer; a delivery is given up
 * 3 s after it was queued (the give-up test waits that long: three times the fail-then-succeed sequence, and room for
 * a timed-out attempt).
 */
const TIMINGS = { retryBaseMs: 100, retryMaxMs: 400, giveUpAfterMs: 3_000, pollMs: 50, timeoutMs: 1_000 };

let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
let verify: Verify;
beforeAll(async () => {
  server = await startServer({ ...ADMIN_ENV, KEFU_IDENTITY_SECRETS: IDENTITY_SECRET, KEFU_WEBHOOKS_ALLOW_PRIVATE: 'true' }, { ...FAST_SCRYPT, webhookTimings: TIMINGS, snoozeSweepMs: 200 });
  admin = await login(server);
  verify = await readmeVerifier();
});
afterAll(() => server.cleanup());

async function register(url: string, events: string[], secret?: string) {
  const res = await api(server, admin.cookie, 'POST', '/api/v1/admin/webhooks', { url, events, ...(secret ? { secret } : {}) });
  expect(res.status).toBe(201);
  return res.body as { webhook: WebhookEndpoint; secret: string };
}
/**
 * A hook's delivery log, through the REST API. Waits on it poll every 200 ms: at waitFor's default 25 ms, a minute's
 * retries and give-ups spent the test server's per-IP REST budget (600 a minute) and the next call was refused with 429.
 */
const DELIVERIES_POLL_MS = 200;
const deliveries = async (id: string) => (await api(server, admin.cookie, 'GET', `/api/v1/admin/webhooks/${id}/deliveries`)).body!.deliveries as WebhookDelivery[];
const unregister = async (id: string) => expect((await api(server, admin.cookie, 'DELETE', `/api/v1/admin/webhooks/${id}`)).status).toBe(204);

describe('the README verification snippet', () => {
  const secret = 'whsec_test_secret_1234567890';
  const body = '{"id":"evt_1","type":"message.created"}';
  const t = 1_764_626_400;
  const header = `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;

  it('accepts a good signature inside the replay window and refuses a changed body, secret, signature or an old time', () => {
    expect(verify(secret, header, body, 300, t + 299)).toBe(true);
    expect(verify(secret, header, body.replace('message', 'massage'), 300, t)).toBe(false);
    expect(verify('whsec_other_secret_1234567890', header, body, 300, t)).toBe(false);
    const flipped = header.slice(0, -1) + (header.endsWith('0') ? '1' : '0');
    expect(verify(secret, flipped, body, 300, t)).toBe(false);
    expect(verify(secret, header, body, 300, t + 301)).toBe(false); // replayed after the window
    expect(verify(secret, 'garbage', body, 300, t)).toBe(false);
  });
});

describe('registering endpoints', () => {
  it('generates a secret when none is given and shows it only in the 201; lists without it', async () => {
    const { webhook, secret } = await register('https://wallet-api.example.com/kefu-hook', ['message.created', 'message.created', 'conversation.closed']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(webhook.events).toEqual(['message.created', 'conversation.closed']);
    const list = await api(server, admin.cookie, 'GET', '/api/v1/admin/webhooks');
    expect(JSON.stringify(list.body)).not.toContain(secret);
    expect((list.body!.webhooks as WebhookEndpoint[]).map((w) => w.id)).toContain(webhook.id);
    await unregister(webhook.id);
    expect((await api(server, admin.cookie, 'GET', `/api/v1/admin/webhooks/${webhook.id}/deliveries`)).status).toBe(404);
    const audit = await api(server, admin.cookie, 'GET', '/api/v1/admin/audit');
    expect(JSON.stringify(audit.body)).toContain('webhook.created');
  });

  it('edits an endpoint (URL and events, the secret kept): the next event goes to the new URL, every admin socket is told', async () => {
    let secret = '';
    const receiver = await startReceiver(() => secret, verify);
    try {
      const hook = await register('https://old-backend.example.com/kefu', ['ticket.solved']);
      secret = hook.secret;
      const agent = await AgentClient.connect(server, admin.cookie);
      await agent.hello();
      const from = agent.frames.length;
      const edit = (id: string, body: unknown) => api(server, admin.cookie, 'PATCH', `/api/v1/admin/webhooks/${id}`, body);
      const res = await edit(hook.webhook.id, { url: receiver.url, events: ['conversation.waiting', 'conversation.waiting'] });
      expect(res.status).toBe(200);
      expect(res.body!.webhook).toMatchObject({ id: hook.webhook.id, url: receiver.url, events: ['conversation.waiting'], createdAt: hook.webhook.createdAt });
      await agent.next('webhooks_changed', () => true, 5000, from);
      // At once on this node (its subscriber list was forgotten), signed with the secret shown at registration.
      const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
      v.send({ type: 'handoff' });
      const got = await waitFor(() => receiver.received.find((r) => r.payload.type === 'conversation.waiting' && (r.payload.data as { conversation?: { id: string } }).conversation?.id === welcome.conversationId), 'the delivery to the new URL');
      expect(got.verified).toBe(true);
      v.close();
      expect((await edit(hook.webhook.id, { url: receiver.url, events: ['ticket.solved'], secret: 'a-new-secret-0123456789' })).status).toBe(400); // no rotation here
      expect((await edit(hook.webhook.id, { url: 'https://u:p@example.com/x', events: ['ticket.solved'] })).status).toBe(400);
      expect((await edit('00000000-0000-4000-8000-000000000000', { url: receiver.url, events: ['ticket.solved'] })).status).toBe(404);
      const audit = await api(server, admin.cookie, 'GET', '/api/v1/admin/audit?action=webhook.updated');
      expect(audit.body!.records).toMatchObject([{ agentId: admin.agent.id, action: 'webhook.updated', detail: { events: 1 } }]);
      const beforeRemoval = agent.frames.length;
      await unregister(hook.webhook.id);
      await agent.next('webhooks_changed', () => true, 5000, beforeRemoval);
      agent.close();
    } finally {
      await receiver.close();
    }
  });

  it.each([
    [{ url: 'ftp://example.com/x', events: ['message.created'] }, 'url'],
    [{ url: 'https://user:pw@example.com/x', events: ['message.created'] }, 'url'],
    [{ url: 'https://example.com/x', events: ['message.deleted'] }, 'events.0'],
    [{ url: 'https://example.com/x', events: [] }, 'events'],
    [{ url: 'https://example.com/x', events: ['message.created'], secret: 'short' }, 'secret'],
    [{ url: 'https://example.com/x', events: ['message.created'], extra: 1 }, ''],
  ])('refuses %j with a 400 naming the field', async (body, path) => {
    const res = await api(server, admin.cookie, 'POST', '/api/v1/admin/webhooks', body);
    expect(res.status).toBe(400);
    expect((res.body!.error as { code: string; path?: string }).code).toBe('bad_frame');
    if (path) expect((res.body!.error as { path: string }).path).toBe(path);
  });
});

describe('deliveries to a real receiver', () => {
  it('signs every event of a chat, with the user id and masked personal data', async () => {
    let secret = '';
    const receiver = await startReceiver(() => secret, verify);
    const hook = await register(receiver.url, ['conversation.waiting', 'conversation.assigned', 'conversation.closed', 'message.created', 'ticket.created', 'ticket.solved', 'rating.created', 'faq.unanswered']);
    secret = hook.secret;
    try {
      const now = Math.floor(Date.now() / 1000);
      const identity = signIdentity({ sub: 'user-42', iat: now, exp: now + 600 }, IDENTITY_SECRET);
      const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en', identity });
      const id = welcome.conversationId;
      v.send({ type: 'send', clientId: 'wh-msg-0001', text: 'my card 4111 1111 1111 1111 failed, write to jane.doe@example.com or +86 138 0013 8000' });
      await v.next('ack');
      v.send({ type: 'send', clientId: 'wh-msg-0002', text: 'zxqv plorf wibble' });
      v.send({ type: 'send', clientId: 'wh-msg-0003', text: 'talk to a human please' });
      await v.next('state', (s) => s.status === 'waiting');
      const agent = await AgentClient.connect(server, admin.cookie);
      await agent.hello();
      agent.send({ type: 'claim', conversationId: id, ref: 'wh-claim-1' });
      await agent.next('done', (d) => d.ref === 'wh-claim-1');
      agent.send({ type: 'send', conversationId: id, clientId: 'wh-agent-01', text: 'Your refund is on its way' });
      await agent.next('ack', (a) => a.clientId === 'wh-agent-01');
      // The agent sets the visitor's language: the closed conversation's payload carries it as spoken, the written one beside it.
      expect((await api(server, admin.cookie, 'PUT', `/api/v1/conversations/${id}/language`, { locale: 'ja' })).status).toBe(200);
      agent.send({ type: 'close', conversationId: id, ref: 'wh-close-1' });
      await v.next('state', (s) => s.status === 'closed');
      v.send({ type: 'rate', score: 5, comment: 'thanks, call me at +86 138 0013 8000' });
      v.send({ type: 'leave_message', contact: 'jane.doe@example.com', text: 'also card 5555 5555 5555 4444 please' });
      const saved = await v.next('ticket_saved');
      // Solved once (a later change to the solved ticket sends nothing more).
      expect((await api(server, admin.cookie, 'PATCH', `/api/v1/tickets/${saved.ticketId}`, { status: 'pending' })).status).toBe(200);
      expect((await api(server, admin.cookie, 'PATCH', `/api/v1/tickets/${saved.ticketId}`, { status: 'solved' })).status).toBe(200);
      expect((await api(server, admin.cookie, 'PATCH', `/api/v1/tickets/${saved.ticketId}`, { status: 'solved', assigneeId: admin.agent.id })).status).toBe(200);

      const types = ['conversation.waiting', 'conversation.assigned', 'conversation.closed', 'message.created', 'ticket.created', 'ticket.solved', 'rating.created', 'faq.unanswered'];
      await waitFor(() => types.every((t) => receiver.received.some((r) => r.payload.type === t)) && receiver.received.some((r) => r.payload.data.message?.author === 'agent'), 'every event');
      expect(receiver.received.every((r) => r.verified)).toBe(true);
      expect(receiver.received.every((r) => r.headers['kefu-event-id'] === r.payload.id && /^evt_/.test(r.payload.id))).toBe(true);
      // Delivery is at least once: an attempt that outlives the 1 s timeout (a loaded box) is sent again, with the same
      // id and the same body. One id never carries two events.
      const arrivals = new Map<string, string[]>();
      for (const r of receiver.received) arrivals.set(r.payload.id, [...(arrivals.get(r.payload.id) ?? []), r.body]);
      for (const bodies of arrivals.values()) expect(new Set(bodies).size).toBe(1);

      const all = receiver.received.map((r) => r.body).join('\n');
      for (const secretText of ['4111 1111 1111 1111', '5555 5555 5555 4444', 'jane.doe@example.com', '138 0013 8000']) expect(all).not.toContain(secretText);
      const agentReply = receiver.received.find((r) => r.payload.data.message?.author === 'agent')!;
      expect(agentReply.payload.data).toMatchObject({ message: { conversationId: id, text: 'Your refund is on its way', authorName: 'admin' }, visitor: { userId: 'user-42' } });
      expect(receiver.received.find((r) => r.payload.type === 'conversation.assigned')!.payload.data.conversation).toMatchObject({ id, status: 'assigned', locale: 'en', writtenLocale: 'en', spokenLocale: 'en', agentId: admin.agent.id });
      expect(receiver.received.find((r) => r.payload.type === 'conversation.closed')!.payload.data.conversation).toMatchObject({ id, status: 'closed', locale: 'en', writtenLocale: 'en', spokenLocale: 'ja' });
      const solved = receiver.received.filter((r) => r.payload.type === 'ticket.solved');
      expect(solved).toHaveLength(1);
      expect(solved[0]!.payload.data).toMatchObject({ ticket: { id: saved.ticketId, conversationId: id, status: 'solved', solvedBy: admin.agent.id }, visitor: { userId: 'user-42' } });
      expect(receiver.received.find((r) => r.payload.type === 'rating.created')!.payload.data.rating).toMatchObject({ conversationId: id, score: 5 });
      expect(receiver.received.find((r) => r.payload.type === 'faq.unanswered')!.payload.data.question).toMatchObject({ kind: expect.stringMatching(/none|suggest/) });

      const log = await waitFor(async () => {
        const rows = await deliveries(hook.webhook.id);
        return rows.length === arrivals.size && rows.every((d) => d.status === 'delivered') && rows;
      }, 'the delivery log', 15_000, DELIVERIES_POLL_MS);
      expect(log.find((d) => arrivals.get(d.eventId)!.length === 1)).toMatchObject({ lastStatus: 200, responseExcerpt: 'ok thanks', attempts: 1, lastError: null, nextAttemptAt: null });
      v.close();
      agent.close();
    } finally {
      await unregister(hook.webhook.id);
      await receiver.close();
    }
  });

  it('a snooze and each way it ends: conversation.snoozed with until, conversation.woken with reason, the conversation\'s snoozedUntil in each, signed, with the user id', async () => {
    let secret = '';
    const receiver = await startReceiver(() => secret, verify);
    const hook = await register(receiver.url, ['conversation.snoozed', 'conversation.woken']);
    secret = hook.secret;
    try {
      const now = Math.floor(Date.now() / 1000);
      const identity = signIdentity({ sub: 'user-77', iat: now, exp: now + 600 }, IDENTITY_SECRET);
      const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en', identity });
      const id = welcome.conversationId;
      v.send({ type: 'send', clientId: 'wh-snz-0001', text: 'talk to a human please' });
      await v.next('state', (s) => s.status === 'waiting');
      expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${id}/claim`, {})).status).toBe(200);
      const snooze = async (until: number) => expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${id}/snooze`, { until })).status).toBe(200);
      // Each event once (delivery is at least once: a repeat carries the same id), in the order they happened.
      const events = () => [...new Map(receiver.received.map((r) => [r.payload.id, r.payload])).values()].sort((a, b) => a.createdAt - b.createdAt);
      const seen = (n: number, what: string) => waitFor(() => events().length >= n, what, 15_000);

      const later = Date.now() + 3_600_000;
      await snooze(later);
      await seen(1, 'the snooze');
      v.send({ type: 'send', clientId: 'wh-snz-0002', text: 'here is the screenshot' }); // wakes it
      await seen(2, 'the wake when the visitor wrote');
      await snooze(later);
      await seen(3, 'the snooze again');
      expect((await api(server, admin.cookie, 'DELETE', `/api/v1/conversations/${id}/snooze`)).status).toBe(200);
      await seen(4, 'the unsnooze');
      await snooze(Date.now() + 1_000); // the sweep (every 200 ms here) wakes it when its time came
      await seen(6, 'the wake at its time');

      const got = events();
      expect(got.map((e) => [e.type, e.data.until ?? e.data.reason])).toEqual([
        ['conversation.snoozed', later],
        ['conversation.woken', 'visitor'],
        ['conversation.snoozed', later],
        ['conversation.woken', 'agent'],
        ['conversation.snoozed', expect.any(Number)],
        ['conversation.woken', 'time'],
      ]);
      expect(receiver.received.every((r) => r.verified)).toBe(true);
      for (const e of got) expect(e.data).toMatchObject({ conversation: { id, status: 'assigned', agentId: admin.agent.id }, visitor: { userId: 'user-77' } });
      // The conversation as it is after each: snoozed until the event's time, or awake.
      expect(got.map((e) => e.data.conversation.snoozedUntil)).toEqual([later, null, later, null, got[4]!.data.until, null]);
      v.close();
    } finally {
      await unregister(hook.webhook.id);
      await receiver.close();
    }
  });

  it('retries a receiver that fails twice, then succeeds: the same event id and body each time, a fresh signature', async () => {
    const receiver = await startReceiver(() => hook.secret, verify);
    const hook = await register(receiver.url, ['message.created'], 'whsec_given_by_the_admin_0001');
    expect(hook.secret).toBe('whsec_given_by_the_admin_0001');
    // Each event: 500, 500, then 204.
    receiver.respond((r) => (receiver.received.filter((x) => x.payload.id === r.payload.id).length <= 2 ? 500 : 204));
    const agent = await AgentClient.connect(server, admin.cookie);
    try {
      await agent.hello();
      const from = agent.frames.length;
      const { client: v } = await visitor(server.wsUrl, server.url, { locale: 'en' });
      v.send({ type: 'send', clientId: 'wh-retry-001', text: 'where is my refund' });
      const row = await waitFor(async () => (await deliveries(hook.webhook.id)).find((d) => d.status === 'delivered' && d.attempts === 3), 'three attempts', 15_000, DELIVERIES_POLL_MS);
      // Open Webhooks pages follow the attempts: the admin's socket is told (at most once a second per node, so
      // three attempts 100-200 ms apart make one to three frames, never one per attempt and event more).
      await agent.next('webhooks_changed', (f) => f.deliveries === true, 5000, from);
      const told = () => agent.frames.slice(from).filter((f) => f.type === 'webhooks_changed' && f.deliveries === true).length;
      expect(told()).toBeGreaterThanOrEqual(1);
      expect(told()).toBeLessThanOrEqual(3);
      const attempts = receiver.received.filter((r) => r.payload.id === row.eventId);
      expect(attempts).toHaveLength(3);
      expect(new Set(attempts.map((r) => r.body)).size).toBe(1);
      expect(attempts.every((r) => r.verified)).toBe(true);
      expect(row).toMatchObject({ lastStatus: 204, lastError: null });
      v.close();
    } finally {
      agent.close();
      await unregister(hook.webhook.id);
      await receiver.close();
    }
  });

  it('gives a silent or failing receiver up after the retry window, logs why, and redelivers by hand', async () => {
    const receiver = await startReceiver(() => hook.secret, verify);
    const hook = await register(receiver.url, ['faq.unanswered']);
    receiver.respond((r) => (r.payload.data.question?.text.includes('hang') ? 'hang' : 503));
    try {
      const { client: v } = await visitor(server.wsUrl, server.url, { locale: 'en' });
      v.send({ type: 'send', clientId: 'wh-fail-0001', text: 'blorptastic frobnication' });
      const failed = await waitFor(async () => (await deliveries(hook.webhook.id)).find((d) => d.status === 'failed'), 'given up', 30_000, DELIVERIES_POLL_MS);
      expect(failed.attempts).toBeGreaterThanOrEqual(3);
      expect(failed).toMatchObject({ lastStatus: 503, lastError: 'HTTP 503', responseExcerpt: 'nope 503', nextAttemptAt: null });

      v.send({ type: 'send', clientId: 'wh-hang-0001', text: 'hang glorp snorfle' });
      const timedOut = await waitFor(async () => (await deliveries(hook.webhook.id)).find((d) => d.lastError?.startsWith('no response within')), 'a timed-out attempt', 30_000, DELIVERIES_POLL_MS);
      expect(timedOut).toMatchObject({ lastStatus: null, responseExcerpt: null });

      receiver.respond(() => 200);
      const before = receiver.received.filter((r) => r.payload.id === failed.eventId).length;
      expect((await api(server, admin.cookie, 'POST', `/api/v1/admin/webhooks/${hook.webhook.id}/deliveries/${failed.id}/redeliver`)).status).toBe(202);
      await waitFor(async () => (await deliveries(hook.webhook.id)).find((d) => d.id === failed.id && d.status === 'delivered'), 'the redelivery', 15_000, DELIVERIES_POLL_MS);
      expect(receiver.received.filter((r) => r.payload.id === failed.eventId).length).toBe(before + 1);
      expect((await api(server, admin.cookie, 'POST', `/api/v1/admin/webhooks/${hook.webhook.id}/deliveries/${timedOut.eventId}/redeliver`)).status).toBe(404);
      v.close();
    } finally {
      await unregister(hook.webhook.id);
      await receiver.close();
    }
  });

  it("deletes a conversation's deliveries when its visitor is erased", async () => {
    const receiver = await startReceiver(() => hook.secret, verify);
    const hook = await register(receiver.url, ['message.created']);
    try {
      const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
      v.send({ type: 'send', clientId: 'wh-erase-001', text: 'please forget me' });
      await waitFor(async () => (await deliveries(hook.webhook.id)).length >= 2, 'deliveries', 15_000, DELIVERIES_POLL_MS);
      const visitorId = await visitorIdOf(server, welcome.conversationId);
      expect((await api(server, admin.cookie, 'DELETE', `/api/v1/admin/visitors/${visitorId}`)).status).toBe(200);
      expect(await deliveries(hook.webhook.id)).toEqual([]);
      v.close();
    } finally {
      await unregister(hook.webhook.id);
      await receiver.close();
    }
  });
});

describe('SSRF guard (KEFU_WEBHOOKS_ALLOW_PRIVATE unset)', () => {
  it('classifies loopback, private, link-local, mapped and reserved addresses as private, public ones not', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1', '::ffff:127.0.0.1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses to connect to a loopback receiver, by address and by a name that resolves to it', async () => {
    const receiver = await startReceiver(() => 'x', verify);
    try {
      const options = { timeoutMs: 2_000, allowPrivate: false };
      const byIp = await sendWebhook(receiver.url, 'secret', '{}', 'evt_x', options);
      expect(byIp).toMatchObject({ status: null, error: expect.stringContaining('private address') });
      const byName = await sendWebhook(`http://localhost:${receiver.port}/hook`, 'secret', '{}', 'evt_x', options);
      expect(byName).toMatchObject({ status: null, error: expect.stringContaining('private address') });
      expect(receiver.received).toHaveLength(0);
      // The same receiver is reached once private networks are allowed (so the refusal above was the guard's).
      expect((await sendWebhook(receiver.url, 'secret', '{}', 'evt_x', { ...options, allowPrivate: true })).status).toBe(200);
    } finally {
      await receiver.close();
    }
  });
});
