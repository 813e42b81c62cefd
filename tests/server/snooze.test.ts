import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationLogEvent, ConversationSummary } from '../../protocol/index.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';

/**
 * Snooze (Intercom's and Front's Snooze, Zendesk's On-hold): the agent who holds a chat puts it out of their Mine until
 * a time; it wakes on its own then (the cluster's sweep, here every 200 ms) or when the visitor writes, and the
 * holder's consoles get it back with a `snooze_ended` frame to ring by; the idle close never closes a snoozed chat and
 * counts its idle time from the wake. A real server, real sockets both sides (also on PostgreSQL: vitest.config.ts).
 */
const IDLE_MS = 3_000;
let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, { ...FAST_SCRYPT, snoozeSweepMs: 200, idleSweep: { everyMs: 250, times: { closeMs: IDLE_MS, abandonMs: 0 } } });
  admin = await login(server);
});
afterAll(() => server?.cleanup());

const snooze = (cookie: string, id: string, body: unknown) => api(server, cookie, 'POST', `/api/v1/conversations/${id}/snooze`, body);
const unsnooze = (cookie: string, id: string) => api(server, cookie, 'DELETE', `/api/v1/conversations/${id}/snooze`);
const post = (cookie: string, id: string, action: string) => api(server, cookie, 'POST', `/api/v1/conversations/${id}/${action}`, {});
const events = async (id: string) => ((await api(server, admin.cookie, 'GET', `/api/v1/conversations/${id}/events`)).body as { events: ConversationLogEvent[] }).events;
async function summary(id: string): Promise<ConversationSummary> {
  return ((await api(server, admin.cookie, 'GET', '/api/v1/conversations')).body!.conversations as ConversationSummary[]).find((c) => c.id === id)!;
}

/** A visitor who asked for a person, claimed by `cookie`'s agent, who answered last (so the chat can go idle). */
async function heldBy(cookie: string, n: number) {
  const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
  await askBot(v.client, 'my card was charged twice');
  v.client.send({ type: 'handoff' });
  const id = v.welcome.conversationId;
  await expect.poll(async () => (await summary(id)).status).toBe('waiting');
  expect((await post(cookie, id, 'claim')).status).toBe(200);
  expect((await api(server, cookie, 'POST', `/api/v1/conversations/${id}/messages`, { text: 'I asked the bank; back to you on Monday.', clientId: `reply-${n}-000001` })).status).toBe(200);
  return { ...v, id };
}

