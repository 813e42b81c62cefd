import { describe, expect, it } from 'vitest';
import { AgentClient, addAgent, api, login } from '../../helpers/agent-client.ts';
import { twoNodesForFile } from '../../helpers/two-nodes.ts';
import { waitingVisitor } from '../../helpers/ws-client.ts';

/**
 * A rename on one node reaches the consoles already open on another: two servers on one PostgreSQL database and one
 * Redis key prefix; an agent's console on node B, opened before an admin on node A renames them, replies and writes a
 * note in the new name — read so by the visitor and by a teammate's console, both on node A.
 */
const nodes = await twoNodesForFile();

describe.skipIf(!nodes.ready)('a rename on two nodes (PostgreSQL + Redis)', () => {
  it('an admin renames an agent on node A: the console they opened on node B before it replies and notes in the new name, to the visitor and a teammate on A', async () => {
    const { a, b, opened } = nodes;
    const admin = await login(a);
    const { agent: gus } = await addAgent(a, admin.cookie, 'gus@example.com', { name: 'Gus' });
    const gusOnB = await login(b, 'gus@example.com', 'agent password 123');
    const desk = await AgentClient.connect(b, gusOnB.cookie);
    opened.push(desk);
    await desk.hello();

    const { client: v, conversationId: id } = await waitingVisitor(a.wsUrl, a.url);
    opened.push(v);
    desk.send({ type: 'claim', conversationId: id, ref: 'cluster-rename-claim' });
    await desk.next('done', (d) => d.ref === 'cluster-rename-claim');
    expect((await v.next('state', (s) => s.status === 'assigned')).agentName).toBe('Gus');
    const teammate = await AgentClient.connect(a, admin.cookie);
    opened.push(teammate);
    await teammate.hello([{ conversationId: id, lastSeq: 0 }]);
    await teammate.next('synced', (s) => s.conversationId === id);

    expect((await api(a, admin.cookie, 'PATCH', `/api/v1/agents/${gus.id}`, { name: 'Hal' })).status).toBe(200);
    // Node B heard it (its consoles get the agents list with the new name), then Gus's console there replies.
    await desk.next('agents', (f) => f.agents.some((x) => x.id === gus.id && x.name === 'Hal'));
    desk.send({ type: 'send', conversationId: id, clientId: 'cluster-rename-reply', text: 'Your refund is on its way' });
    const reply = await v.next('message', (m) => m.message.text === 'Your refund is on its way');
    expect(reply.message).toMatchObject({ author: 'agent', authorName: 'Hal' });
    expect((await teammate.next('message', (m) => m.message.id === reply.message.id)).message.authorName).toBe('Hal');
    desk.send({ type: 'note', conversationId: id, clientId: 'cluster-rename-note', text: 'refund sent from the wallet' });
    expect((await teammate.next('note', (n) => n.note.text === 'refund sent from the wallet')).note.agentName).toBe('Hal');
  });
});
