import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { waitingVisitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ ...ADMIN_ENV, KEFU_ROUTING: 'manual' }, FAST_SCRYPT);
});
afterAll(() => server.cleanup());

/** A visitor's chat that this console claims: the visitor's socket, once told who holds it, and the conversation. */
async function claimedBy(desk: AgentClient) {
  const { client: v, conversationId: id } = await waitingVisitor(server.wsUrl, server.url);
  desk.send({ type: 'claim', conversationId: id, ref: `claim-${id}` });
  await desk.next('done', (d) => d.ref === `claim-${id}`);
  const assigned = await v.next('state', (s) => s.status === 'assigned');
  return { v, id, agentName: assigned.agentName };
}

describe('an agent renamed while a visitor talks with them, over real sockets', () => {
  it('the visitor hears the new name (state marked renamed, and "… is typing" from the same open console) without reconnecting: a rename in Profile, then by an admin', async () => {
    const admin = await login(server);
    const { agent: ann } = await addAgent(server, admin.cookie, 'ann@example.com', { name: 'Ann' });
    const annLogin = await login(server, 'ann@example.com', 'agent password 123');
    const desk = await AgentClient.connect(server, annLogin.cookie);
    await desk.hello();
    const { v, id, agentName } = await claimedBy(desk);
    expect(agentName).toBe('Ann');
    /** The name the visitor's next "typing" frame gives, after the open console says it types. */
    const typingName = async () => {
      const from = v.frames.length;
      desk.send({ type: 'typing', conversationId: id });
      return (await v.next('typing', undefined, undefined, from)).name;
    };
    expect(await typingName()).toBe('Ann');

    // Ann renames herself in Profile; the socket she opened as "Ann" stays open.
    expect((await api(server, annLogin.cookie, 'PATCH', '/api/v1/auth/me', { name: 'Bea' })).status).toBe(200);
    const told = await v.next('state', (s) => s.agentName === 'Bea');
    expect(told).toMatchObject({ status: 'assigned', renamed: true });
    expect(await typingName()).toBe('Bea');

    // An admin renames her.
    expect((await api(server, admin.cookie, 'PATCH', `/api/v1/agents/${ann.id}`, { name: 'Cy' })).status).toBe(200);
    expect(await v.next('state', (s) => s.agentName === 'Cy')).toMatchObject({ status: 'assigned', renamed: true });
    expect(await typingName()).toBe('Cy');

    // A change that keeps the name tells the visitor nothing.
    const before = v.frames.length;
    expect((await api(server, admin.cookie, 'PATCH', `/api/v1/agents/${ann.id}`, { maxChats: 4 })).status).toBe(200);
    expect(await typingName()).toBe('Cy');
    expect(v.frames.slice(before).filter((f) => f.type === 'state')).toEqual([]);
    v.close();
    desk.close();
  });

  it('a reply and a note sent after the rename from the console opened before it carry the new name, to the visitor and to the other consoles, and stay so', async () => {
    const admin = await login(server);
    const { agent: deeAccount } = await addAgent(server, admin.cookie, 'dee@example.com', { name: 'Dee' });
    const dee = await login(server, 'dee@example.com', 'agent password 123');
    const desk = await AgentClient.connect(server, dee.cookie);
    await desk.hello();
    const { v, id } = await claimedBy(desk);
    const teammate = await AgentClient.connect(server, admin.cookie);
    await teammate.hello([{ conversationId: id, lastSeq: 0 }]);
    await teammate.next('synced', (s) => s.conversationId === id);

    expect((await api(server, dee.cookie, 'PATCH', '/api/v1/auth/me', { name: 'Eve' })).status).toBe(200);
    desk.send({ type: 'send', conversationId: id, clientId: 'rename-reply-1', text: 'Checking your top-up now' });
    const reply = await v.next('message', (m) => m.message.text === 'Checking your top-up now');
    expect(reply.message).toMatchObject({ author: 'agent', authorName: 'Eve' });
    expect((await teammate.next('message', (m) => m.message.id === reply.message.id)).message.authorName).toBe('Eve');
    desk.send({ type: 'note', conversationId: id, clientId: 'rename-note-1', text: 'asked for the receipt' });
    expect((await teammate.next('note', (n) => n.note.text === 'asked for the receipt')).note.agentName).toBe('Eve');

    // Renamed by an admin: the same socket's next reply says so; the transcript keeps each reply's name as sent.
    expect((await api(server, admin.cookie, 'PATCH', `/api/v1/agents/${deeAccount.id}`, { name: 'Fay' })).status).toBe(200);
    desk.send({ type: 'send', conversationId: id, clientId: 'rename-reply-2', text: 'Found it' });
    expect((await v.next('message', (m) => m.message.text === 'Found it')).message.authorName).toBe('Fay');
    const transcript = await api(server, admin.cookie, 'GET', `/api/v1/conversations/${id}/messages`);
    const names = (transcript.body!.messages as { author: string; authorName: string | null }[]).filter((m) => m.author === 'agent').map((m) => m.authorName);
    expect(names).toEqual(['Eve', 'Fay']);
    // Handed on from that socket: the log names who did it and from whom as they are called now.
    desk.send({ type: 'transfer', conversationId: id, agentId: admin.agent.id, ref: 'rename-transfer' });
    await desk.next('done', (d) => d.ref === 'rename-transfer');
    const events = (await api(server, admin.cookie, 'GET', `/api/v1/conversations/${id}/events`)).body!.events as { type: string }[];
    expect(events.find((e) => e.type === 'transferred')).toMatchObject({ agentName: 'Fay', fromAgentName: 'Fay', toAgentName: admin.agent.name });
    v.close();
    desk.close();
    teammate.close();
  });
});
