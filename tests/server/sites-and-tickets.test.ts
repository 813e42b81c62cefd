import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../../server/config.ts';
import { estimateWaitSec, serviceFigures } from '../../server/services/availability.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { TestClient, visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, api, login } from '../helpers/agent-client.ts';

const EVERY_DAY = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]));
const SITES = {
  // Never open: every request for a person is "outside hours".
  closed: {
    channels: {
      phones: [{ region: 'Hong Kong', number: '+852 2345 6789' }],
      email: 'help@wallet.example',
      social: [{ network: 'wechat', handle: 'WalletHK' }, { network: 'x', url: 'https://x.com/wallet' }],
      helpCenter: 'https://help.wallet.example',
    },
    hours: { timezone: 'Asia/Hong_Kong', weekly: {} },
  },
  // Always open: whether anyone answers depends on who is online.
  open: { channels: { email: 'open@wallet.example' }, hours: { timezone: 'Europe/Paris', weekly: EVERY_DAY } },
};

let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
let sitesFile: string;
beforeAll(async () => {
  sitesFile = path.join(mkdtempSync(path.join(tmpdir(), 'kefu-sites-')), 'sites.json');
  writeFileSync(sitesFile, JSON.stringify(SITES));
  server = await startServer({ ...ADMIN_ENV, KEFU_SITES: sitesFile }, FAST_SCRYPT);
  admin = await login(server);
});
afterAll(() => server.cleanup());

const waitingIds = async () =>
  ((await api(server, admin.cookie, 'GET', '/api/v1/conversations?status=waiting')).body!.conversations as { id: string }[]).map((c) => c.id);

describe('KEFU_SITES', () => {
  it('a bad file stops start-up with every bad field named', () => {
    const bad = path.join(path.dirname(sitesFile), 'bad.json');
    writeFileSync(bad, JSON.stringify({ shop: { channels: { phones: [{ region: 'HK', number: 'call us' }] }, hours: { timezone: 'Mars/Olympus', weekly: { mon: [['18:00', '09:00']] } } } }));
    expect(() => loadConfig({ KEFU_SITES: bad })).toThrow(/shop\.channels\.phones\.0\.number[\s\S]*shop\.hours\.timezone[\s\S]*shop\.hours\.weekly\.mon\.0/);
    writeFileSync(bad, '{ not json');
    expect(() => loadConfig({ KEFU_SITES: bad })).toThrow(/KEFU_SITES: cannot read .* as JSON/);
  });
});

describe('outside business hours', () => {
  it('the widget gets the channels, is told "away", and asking for a person queues nothing: the bot offers a ticket', async () => {
    const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en', site: 'closed' });
    expect(welcome.channels).toEqual({ ...SITES.closed.channels, social: SITES.closed.channels.social });
    const first = await v.next('state');
    expect(first).toMatchObject({ status: 'bot', reach: { kind: 'away', reason: 'closed', backAt: null } });
    v.send({ type: 'handoff' });
    const reply = await v.next('message', (m) => m.message.author === 'bot');
    expect(reply.message.bot?.kind).toBe('handoff');
    expect(reply.message.text).toMatch(/Nobody from our support team is available/);
    expect(reply.message.text).not.toMatch(/wait here/);
    expect(v.frames.some((f) => f.type === 'state' && f.status === 'waiting')).toBe(false);
    expect(await waitingIds()).not.toContain(welcome.conversationId);

    v.send({ type: 'leave_message', contactKind: 'wechat', contact: 'wallet_fan88', text: 'My top-up of 200 HKD did not arrive' });
    const saved = await v.next('ticket_saved');
    expect(saved).toMatchObject({ contactKind: 'wechat', contact: 'wallet_fan88', text: 'My top-up of 200 HKD did not arrive', replyAfter: null });
    const tickets = (await api(server, admin.cookie, 'GET', '/api/v1/tickets')).body!.tickets as { id: string; contactKind: string }[];
    expect(tickets.find((t) => t.id === saved.ticketId)?.contactKind).toBe('wechat');
    v.close();
  });

  it('a contact that is not what it says is refused with the field and the reason, and nothing is stored', async () => {
    const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en', site: 'closed' });
    const before = ((await api(server, admin.cookie, 'GET', '/api/v1/tickets')).body!.tickets as unknown[]).length;
    for (const [contactKind, contact] of [['email', 'not-an-address'], ['phone', '12'], ['wechat', '9starts-with-digit'], ['line', 'ab']] as const) {
      const from = v.frames.length;
      v.send({ type: 'leave_message', contactKind, contact, text: 'hello' });
      const error = await v.next('error', () => true, 5000, from);
      expect(error).toMatchObject({ code: 'bad_frame', path: 'contact' });
    }
    expect(((await api(server, admin.cookie, 'GET', '/api/v1/tickets')).body!.tickets as unknown[]).length).toBe(before);
    // Without a kind (an older widget): a LINE-style id is accepted as "other", as before.
    v.send({ type: 'leave_message', contact: 'line-id-abc', text: 'hello' });
    expect((await v.next('ticket_saved')).contactKind).toBe('other');
    expect(welcome.conversationId).toBeTruthy();
    v.close();
  });
});

