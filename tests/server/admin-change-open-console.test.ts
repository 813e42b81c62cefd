import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Team } from '../../protocol/index.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { visitor, waitingVisitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, claimFrom, login } from '../helpers/agent-client.ts';

/**
 * An admin changes an agent's account while the agent's console is open (a socket opened before the change, and the
 * same REST session): the next action obeys the account as stored now, with no reconnect and no new sign-in.
 * (A rename: agent-rename.test.ts; disabling or a new role closes the sockets and ends the sessions: agent-handoff.test.ts.)
 */
let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
beforeAll(async () => {
  server = await startServer({ ...ADMIN_ENV, KEFU_ROUTING: 'manual' }, FAST_SCRYPT);
  admin = await login(server);
});
afterAll(() => server.cleanup());

/** An agent's console, opened (past hello) before the admin's change. */
async function openConsole(email: string, extra: Record<string, unknown> = {}) {
  const account = await addAgent(server, admin.cookie, email, extra);
  const desk = await AgentClient.connect(server, account.cookie);
  await desk.hello();
  return { ...account, desk };
}

const patchAgent = async (id: string, body: Record<string, unknown>) => expect((await api(server, admin.cookie, 'PATCH', `/api/v1/agents/${id}`, body)).status).toBe(200);

describe('an admin changes an account while its console is open, over real sockets', () => {
  it('the chat limit: a claim from the open console counts against the limit as changed, lowered or raised', async () => {
    const { agent, desk } = await openConsole('limit@example.com', { maxChats: 2 });
    const chats = [];
    for (let i = 0; i < 3; i++) chats.push(await waitingVisitor(server.wsUrl, server.url));
    expect(await claimFrom(desk, chats[0]!.conversationId)).toBe('done');

    // Lowered to 1 (the socket opened with 2): the second chat is refused.
    await patchAgent(agent.id, { maxChats: 1 });
    expect(await claimFrom(desk, chats[1]!.conversationId)).toBe('over_limit');
    // Raised to 3: the second and the third are taken.
    await patchAgent(agent.id, { maxChats: 3 });
    expect(await claimFrom(desk, chats[1]!.conversationId)).toBe('done');
    expect(await claimFrom(desk, chats[2]!.conversationId)).toBe('done');
    expect(desk.raw.closed).toBeNull();
    for (const c of chats) c.client.close();
    desk.close();
  });

  it('the right to see contact details, revoked: the open console can no longer reveal or search by them, and its frames stay masked', async () => {
    const { agent, cookie, desk } = await openConsole('contact@example.com', { canSeePersonalData: true });
    const { client: v, welcome } = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const id = welcome.conversationId;
    v.send({ type: 'send', clientId: 'contact-1', text: 'call me on +86 139 1234 5678' });
    await v.next('ack');
    const reveal = () => api(server, cookie, 'POST', `/api/v1/conversations/${id}/reveal`);
    const searched = async () => (await api(server, cookie, 'GET', `/api/v1/search?q=${encodeURIComponent('13912345678')}`)).body!;
    expect(JSON.stringify((await reveal()).body)).toContain('+86 139 1234 5678');
    expect((await searched()).contactSearched).toBe(true);

    await patchAgent(agent.id, { canSeePersonalData: false });
    const refused = await reveal();
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('1234 5678');
    expect(await searched()).toEqual({ results: [], contactSearched: false });
    // The socket stays open, and what it is sent is masked as for everyone (it was before the change too).
    desk.send({ type: 'watch', conversationId: id, lastSeq: 0 });
    await desk.next('synced', (s) => s.conversationId === id);
    v.send({ type: 'send', clientId: 'contact-2', text: 'or +86 139 8765 4321' });
    const texts = [(await desk.next('message', (m) => m.message.clientId === 'contact-2')).message.text];
    texts.push(...desk.frames.flatMap((f) => (f.type === 'message' ? [f.message.text] : [])));
    expect(texts.join(' ')).not.toMatch(/1234 5678|8765 4321/);
    expect(texts).toContain('or +86 *** **** 4321');
    expect(desk.raw.closed).toBeNull();
    v.close();
    desk.close();
  });

  it('team membership, removed: the open console may no longer claim a waiting chat of that team; added back, it may', async () => {
    const { agent, desk } = await openConsole('member@example.com');
    const { agent: other } = await addAgent(server, admin.cookie, 'other-member@example.com');
    const body = (memberIds: string[]) => ({ name: 'Card disputes', memberIds, topics: [] });
    const team = (await api(server, admin.cookie, 'POST', '/api/v1/admin/teams', body([agent.id, other.id]))).body!.team as Team;
    const { client: v, conversationId } = await waitingVisitor(server.wsUrl, server.url);
    expect((await api(server, admin.cookie, 'PUT', `/api/v1/conversations/${conversationId}/team`, { teamId: team.id })).status).toBe(200);

    expect((await api(server, admin.cookie, 'PUT', `/api/v1/admin/teams/${team.id}`, body([other.id]))).status).toBe(200);
    expect(await claimFrom(desk, conversationId)).toBe('other_team');
    expect((await api(server, admin.cookie, 'PUT', `/api/v1/admin/teams/${team.id}`, body([other.id, agent.id]))).status).toBe(200);
    expect(await claimFrom(desk, conversationId)).toBe('done');
    v.close();
    desk.close();
  });
});
