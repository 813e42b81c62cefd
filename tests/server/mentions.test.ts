import { describe, expect, it } from 'vitest';
import type { ConversationSummary, MentionList } from '../../protocol/index.ts';
import { signIdentity } from '../../server/services/identity.ts';
import { addAgent, AgentClient, api, serverWithAdmin } from '../helpers/agent-client.ts';
import { settled, visitor } from '../helpers/ws-client.ts';

/**
 * "@Mei, can you check this refund?": a note mentions teammates by agent id. A real server on an ephemeral port, real
 * console sockets and a real widget socket: the mentioned one's consoles are told (nobody else's), the count is
 * stored (it survives a reconnect), ids that are no active teammate or who could not open the chat are refused with a
 * typed error before anything is stored, and the visitor hears none of it.
 */
const SECRET = 'mentions-identity-secret-0123456789';

describe('mentions in internal notes', () => {
  const ctx = serverWithAdmin({ KEFU_IDENTITY_SECRETS: SECRET });
  const people = async (tag: string) => {
    const { server, admin } = ctx;
    const ann = await addAgent(server, admin.cookie, `ann-${tag}@example.com`);
    const mei = await addAgent(server, admin.cookie, `mei-${tag}@example.com`);
    const vic = await addAgent(server, admin.cookie, `vic-${tag}@example.com`, { role: 'viewer' });
    return { ann, mei, vic };
  };
  const opened = async (client: AgentClient, conversationId: string) => {
    await client.hello([{ conversationId, lastSeq: 0 }]);
    await client.next('synced', (s) => s.conversationId === conversationId);
    return client;
  };

  it('tells the mentioned agent and viewer once, on their consoles only; the count is stored; opening one marks it read everywhere; the visitor hears nothing', async () => {
    const { server } = ctx;
    const { ann, mei, vic } = await people('a');
    const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const id = v.welcome.conversationId;
    const a = await opened(await AgentClient.connect(server, ann.cookie), id);
    const b = await AgentClient.connect(server, mei.cookie);
    expect((await b.hello()).mentionsUnread).toBe(0);
    const viewer = await AgentClient.connect(server, vic.cookie);
    await viewer.hello();

    a.send({ type: 'note', conversationId: id, clientId: 'mention-note-01', text: '@mei-a @vic-a can you check this refund?\n<img src=x onerror=alert(1)>', mentions: [mei.agent.id, vic.agent.id, mei.agent.id] });
    const ack = await a.next('ack', (f) => f.clientId === 'mention-note-01');
    const told = await b.next('mention');
    expect(told).toMatchObject({ unread: 1, unreadIn: [id], mention: { noteId: ack.id, conversationId: id, byAgentId: ann.agent.id, byName: 'ann-a', firstLine: '@mei-a @vic-a can you check this refund?', readAt: null } });
    expect((await viewer.next('mention')).mention.noteId).toBe(ack.id);
    const note = await a.next('note', (f) => f.note.id === ack.id);
    expect(note.note.mentions).toEqual([mei.agent.id, vic.agent.id].sort());
    // Sent again with its clientId (its ack lost): nobody is told twice.
    a.send({ type: 'note', conversationId: id, clientId: 'mention-note-01', text: '@mei-a @vic-a can you check this refund?\n<img src=x onerror=alert(1)>', mentions: [mei.agent.id] });
    await a.next('ack', (f) => f.clientId === 'mention-note-01', undefined, a.frames.indexOf(ack) + 1);
    await settled(b.raw);
    expect(b.frames.filter((f) => f.type === 'mention')).toHaveLength(1);
    expect(a.frames.filter((f) => f.type === 'mention')).toHaveLength(0); // the writer is not told of others' mentions

    // Mei was away: a new socket (the next sign-in) reads the count from storage; the list has it.
    b.close();
    const b2 = await AgentClient.connect(server, mei.cookie);
    expect(await b2.hello()).toMatchObject({ mentionsUnread: 1, mentionsUnreadIn: [id] });
    const list = await api(server, mei.cookie, 'GET', '/api/v1/mentions');
    expect(list).toMatchObject({ status: 200, body: { unread: 1, next: null, mentions: [{ noteId: ack.id, conversationId: id, byName: 'ann-a' }] } });
    // Opened: read in every console of hers, and only hers.
    const b3 = await AgentClient.connect(server, mei.cookie);
    await b3.hello();
    expect(await api(server, mei.cookie, 'POST', `/api/v1/mentions/${ack.id}/read`)).toEqual({ status: 200, body: { unread: 0, unreadIn: [] } });
    for (const c of [b2, b3]) expect(await c.next('mentions_read')).toEqual({ type: 'mentions_read', unread: 0, unreadIn: [] });
    expect(await api(server, ann.cookie, 'POST', `/api/v1/mentions/${ack.id}/read`)).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    // A viewer, who may be mentioned, marks their own read too.
    expect(await api(server, vic.cookie, 'POST', `/api/v1/mentions/${ack.id}/read`)).toEqual({ status: 200, body: { unread: 0, unreadIn: [] } });

    // Notes never reach the visitor: no note, no mention, none of its words.
    await settled(v.client);
    expect(JSON.stringify(v.client.frames)).not.toContain('check this refund');
    for (const c of [a, b2, b3, viewer]) c.close();
    v.client.close();
  });

  it('refuses, with a typed error and before anything is stored, an id that is no active agent, a made-up one, and an outsider to a team’s conversation', async () => {
    const { server, admin } = ctx;
    const { ann, mei } = await people('b');
    const gone = await addAgent(server, admin.cookie, `gone-b@example.com`);
    const ted = await addAgent(server, admin.cookie, `ted-b@example.com`);
    expect((await api(server, admin.cookie, 'PATCH', `/api/v1/agents/${gone.agent.id}`, { disabled: true })).status).toBe(200);
    const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const id = v.welcome.conversationId;
    const a = await opened(await AgentClient.connect(server, ann.cookie), id);
    const send = (clientId: string, mentions: string[]) => a.send({ type: 'note', conversationId: id, clientId, text: 'look at this', mentions });
    const refused = (clientId: string) => a.next('error', (e) => e.ref === clientId);

    send('mention-gone-01', [mei.agent.id, gone.agent.id]);
    expect(await refused('mention-gone-01')).toMatchObject({ code: 'not_found', reason: 'mention_unknown' });
    send('mention-fake-01', ['no-such-agent']);
    expect(await refused('mention-fake-01')).toMatchObject({ code: 'not_found', reason: 'mention_unknown' });
    send('mention-bad-id-1', ['<script>']);
    expect(await refused('mention-bad-id-1')).toMatchObject({ code: 'bad_frame' });

    // The conversation moves to a team of Ann and Mei: Ted, an agent outside it, cannot open it, so is not mentioned.
    const team = (await api(server, admin.cookie, 'POST', '/api/v1/admin/teams', { name: 'Refunds B', memberIds: [ann.agent.id, mei.agent.id], topics: [], hours: null })).body as { team: { id: string } };
    expect((await api(server, admin.cookie, 'PUT', `/api/v1/conversations/${id}/team`, { teamId: team.team.id })).status).toBe(200);
    send('mention-team-01', [ted.agent.id]);
    expect(await refused('mention-team-01')).toMatchObject({ code: 'forbidden', reason: 'mention_cannot_open' });
    send('mention-team-02', [mei.agent.id, admin.agent.id]);
    await a.next('ack', (f) => f.clientId === 'mention-team-02');

    // Nothing of the refused notes was stored; nobody refused was counted.
    const notes = (await api(server, ann.cookie, 'GET', `/api/v1/conversations/${id}/messages`)).body as { notes: { mentions: string[] }[] };
    expect(notes.notes.map((n) => n.mentions)).toEqual([[mei.agent.id, admin.agent.id].sort()]);
    expect(((await api(server, ted.cookie, 'GET', '/api/v1/mentions')).body as { unread: number }).unread).toBe(0);
    a.close();
    v.client.close();
  });

  it('names a closed conversation’s visitor as the inbox does (masked alike), counts unread by conversation, and pages older mentions by a cursor', async () => {
    const { server } = ctx;
    const { ann, mei } = await people('d');
    const now = Math.floor(Date.now() / 1000);
    const identity = signIdentity({ sub: 'wallet-mention-d', iat: now, exp: now + 600, name: 'Lin 13912345678' }, SECRET);
    const signedIn = await visitor(server.wsUrl, server.url, { locale: 'en', identity });
    const anonymous = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const [named, plain] = [signedIn.welcome.conversationId, anonymous.welcome.conversationId];
    const a = await AgentClient.connect(server, ann.cookie);
    await a.hello([named, plain].map((conversationId) => ({ conversationId, lastSeq: 0 })));
    for (const conversationId of [named, plain]) await a.next('synced', (f) => f.conversationId === conversationId);
    const b = await AgentClient.connect(server, mei.cookie);
    await b.hello();
    // 103 notes: one page of 100 and an older one; two conversations, so the unread are in two.
    for (let i = 0; i < 103; i++) {
      a.send({ type: 'note', conversationId: i % 2 === 0 ? plain : named, clientId: `mention-page-${String(i).padStart(3, '0')}`, text: `@mei-d note ${i}`, mentions: [mei.agent.id] });
      await a.next('ack', (f) => f.clientId === `mention-page-${String(i).padStart(3, '0')}`);
    }
    const last = await b.next('mention', (f) => f.unread === 103);
    expect(last.unreadIn.sort()).toEqual([named, plain].sort());
    // Closed: the inbox no longer lists it for Mei, yet the Mentions list still names its visitor, masked as the inbox masked it.
    const inboxName = ((await api(server, mei.cookie, 'GET', '/api/v1/conversations')).body as { conversations: ConversationSummary[] }).conversations.find((c) => c.id === named)!.user!.name;
    expect(inboxName).not.toContain('13912345678');
    signedIn.client.send({ type: 'handoff' });
    await signedIn.client.next('state', (f) => f.status === 'waiting');
    expect((await api(server, ann.cookie, 'POST', `/api/v1/conversations/${named}/claim`)).status).toBe(200);
    expect((await api(server, ann.cookie, 'POST', `/api/v1/conversations/${named}/close`)).status).toBe(200);

    const first = (await api(server, mei.cookie, 'GET', '/api/v1/mentions')).body as MentionList;
    expect(first.mentions).toHaveLength(100);
    expect(first.mentions[0]).toMatchObject({ firstLine: '@mei-d note 102', conversationId: plain, visitorName: null, visitorCode: expect.stringMatching(/^[0-9A-F]{4}$/) });
    expect(first.mentions[1]).toMatchObject({ firstLine: '@mei-d note 101', conversationId: named, visitorName: inboxName });
    expect(first.next).toBe(first.mentions[99]!.noteId);
    const older = (await api(server, mei.cookie, 'GET', `/api/v1/mentions?before=${first.next}`)).body as MentionList;
    expect(older.mentions.map((m) => m.firstLine)).toEqual(['@mei-d note 2', '@mei-d note 1', '@mei-d note 0']);
    expect(older).toMatchObject({ next: null, unread: 103 });
    // A cursor that is none of hers is not found; a malformed one is refused by the schema.
    expect(await api(server, ann.cookie, 'GET', `/api/v1/mentions?before=${first.next}`)).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await api(server, mei.cookie, 'GET', '/api/v1/mentions?before=%3Cscript%3E')).status).toBe(400);

    // Reading every mention in one conversation leaves the other's.
    for (const m of [...first.mentions, ...older.mentions].filter((x) => x.conversationId === named)) await api(server, mei.cookie, 'POST', `/api/v1/mentions/${m.noteId}/read`);
    expect(await b.next('mentions_read', (f) => f.unread === 52)).toMatchObject({ unreadIn: [plain] });
    for (const c of [a, b]) c.close();
    signedIn.client.close();
    anonymous.client.close();
  });

  it('refuses a viewer’s note, mentions or not (they read, never write)', async () => {
    const { server } = ctx;
    const { mei, vic } = await people('c');
    const v = await visitor(server.wsUrl, server.url, { locale: 'en' });
    const id = v.welcome.conversationId;
    const viewer = await opened(await AgentClient.connect(server, vic.cookie), id);
    viewer.send({ type: 'note', conversationId: id, clientId: 'viewer-note-01', text: 'hi', mentions: [mei.agent.id] });
    expect(await viewer.next('error', (e) => e.ref === 'viewer-note-01')).toMatchObject({ code: 'forbidden', reason: 'read_only' });
    viewer.close();
    v.client.close();
  });
});
