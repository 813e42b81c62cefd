import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationLogEvent, Ticket } from '../../protocol/index.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor } from '../helpers/ws-client.ts';

/**
 * Tickets that get solved (issue 15): a visitor leaves a ticket over the real socket; agents work it with
 * `PATCH /api/v1/tickets/:id` open → pending → solved with an assignee. The assignee reads the contact; the
 * others see it masked; every console hears of each change; each change is a line in the event log.
 */
let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
let ann: Awaited<ReturnType<typeof login>>;
let bob: Awaited<ReturnType<typeof login>>;
beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
  admin = await login(server);
  ann = await addAgent(server, admin.cookie, 'ann@example.com');
  bob = await addAgent(server, admin.cookie, 'bob@example.com');
});
afterAll(() => server.cleanup());

const CONTACT = 'li.wei@example.com';

async function leaveTicket(text: string): Promise<{ ticketId: string; close: () => void }> {
  const { client } = await visitor(server.wsUrl, server.url);
  client.send({ type: 'leave_message', contact: CONTACT, text });
  const saved = await client.next('ticket_saved');
  return { ticketId: saved.ticketId, close: () => client.close() };
}

const patch = (cookie: string, id: string, body: unknown) => api(server, cookie, 'PATCH', `/api/v1/tickets/${id}`, body);
const ticketOf = (res: { body: Record<string, unknown> | null }) => res.body!.ticket as Ticket;

describe('tickets: PATCH /api/v1/tickets/:id', () => {
  it('works a ticket open → pending → solved; the assignee reads the contact, others see it masked; every console hears it', async () => {
    const annSocket = await AgentClient.connect(server, ann.cookie);
    await annSocket.hello();
    const bobSocket = await AgentClient.connect(server, bob.cookie);
    await bobSocket.hello();
    const { ticketId, close } = await leaveTicket('退款还没到账，请联系我');
    close();

    const fresh = ticketOf(await api(server, ann.cookie, 'GET', `/api/v1/tickets/${ticketId}`));
    expect(fresh).toMatchObject({ status: 'open', assigneeId: null, solvedAt: null, text: '退款还没到账，请联系我', contact: 'l***@example.com' });

    const annFrameFrom = annSocket.frames.length;
    const bobFrameFrom = bobSocket.frames.length;
    const taken = await patch(ann.cookie, ticketId, { status: 'pending', assigneeId: ann.agent.id });
    expect(taken.status).toBe(200);
    expect(ticketOf(taken)).toMatchObject({ status: 'pending', assigneeId: ann.agent.id, assigneeName: 'ann', contact: CONTACT });
    // Each console hears the change, masked for whoever does not handle the ticket.
    expect((await annSocket.next('ticket', (f) => f.ticket.id === ticketId, 5000, annFrameFrom)).ticket).toMatchObject({ status: 'pending', contact: CONTACT });
    expect((await bobSocket.next('ticket', (f) => f.ticket.id === ticketId, 5000, bobFrameFrom)).ticket).toMatchObject({ status: 'pending', contact: 'l***@example.com' });
    expect(ticketOf(await api(server, bob.cookie, 'GET', `/api/v1/tickets/${ticketId}`)).contact).toBe('l***@example.com');
    expect(((await api(server, ann.cookie, 'GET', '/api/v1/tickets')).body!.tickets as Ticket[]).find((t) => t.id === ticketId)!.contact).toBe(CONTACT);

    // Bob solves it; Ann stays the assignee.
    const solved = ticketOf(await patch(bob.cookie, ticketId, { status: 'solved' }));
    expect(solved).toMatchObject({ status: 'solved', assigneeId: ann.agent.id, contact: 'l***@example.com' });
    expect(solved.solvedAt).toBeGreaterThanOrEqual(solved.createdAt);

    const list = async (status: string) => ((await api(server, bob.cookie, 'GET', `/api/v1/tickets?status=${status}`)).body!.tickets as Ticket[]).map((t) => t.id);
    expect(await list('solved')).toContain(ticketId);
    expect(await list('open')).not.toContain(ticketId);

    // The conversation's timeline: the ticket, then one line per change, with who did it.
    const events = (await api(server, bob.cookie, 'GET', `/api/v1/conversations/${fresh.conversationId}/events`)).body!.events as ConversationLogEvent[];
    expect(events.filter((e) => e.ticketId === ticketId).map((e) => [e.type, e.ticketStatus, e.agentName, e.toAgentName])).toEqual([
      ['ticket', null, null, null],
      ['ticket_status', 'pending', 'ann', 'ann'],
      ['ticket_status', 'solved', 'bob', 'ann'],
    ]);
    // The same again changes nothing and logs nothing.
    expect(ticketOf(await patch(bob.cookie, ticketId, { status: 'solved' })).updatedAt).toBe(solved.updatedAt);
    expect(((await api(server, bob.cookie, 'GET', `/api/v1/conversations/${fresh.conversationId}/events`)).body!.events as unknown[]).length).toBe(events.length);
    annSocket.close();
    bobSocket.close();
  });

  it('refuses what it cannot do with a typed error, and changes nothing', async () => {
    const { ticketId, close } = await leaveTicket('please call');
    close();
    const expectRefused = async (res: { status: number; body: Record<string, unknown> | null }, status: number, code: string) => {
      expect(res.status).toBe(status);
      expect((res.body!.error as { code: string }).code).toBe(code);
    };
    await expectRefused(await patch(ann.cookie, ticketId, { status: 'closed' }), 400, 'bad_frame');
    await expectRefused(await patch(ann.cookie, ticketId, {}), 400, 'bad_frame');
    await expectRefused(await patch(ann.cookie, ticketId, { status: 'solved', extra: 1 }), 400, 'bad_frame');
    await expectRefused(await patch(ann.cookie, ticketId, { status: 'solved', assigneeId: 'no-such-agent' }), 404, 'not_found');
    await expectRefused(await patch(ann.cookie, 'no-such-ticket', { status: 'solved' }), 404, 'not_found');
    await expectRefused(await patch(ann.cookie, 'bad id!', { status: 'solved' }), 400, 'bad_frame');
    await expectRefused(await api(server, ann.cookie, 'GET', '/api/v1/tickets?status=closed'), 400, 'bad_frame');
    expect((await patch('', ticketId, { status: 'solved' })).status).toBe(401);
    const carol = await addAgent(server, admin.cookie, 'carol@example.com');
    expect((await api(server, admin.cookie, 'PATCH', `/api/v1/agents/${carol.agent.id}`, { disabled: true })).status).toBe(200);
    await expectRefused(await patch(ann.cookie, ticketId, { status: 'pending', assigneeId: carol.agent.id }), 404, 'not_found');
    expect(ticketOf(await api(server, ann.cookie, 'GET', `/api/v1/tickets/${ticketId}`))).toMatchObject({ status: 'open', assigneeId: null });
    // null unassigns; a reopened ticket has no solved time.
    ticketOf(await patch(ann.cookie, ticketId, { status: 'solved', assigneeId: bob.agent.id }));
    expect(ticketOf(await patch(ann.cookie, ticketId, { status: 'open', assigneeId: null }))).toMatchObject({ status: 'open', assigneeId: null, solvedAt: null });
  });
});
