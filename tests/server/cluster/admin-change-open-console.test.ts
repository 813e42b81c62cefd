import { describe, expect, it } from 'vitest';
import type { Team } from '../../../protocol/index.ts';
import { AgentClient, addAgent, api, claimFrom, login } from '../../helpers/agent-client.ts';
import { twoNodesForFile } from '../../helpers/two-nodes.ts';
import { waitingVisitor } from '../../helpers/ws-client.ts';

/**
 * An admin on node A changes an agent's chat limit and team while the agent's console is open on node B (two servers
 * on one PostgreSQL database and one Redis key prefix): the console's next claims on B obey the account as changed.
 */
const nodes = await twoNodesForFile();

describe.skipIf(!nodes.ready)('an account changed on one node, its console open on another (PostgreSQL + Redis)', () => {
  it('the limit lowered and raised, and the team left and rejoined, on node A: the console opened on node B claims by them', async () => {
    const { a, b, opened } = nodes;
    const admin = await login(a);
    const { agent: ivy } = await addAgent(a, admin.cookie, 'ivy@example.com', { maxChats: 2 });
    const ivyOnB = await login(b, 'ivy@example.com', 'agent password 123');
    const desk = await AgentClient.connect(b, ivyOnB.cookie);
    opened.push(desk);
    await desk.hello();
    const chats = [];
    for (let i = 0; i < 3; i++) chats.push(await waitingVisitor(a.wsUrl, a.url));
    opened.push(...chats.map((c) => c.client));
    const patch = async (body: Record<string, unknown>) => expect((await api(a, admin.cookie, 'PATCH', `/api/v1/agents/${ivy.id}`, body)).status).toBe(200);

    expect(await claimFrom(desk, chats[0]!.conversationId)).toBe('done');
    await patch({ maxChats: 1 });
    expect(await claimFrom(desk, chats[1]!.conversationId)).toBe('over_limit');
    await patch({ maxChats: 3 });
    expect(await claimFrom(desk, chats[1]!.conversationId)).toBe('done');

    // Node B drops its lists as the edit comes round on the desk channel (its consoles are sent `teams_changed` then).
    const teamEdit = async (method: string, path: string, memberIds: string[]) => {
      const from = desk.frames.length;
      const res = await api(a, admin.cookie, method, path, { name: 'Top-ups', memberIds, topics: [] });
      await desk.next('teams_changed', undefined, undefined, from);
      return res.body!.team as Team;
    };
    const team = await teamEdit('POST', '/api/v1/admin/teams', [ivy.id, admin.agent.id]);
    const last = chats[2]!.conversationId;
    expect((await api(a, admin.cookie, 'PUT', `/api/v1/conversations/${last}/team`, { teamId: team.id })).status).toBe(200);
    await teamEdit('PUT', `/api/v1/admin/teams/${team.id}`, [admin.agent.id]);
    expect(await claimFrom(desk, last)).toBe('other_team');
    await teamEdit('PUT', `/api/v1/admin/teams/${team.id}`, [admin.agent.id, ivy.id]);
    expect(await claimFrom(desk, last)).toBe('done');
  });
});
