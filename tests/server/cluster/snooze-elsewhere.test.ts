import { describe, expect, it } from 'vitest';
import { AgentClient, addAgent, api, login } from '../../helpers/agent-client.ts';
import { twoNodesForFile } from '../../helpers/two-nodes.ts';
import { waitingVisitor } from '../../helpers/ws-client.ts';

/**
 * A snooze and an unsnooze made over REST on one node reach every console on both: the holder's two consoles (one on
 * each node) and a viewer's on the other node hear the summary with its wake time, then without it; the visitor
 * writing on node A wakes it and rings the holder's console on node B. Two servers on one PostgreSQL database and one
 * Redis key prefix.
 */
const nodes = await twoNodesForFile();

describe.skipIf(!nodes.ready)('a snooze on two nodes (PostgreSQL + Redis)', () => {
  it("the holder's consoles on both nodes and a viewer's on the other follow a snooze, an unsnooze and a wake", async () => {
    const { a, b, opened } = nodes;
    const admin = await login(a);
    const { agent: ivy } = await addAgent(a, admin.cookie, 'ivy@example.com', { name: 'Ivy' });
    await addAgent(a, admin.cookie, 'lead@example.com', { role: 'viewer' });
    const ivyOnB = await login(b, 'ivy@example.com', 'agent password 123');
    const leadOnB = await login(b, 'lead@example.com', 'agent password 123');
    const consoles = [await AgentClient.connect(a, ivyOnB.cookie), await AgentClient.connect(b, ivyOnB.cookie), await AgentClient.connect(b, leadOnB.cookie)];
    opened.push(...consoles);
    for (const c of consoles) await c.hello();

    const { client: v, conversationId: id } = await waitingVisitor(a.wsUrl, a.url);
    opened.push(v);
    expect((await api(b, ivyOnB.cookie, 'POST', `/api/v1/conversations/${id}/claim`, {})).status).toBe(200);
    const heard = async (from: number[], snoozedUntil: number | null) => {
      for (const [i, c] of consoles.entries()) await c.next('conversation', (f) => f.conversation.id === id && f.conversation.agentId === ivy.id && f.conversation.snoozedUntil === snoozedUntil, undefined, from[i]);
    };

    const until = Date.now() + 3_600_000;
    let from = consoles.map((c) => c.frames.length);
    expect((await api(a, ivyOnB.cookie, 'POST', `/api/v1/conversations/${id}/snooze`, { until })).status).toBe(200);
    await heard(from, until);
    from = consoles.map((c) => c.frames.length);
    expect((await api(b, ivyOnB.cookie, 'DELETE', `/api/v1/conversations/${id}/snooze`)).status).toBe(200);
    await heard(from, null);

    expect((await api(b, ivyOnB.cookie, 'POST', `/api/v1/conversations/${id}/snooze`, { until })).status).toBe(200);
    from = consoles.map((c) => c.frames.length);
    v.send({ type: 'send', clientId: 'cluster-snooze-01', text: 'here is the screenshot' });
    await heard(from, null);
    expect(await consoles[1]!.next('snooze_ended', (f) => f.conversationId === id, undefined, from[1])).toEqual({ type: 'snooze_ended', conversationId: id, reason: 'visitor' });
  });
});
