import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord, ConversationLogEvent, ConversationSummary, Label, Team } from '../../protocol/index.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { askBot, visitor } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';

/**
 * Labels and teams over a real server with auto routing: the bot's last answer puts a handed-over chat in its
 * team's queue, only that team's members get it, agents label chats and filter by team and label.
 */
describe('labels, teams and routing by team', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ ...ADMIN_ENV, KEFU_ROUTING: 'auto' }, FAST_SCRYPT);
  });
  afterAll(() => server.cleanup());

  it('routes a chat to the team its FAQ topic names, refuses other agents the claim, and filters by team and label', async () => {
    const admin = await login(server);
    const ann = await addAgent(server, admin.cookie, 'ann@example.com', { maxChats: 3 });
    const bea = await addAgent(server, admin.cookie, 'bea@example.com', { maxChats: 1 });

    // Admins keep the lists; agents may not; names are unique and members must be agents.
    expect((await api(server, ann.cookie, 'POST', '/api/v1/admin/labels', { name: 'Fraud' })).status).toBe(403);
    const label = (await api(server, admin.cookie, 'POST', '/api/v1/admin/labels', { name: 'Fraud', topics: ['Scam'] })).body!.label as Label;
    expect(label.topics).toEqual(['scam']);
    expect((await api(server, admin.cookie, 'POST', '/api/v1/admin/labels', { name: 'fraud' })).body).toMatchObject({ error: { code: 'conflict' } });
    const noSuchMember = await api(server, admin.cookie, 'POST', '/api/v1/admin/teams', { name: 'Fraud', memberIds: ['nobody'] });
    expect(noSuchMember).toMatchObject({ status: 400, body: { error: { code: 'bad_frame', path: 'memberIds' } } });
    const fraud = (await api(server, admin.cookie, 'POST', '/api/v1/admin/teams', { name: 'Security and fraud', memberIds: [bea.agent.id], topics: ['fraud'] }))
      .body!.team as Team;
    expect((await api(server, ann.cookie, 'GET', '/api/v1/teams')).body!.teams).toEqual([fraud]);

    const annSock = await AgentClient.connect(server, ann.cookie);
    await annSock.hello();
    const beaSock = await AgentClient.connect(server, bea.cookie);
    await beaSock.hello();

    // A scam question: the answer's entry (scam-report, tagged fraud) names the team; Bea gets it though Ann is less busy.
    const first = await visitor(server.wsUrl, server.url, { locale: 'en' });
    expect((await askBot(first.client, "I've been scammed. How do I report it?")).bot).toMatchObject({ kind: 'answer', faqId: 'scam-report' });
    const topic = await api(server, ann.cookie, 'GET', `/api/v1/conversations/${first.welcome.conversationId}/topic`);
    expect(topic.body).toEqual({ faqId: 'scam-report', labelIds: [label.id], teamId: fraud.id });
    first.client.send({ type: 'handoff' });
    expect((await first.client.next('state', (s) => s.status === 'assigned')).agentName).toBe('bea');

    // Bea is at her limit: the next scam chat waits for her team, though Ann is free, and Ann may not claim it.
    const second = await visitor(server.wsUrl, server.url, { locale: 'en' });
    await askBot(second.client, "I've been scammed. How do I report it?");
    second.client.send({ type: 'handoff' });
    await second.client.next('state', (s) => s.status === 'waiting');
    const secondId = second.welcome.conversationId;
    const claim = await api(server, ann.cookie, 'POST', `/api/v1/conversations/${secondId}/claim`);
    expect(claim).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });

    // A chat with no topic is everyone's: Ann gets it.
    const third = await visitor(server.wsUrl, server.url, { locale: 'en' });
    third.client.send({ type: 'handoff' });
    expect((await third.client.next('state', (s) => s.status === 'assigned')).agentName).toBe('ann');

    // Filters: by team, by no team, by label once Ann labels her chat.
    const list = async (query: string) =>
      ((await api(server, ann.cookie, 'GET', `/api/v1/conversations?${query}`)).body!.conversations as ConversationSummary[]).map((c) => c.id).sort();
    expect(await list(`team=${fraud.id}`)).toEqual([first.welcome.conversationId, secondId].sort());
    expect(await list(`team=${fraud.id}&status=waiting`)).toEqual([secondId]);
    expect(await list('team=none')).toEqual([third.welcome.conversationId]);
    const labelled = await api(server, ann.cookie, 'PUT', `/api/v1/conversations/${third.welcome.conversationId}/labels/${label.id}`, {});
    expect((labelled.body!.conversation as ConversationSummary).labelIds).toEqual([label.id]);
    expect(await list(`label=${label.id}`)).toEqual([third.welcome.conversationId]);
    expect((await api(server, ann.cookie, 'PUT', `/api/v1/conversations/${third.welcome.conversationId}/labels/nope`, {})).status).toBe(404);
    expect((await api(server, ann.cookie, 'DELETE', `/api/v1/conversations/${third.welcome.conversationId}/labels/${label.id}`)).status).toBe(200);
    expect(await list(`label=${label.id}`)).toEqual([]);

    // Moving the waiting chat to everyone's queue: routing gives it to Ann at once.
    const moved = await api(server, admin.cookie, 'PUT', `/api/v1/conversations/${secondId}/team`, { teamId: null });
    expect((moved.body!.conversation as ConversationSummary).teamId).toBeNull();
    expect((await second.client.next('state', (s) => s.status === 'assigned')).agentName).toBe('ann');
    // Each move and label is in the timeline and the audit trail, with who did it.
    const events = (await api(server, admin.cookie, 'GET', `/api/v1/conversations/${secondId}/events`)).body!.events as ConversationLogEvent[];
    expect(events.filter((e) => e.type === 'team_changed').map((e) => [e.actor, e.agentName, e.fromTeamName, e.toTeamName])).toEqual([
      ['system', null, null, 'Security and fraud'],
      ['agent', 'admin', 'Security and fraud', null],
    ]);
    const audit = async (action: string) => (await api(server, admin.cookie, 'GET', `/api/v1/admin/audit?action=${action}`)).body!.records as AuditRecord[];
    expect(await audit('conversation.team_changed')).toMatchObject([
      { agentId: admin.agent.id, conversationId: secondId, before: { teamId: fraud.id, name: 'Security and fraud' }, after: { teamId: null, name: null } },
    ]);
    expect((await audit('conversation.label_removed')).map((r) => r.agentId)).toEqual([ann.agent.id]);
    expect((await audit('conversation.label_added')).map((r) => [r.agentId, r.target, r.detail])).toEqual([[ann.agent.id, label.id, { label: label.name }]]);
    for (const c of [first, second, third]) c.client.close();
    annSock.close();
    beaSock.close();
  });

  it("tells a visitor the team's own hours: closed for refunds while the site is open", async () => {
    const admin = await login(server);
    const agent = await addAgent(server, admin.cookie, 'cho@example.com');
    const sock = await AgentClient.connect(server, agent.cookie);
    await sock.hello();
    // Open on no day: always closed, with no opening to announce.
    const hours = { timezone: 'Asia/Shanghai', weekly: {}, holidays: [] };
    const refunds = await api(server, admin.cookie, 'POST', '/api/v1/admin/teams', { name: 'Refunds', memberIds: [agent.agent.id], topics: ['refund'], hours });
    expect(refunds.status).toBe(201);

    const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
    expect((await askBot(v.client, 'How do I request a refund?')).bot).toMatchObject({ faqId: 'refund' });
    const from = v.client.frames.length;
    v.client.send({ type: 'handoff' });
    // Away (closed) though an agent of the team is online: nothing is queued.
    const state = await v.client.next('state', (s) => s.reach?.kind === 'away', 5000, from);
    expect(state.reach).toEqual({ kind: 'away', reason: 'closed', backAt: null });
    expect(state.status).toBe('bot');
    v.client.close();
    sock.close();
  });

  it("records admins' edits of labels and teams in the audit trail: who, and the fields before and after; a team's members a list (a name may hold a comma)", async () => {
    const admin = await login(server);
    const dan = await addAgent(server, admin.cookie, 'dan@example.com', { name: 'Lee, Dan Jr.' });
    const audit = async (action: string) => (await api(server, admin.cookie, 'GET', `/api/v1/admin/audit?action=${action}`)).body!.records as AuditRecord[];
    const facts = (r: AuditRecord) => ({ agentId: r.agentId, target: r.target, detail: r.detail, before: r.before, after: r.after });

    const label = (await api(server, admin.cookie, 'POST', '/api/v1/admin/labels', { name: 'VIP', topics: ['limits'] })).body!.label as Label;
    expect((await api(server, admin.cookie, 'PUT', `/api/v1/admin/labels/${label.id}`, { name: 'VIP', topics: ['limits', 'kyc'] })).status).toBe(200);
    expect((await api(server, admin.cookie, 'PUT', `/api/v1/admin/labels/${label.id}`, { name: 'VIP', topics: ['limits', 'kyc'] })).status).toBe(200); // no change: no record
    expect((await api(server, admin.cookie, 'DELETE', `/api/v1/admin/labels/${label.id}`)).status).toBe(204);
    expect((await api(server, admin.cookie, 'DELETE', `/api/v1/admin/labels/${label.id}`)).status).toBe(404);
    const by = { agentId: admin.agent.id, target: label.id };
    expect((await audit('label.created')).filter((r) => r.target === label.id).map(facts)).toEqual([{ ...by, detail: null, before: null, after: { name: 'VIP', topics: 'limits' } }]);
    expect((await audit('label.changed')).map(facts)).toEqual([{ ...by, detail: { name: 'VIP' }, before: { topics: 'limits' }, after: { topics: 'limits, kyc' } }]);
    expect((await audit('label.deleted')).map(facts)).toEqual([{ ...by, detail: null, before: { name: 'VIP', topics: 'limits, kyc' }, after: null }]);

    const team = (await api(server, admin.cookie, 'POST', '/api/v1/admin/teams', { name: 'Cards', memberIds: [dan.agent.id], topics: ['card'] })).body!.team as Team;
    const hours = { timezone: 'Asia/Hong_Kong', weekly: { mon: [['09:00', '18:00']] }, holidays: [] };
    const edit = await api(server, admin.cookie, 'PUT', `/api/v1/admin/teams/${team.id}`, { name: 'Cards and limits', memberIds: [dan.agent.id, admin.agent.id], topics: ['card'], hours });
    expect(edit.status).toBe(200);
    expect((await api(server, admin.cookie, 'DELETE', `/api/v1/admin/teams/${team.id}`)).status).toBe(204);
    const made = { name: 'Cards', members: ['Lee, Dan Jr.'], topics: 'card', hours: null };
    const changed = { name: 'Cards and limits', members: ['Lee, Dan Jr.', admin.agent.name], topics: 'card', hours: 'Asia/Hong_Kong: mon 09:00–18:00' };
    const on = { agentId: admin.agent.id, target: team.id };
    expect((await audit('team.created')).filter((r) => r.target === team.id).map(facts)).toEqual([{ ...on, detail: null, before: null, after: made }]);
    expect((await audit('team.changed')).map(facts)).toEqual([
      { ...on, detail: { name: 'Cards and limits' }, before: { name: 'Cards', members: made.members, hours: null }, after: { name: 'Cards and limits', members: changed.members, hours: changed.hours } },
    ]);
    expect((await audit('team.deleted')).map(facts)).toEqual([{ ...on, detail: null, before: changed, after: null }]);
  });
});