describe('within hours', () => {
  it('nobody online: waiting shows no queue place; leaving a message ends the waiting entry (no phantom in the Waiting list)', async () => {
    const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en', site: 'open' });
    v.send({ type: 'handoff' });
    const waiting = await v.next('state', (s) => s.status === 'waiting');
    expect(waiting).toMatchObject({ reach: { kind: 'away', reason: 'nobody', backAt: null }, agentsOnline: false });
    expect(waiting.queuePosition).toBeUndefined();
    expect(waiting.estimateSec).toBeUndefined();
    expect(await waitingIds()).toContain(welcome.conversationId);

    v.send({ type: 'leave_message', contactKind: 'email', contact: 'me@example.com', text: 'call me back' });
    await v.next('ticket_saved');
    await v.next('state', (s) => s.status === 'bot');
    expect(await waitingIds()).not.toContain(welcome.conversationId);
    v.close();
  });

  it('an agent online: "online", a queue place, and after measured chats an estimate from them (not 2 min per chat)', async () => {
    const agent = await AgentClient.connect(server, admin.cookie);
    await agent.hello();
    const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en', site: 'open' });
    expect(await v.next('state')).toMatchObject({ status: 'bot', reach: { kind: 'online', replySec: null } });
    v.send({ type: 'handoff' });
    const waiting = await v.next('state', (s) => s.status === 'waiting');
    expect(waiting).toMatchObject({ reach: { kind: 'online' }, agentsOnline: true, queuePosition: 1 });
    expect(waiting.estimateSec).toBeUndefined(); // nothing measured yet: no number is made up
    await api(server, admin.cookie, 'POST', `/api/v1/conversations/${welcome.conversationId}/claim`);
    await api(server, admin.cookie, 'POST', `/api/v1/conversations/${welcome.conversationId}/close`);
    v.close();
    for (let i = 0; i < 3; i++) {
      const other = await visitor(server.wsUrl, server.url, { locale: 'en', site: 'open' });
      other.client.send({ type: 'handoff' });
      await other.client.next('state', (s) => s.status === 'waiting');
      await api(server, admin.cookie, 'POST', `/api/v1/conversations/${other.welcome.conversationId}/claim`);
      await api(server, admin.cookie, 'POST', `/api/v1/conversations/${other.welcome.conversationId}/close`);
      other.client.close();
    }
    // The figures the server holds, read from its database file: 4 chats measured.
    const db = new Database(path.join(server.dataDir, 'kefu.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT claimed_at, waited_ms, handled_ms FROM service_times').all() as { claimed_at: number; waited_ms: number; handled_ms: number }[];
    db.close();
    expect(rows.length).toBe(4);
    expect(rows.every((r) => r.handled_ms !== null && r.waited_ms >= 0)).toBe(true);
    const figures = serviceFigures(rows.map((r) => ({ claimedAt: r.claimed_at, waitedMs: r.waited_ms, handledMs: r.handled_ms })));

    const late = await visitor(server.wsUrl, server.url, { locale: 'en', site: 'open' });
    expect(await late.client.next('state')).toMatchObject({ reach: { kind: 'online', replySec: figures.waitSec } });
    late.client.send({ type: 'handoff' });
    const queued = await late.client.next('state', (s) => s.status === 'waiting');
    expect(queued.queuePosition).toBe(1);
    expect(queued.estimateSec).toBe(estimateWaitSec(1, 5, figures));
    late.client.close();
    agent.close();
  }, 20_000);
});

describe('site settings edited by admins', () => {
  it('PUT stores them and they win over the file; DELETE brings the file back; bad bodies name the field', async () => {
    const put = await api(server, admin.cookie, 'PUT', '/api/v1/admin/sites/closed', { channels: { email: 'db@wallet.example' } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ site: 'closed', source: 'database', settings: { channels: { email: 'db@wallet.example', phones: [] } } });
    const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en', site: 'closed' });
    expect(welcome.channels).toEqual({ email: 'db@wallet.example', phones: [], social: [] });
    // No hours in the stored settings: open whenever an agent is online (nobody is).
    expect(await v.next('state')).toMatchObject({ reach: { kind: 'away', reason: 'nobody' } });
    v.close();

    const bad = await api(server, admin.cookie, 'PUT', '/api/v1/admin/sites/closed', { hours: { timezone: 'UTC', weekly: { mon: [['25:00', '26:00']] } } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'bad_frame', path: 'hours.weekly.mon.0.0' } });

    expect((await api(server, admin.cookie, 'GET', '/api/v1/admin/sites')).body).toEqual({ sites: ['closed', 'open'] });
    expect((await api(server, admin.cookie, 'DELETE', '/api/v1/admin/sites/closed')).body).toMatchObject({ source: 'file', settings: SITES.closed });
    expect((await api(server, null, 'GET', '/api/v1/admin/sites/closed')).status).toBe(401);
  });
});

describe('a history that stays', () => {
  it("after an agent closes the chat, the visitor's next message starts a new conversation and the closed one comes back as history", async () => {
    const first = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const token = first.welcome.token;
    const id = first.welcome.conversationId;
    first.client.send({ type: 'handoff' });
    await first.client.next('state', (s) => s.status === 'waiting');
    await api(server, admin.cookie, 'POST', `/api/v1/conversations/${id}/claim`);
    await api(server, admin.cookie, 'POST', `/api/v1/conversations/${id}/messages`, { clientId: 'promise-0001', text: 'Your refund will arrive by Friday.' });
    await api(server, admin.cookie, 'POST', `/api/v1/conversations/${id}/close`);
    const lastSeq = (await first.client.next('message', (m) => m.message.author === 'agent')).message.seq;
    first.client.send({ type: 'send', clientId: 'after-close-1', text: 'thanks!' });
    await first.client.waitClose();

    const again = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
    again.send({ type: 'hello', v: 1, token, lastSeq, locale: 'en' });
    const welcome = await again.next('welcome');
    expect(welcome.conversationId).not.toBe(id);
    const history = await again.next('history');
    const closed = history.conversations.find((c) => c.id === id);
    expect(closed?.messages.map((m) => m.text)).toContain('Your refund will arrive by Friday.');
    again.close();
  });
});