describe('snoozing a conversation', () => {
  it('snoozes until a time: every console hears it, the event log says by whom until when; the visitor writing wakes it and rings its holder', async () => {
    const desk = await AgentClient.connect(server, admin.cookie);
    await desk.hello();
    const { client, id } = await heldBy(admin.cookie, 1);
    const until = Date.now() + 3_600_000;
    const from = desk.frames.length;
    const res = await snooze(admin.cookie, id, { until });
    expect(res.status).toBe(200);
    expect(res.body!.conversation).toMatchObject({ id, status: 'assigned', agentId: admin.agent.id, snoozedUntil: until });
    await desk.next('conversation', (f) => f.conversation.id === id && f.conversation.snoozedUntil === until, undefined, from);
    expect((await events(id)).at(-1)).toMatchObject({ type: 'snoozed', actor: 'agent', agentId: admin.agent.id, until });

    const woke = desk.frames.length;
    client.send({ type: 'send', clientId: 'snooze-visitor-01', text: 'Here is the screenshot you asked for' });
    expect(await desk.next('snooze_ended', (f) => f.conversationId === id, undefined, woke)).toEqual({ type: 'snooze_ended', conversationId: id, reason: 'visitor' });
    await desk.next('conversation', (f) => f.conversation.id === id && f.conversation.snoozedUntil === null, undefined, woke);
    expect((await events(id)).at(-1)).toMatchObject({ type: 'unsnoozed', actor: 'visitor', reason: 'visitor' });
    expect((await summary(id)).snoozedUntil).toBeNull();
    desk.close();
    client.close();
  });

  it('wakes at its time (the sweep), and the idle close skips a snoozed chat and counts from the wake', async () => {
    const desk = await AgentClient.connect(server, admin.cookie);
    await desk.hello();
    const { client, id } = await heldBy(admin.cookie, 2);
    // Snoozed for longer than the idle time: without the snooze the sweep would close it.
    const until = Date.now() + IDLE_MS + 1_500;
    expect((await snooze(admin.cookie, id, { until })).status).toBe(200);
    const ended = await desk.next('snooze_ended', (f) => f.conversationId === id, IDLE_MS + 15_000);
    expect(ended.reason).toBe('time');
    const wokeAt = Date.now();
    expect(wokeAt).toBeGreaterThanOrEqual(until);
    const log = await events(id);
    expect(log.some((e) => e.type === 'closed')).toBe(false);
    expect(log.at(-1)).toMatchObject({ type: 'unsnoozed', actor: 'system', reason: 'time' });
    expect((await summary(id)).status).toBe('assigned');

    // Nobody writes after the wake: the idle close, counted from it.
    const closed = await client.next('state', (s) => s.status === 'closed', IDLE_MS + 15_000);
    expect(closed.status).toBe('closed');
    const close = (await events(id)).find((e) => e.type === 'closed')!;
    expect(close).toMatchObject({ actor: 'system', reason: 'idle' });
    expect(close.at - log.at(-1)!.at).toBeGreaterThanOrEqual(IDLE_MS);
    desk.close();
    client.close();
  });

  it('the holder unsnoozes (no ring); transfer, hand back and close clear a snooze', async () => {
    const desk = await AgentClient.connect(server, admin.cookie);
    await desk.hello();
    const mei = await addAgent(server, admin.cookie, 'mei-snooze@example.com');
    const { client, id } = await heldBy(admin.cookie, 3);
    const until = Date.now() + 86_400_000;
    expect((await snooze(admin.cookie, id, { until })).status).toBe(200);
    const from = desk.frames.length;
    const back = await unsnooze(admin.cookie, id);
    expect(back).toMatchObject({ status: 200, body: { conversation: { snoozedUntil: null } } });
    expect((await events(id)).at(-1)).toMatchObject({ type: 'unsnoozed', actor: 'agent', agentId: admin.agent.id, reason: 'agent' });
    await desk.next('conversation', (f) => f.conversation.id === id && f.conversation.snoozedUntil === null, undefined, from);
    expect(desk.frames.slice(from).some((f) => f.type === 'snooze_ended')).toBe(false);
    // Not snoozed: unsnoozing again changes nothing.
    expect(await unsnooze(admin.cookie, id)).toMatchObject({ status: 200, body: { conversation: { snoozedUntil: null } } });

    expect((await snooze(admin.cookie, id, { until })).status).toBe(200);
    expect((await api(server, admin.cookie, 'POST', `/api/v1/conversations/${id}/transfer`, { agentId: mei.agent.id })).body!.conversation).toMatchObject({ agentId: mei.agent.id, snoozedUntil: null });
    expect((await snooze(mei.cookie, id, { until })).status).toBe(200);
    expect((await post(mei.cookie, id, 'release')).body!.conversation).toMatchObject({ status: 'bot', snoozedUntil: null });

    const other = await heldBy(admin.cookie, 4);
    expect((await snooze(admin.cookie, other.id, { until })).status).toBe(200);
    expect((await post(admin.cookie, other.id, 'close')).body!.conversation).toMatchObject({ status: 'closed', snoozedUntil: null });
    desk.close();
    client.close();
    other.client.close();
  });

  it("refuses: another's chat, one nobody holds, a closed one, a viewer's, and a wake time in the past, too far ahead or malformed", async () => {
    const ann = await addAgent(server, admin.cookie, 'ann-snooze@example.com');
    const viewer = await addAgent(server, admin.cookie, 'vic-snooze@example.com', { role: 'viewer' });
    const { client, id } = await heldBy(ann.cookie, 5);
    const until = Date.now() + 3_600_000;
    const refused = (status: number, code: string, reason: string) => ({ status, body: { error: { code, reason } } });
    // Another agent's — an admin's too: only the holder snoozes.
    expect(await snooze(admin.cookie, id, { until })).toMatchObject(refused(403, 'forbidden', 'not_yours'));
    expect(await unsnooze(admin.cookie, id)).toMatchObject(refused(403, 'forbidden', 'not_yours'));
    expect(await snooze(viewer.cookie, id, { until })).toMatchObject(refused(403, 'forbidden', 'read_only'));
    expect(await unsnooze(viewer.cookie, id)).toMatchObject(refused(403, 'forbidden', 'read_only'));

    // The wake time: in the future, at most 90 days ahead, an integer of ms; nothing else in the body.
    const bad = (path: string, reason?: string) => ({ status: 400, body: { error: { code: 'bad_frame', path, ...(reason ? { reason } : {}) } } });
    expect(await snooze(ann.cookie, id, { until: Date.now() - 1_000 })).toMatchObject(bad('until', 'snooze_past'));
    expect(await snooze(ann.cookie, id, { until: Date.now() + 91 * 86_400_000 })).toMatchObject(bad('until', 'snooze_too_far'));
    expect(await snooze(ann.cookie, id, { until: 'Monday' })).toMatchObject(bad('until'));
    expect(await snooze(ann.cookie, id, { until: 1.5 })).toMatchObject(bad('until'));
    expect(await snooze(ann.cookie, id, { until, why: 'x' })).toMatchObject({ status: 400, body: { error: { code: 'bad_frame' } } });
    expect(await snooze(ann.cookie, id, {})).toMatchObject(bad('until'));
    expect((await summary(id)).snoozedUntil).toBeNull();
    expect((await events(id)).some((e) => e.type === 'snoozed')).toBe(false);
    expect((await snooze(ann.cookie, id, { until: Date.now() + 89 * 86_400_000 })).status).toBe(200);

    // Nobody holds it (the bot has it again), it is closed, it does not exist.
    expect((await post(ann.cookie, id, 'release')).status).toBe(200);
    expect(await snooze(ann.cookie, id, { until })).toMatchObject(refused(409, 'invalid_state', 'not_claimed'));
    expect((await post(admin.cookie, id, 'close')).status).toBe(200);
    expect(await snooze(ann.cookie, id, { until })).toMatchObject(refused(409, 'invalid_state', 'closed'));
    expect(await unsnooze(ann.cookie, id)).toMatchObject(refused(409, 'invalid_state', 'closed'));
    expect(await snooze(ann.cookie, '00000000-0000-0000-0000-000000000000', { until })).toMatchObject(refused(404, 'not_found', 'no_conversation'));
    client.close();
  });
});
