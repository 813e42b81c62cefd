import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody, type AgentClientFrame } from '../../protocol/index.ts';
import { AGENT_FRAME_WRITES } from '../../server/routes/ws/agent-frame-writes.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { TestClient } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';
import { ROUTES, VIEWER_MAY, concrete } from '../helpers/route-table.ts';

/**
 * A viewer (read-only: a team lead, a compliance officer, an auditor) on a real server with a real SQLite file: every
 * REST route of the route table (tests/helpers/route-table.ts, itself checked against the server's) and every console
 * frame (the server's own table of frame types) is walked as a viewer. A write is 403 `forbidden`, reason
 * `read_only`, unless VIEWER_MAY lists it; reads answer. Viewers are never given a chat, nor counted as someone who
 * can answer.
 */
let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
let viewer: Awaited<ReturnType<typeof login>>;
let conversationId: string;
let visitorSocket: TestClient;
beforeAll(async () => {
  // Auto routing: a waiting chat goes at once to whoever takes chats and is online.
  server = await startServer({ ...ADMIN_ENV, KEFU_ROUTING: 'auto' }, FAST_SCRYPT);
  admin = await login(server);
  viewer = await addAgent(server, admin.cookie, 'auditor@example.com', { role: 'viewer', canSeePersonalData: true });
  visitorSocket = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
  visitorSocket.send({ type: 'hello', v: 1, locale: 'en' });
  conversationId = (await visitorSocket.next('welcome')).conversationId;
  visitorSocket.send({ type: 'send', clientId: 'viewer-t-0001', text: 'I want to talk to a person' });
  await visitorSocket.next('state', (s) => s.status === 'waiting');
});
afterAll(async () => {
  visitorSocket?.close();
  await server?.cleanup();
});

const key = ([method, path]: (typeof ROUTES)[number]) => `${method} ${path}`;
const isWrite = (method: string) => method !== 'GET';

describe('the viewer decisions', () => {
  it('name only routes that exist, and only writes of their own account or reads', () => {
    const all = new Set(ROUTES.map(key));
    for (const route of VIEWER_MAY) expect(all, route).toContain(route);
  });
});

describe('every REST route as a viewer', () => {
  const refused = ROUTES.filter((r) => r[2] !== 'public' && !VIEWER_MAY.has(key(r)) && (isWrite(r[0]) || r[2] === 'admin'));
  it.each(refused)('%s %s (%s) → 403 forbidden', async (method, path, _role, body) => {
    const res = await api(server, viewer.cookie, method, concrete(path), body);
    expect(res.status).toBe(403);
    const error = ErrorBody.parse(res.body).error;
    expect(error.code).toBe('forbidden');
    if (isWrite(method)) expect(error.reason).toBe('read_only');
  });

  const reads = ROUTES.filter((r) => r[2] === 'agent' && !isWrite(r[0]));
  it.each(reads)('%s %s (%s) answers a viewer', async (method, path) => {
    const res = await api(server, viewer.cookie, method, path.includes(':id') ? concrete(path.replace(':id', conversationId)) : concrete(path));
    expect(res.status, JSON.stringify(res.body)).not.toBe(403);
    expect(res.status).toBeLessThan(500);
  });

  // Logging out ends the session the other tests use: it is walked last, on a session of its own.
  const own = ROUTES.filter((r) => VIEWER_MAY.has(key(r)) && key(r) !== 'POST /api/v1/auth/logout');
  it.each(own)('%s %s (%s) is the viewer’s to call', async (method, path, _role, body) => {
    const res = await api(server, viewer.cookie, method, concrete(path), body);
    expect(res.status).toBeLessThan(500);
    // Not refused for the role: a 403 here is the route's own answer (a wrong authenticator code).
    if (res.status === 403) expect(ErrorBody.parse(res.body).error.message).toBe('the code is wrong');
  });

  it('reads the conversation, its events and the audit log, and reveals it (audited, as for an agent)', async () => {
    const messages = await api(server, viewer.cookie, 'GET', `/api/v1/conversations/${conversationId}/messages`);
    expect(messages.status).toBe(200);
    expect((messages.body!.messages as { text: string }[]).map((m) => m.text)).toContain('I want to talk to a person');
    expect((await api(server, viewer.cookie, 'GET', `/api/v1/conversations/${conversationId}/events`)).status).toBe(200);
    expect((await api(server, viewer.cookie, 'POST', `/api/v1/conversations/${conversationId}/reveal`)).status).toBe(200);
    const audit = await api(server, viewer.cookie, 'GET', '/api/v1/admin/audit?action=personal_data.revealed');
    expect(audit.status).toBe(200);
    expect((audit.body!.records as { agentId: string }[]).some((r) => r.agentId === viewer.agent.id)).toBe(true);
  });

  it('POST /api/v1/auth/logout ends the viewer’s own session', async () => {
    const other = await login(server, 'auditor@example.com', 'agent password 123');
    expect((await api(server, other.cookie, 'POST', '/api/v1/auth/logout')).status).toBe(204);
  });
});

/** A frame of each type, as a console would send it about the waiting conversation. */
const SAMPLE: { [T in AgentClientFrame['type']]: Extract<AgentClientFrame, { type: T }> } = {
  hello: { type: 'hello', v: 1, watch: [] },
  watch: { type: 'watch', conversationId: 'x', lastSeq: 0 },
  unwatch: { type: 'unwatch', conversationId: 'x' },
  ping: { type: 'ping' },
  send: { type: 'send', conversationId: 'x', clientId: 'viewer-send-01', text: 'hello from a viewer' },
  note: { type: 'note', conversationId: 'x', clientId: 'viewer-note-01', text: 'a viewer note' },
  typing: { type: 'typing', conversationId: 'x' },
  read: { type: 'read', conversationId: 'x', seq: 1 },
  claim: { type: 'claim', conversationId: 'x', ref: 'viewer-claim-1' },
  release: { type: 'release', conversationId: 'x', ref: 'viewer-relse-1' },
  close: { type: 'close', conversationId: 'x', ref: 'viewer-close-1' },
  transfer: { type: 'transfer', conversationId: 'x', ref: 'viewer-trans-1', agentId: 'x' },
  presence: { type: 'presence', status: 'online' },
  viewing: { type: 'viewing', conversationId: null },
};

describe('every console frame as a viewer', () => {
  const writes = (Object.keys(AGENT_FRAME_WRITES) as AgentClientFrame['type'][]).filter((t) => AGENT_FRAME_WRITES[t]);

  it('the frame table covers every frame a console can send', () => {
    expect(new Set(Object.keys(AGENT_FRAME_WRITES))).toEqual(new Set(Object.keys(SAMPLE)));
    expect(writes.length).toBeGreaterThan(5);
  });

  it('watches and reads the waiting conversation; every writing frame is refused read_only, and nothing changes', async () => {
    const socket = await AgentClient.connect(server, viewer.cookie);
    const welcome = await socket.hello();
    expect(welcome.agent.role).toBe('viewer');
    expect(welcome.conversations.find((c) => c.id === conversationId)?.status).toBe('waiting');
    socket.send({ type: 'watch', conversationId, lastSeq: 0 });
    await socket.next('synced', (s) => s.conversationId === conversationId);
    expect(socket.frames.some((f) => f.type === 'message' && f.message.text === 'I want to talk to a person')).toBe(true);

    for (const type of writes) {
      const frame = { ...SAMPLE[type], ...('conversationId' in SAMPLE[type] ? { conversationId } : {}), ...(type === 'transfer' ? { agentId: admin.agent.id } : {}) } as AgentClientFrame;
      const from = socket.frames.length;
      socket.send(frame);
      const error = await socket.next('error', () => true, undefined, from);
      expect(error, type).toMatchObject({ code: 'forbidden', reason: 'read_only' });
      const ref = 'ref' in frame ? frame.ref : 'clientId' in frame ? frame.clientId : undefined;
      if (ref) expect(error.ref).toBe(ref);
    }
    socket.send({ type: 'ping', t: 1 });
    await socket.next('pong');
    // Still waiting, nobody's; no reply or note stored.
    const after = await api(server, admin.cookie, 'GET', `/api/v1/conversations/${conversationId}/messages`);
    expect((after.body!.messages as { author: string }[]).map((m) => m.author)).not.toContain('agent');
    expect(after.body!.notes).toEqual([]);
    const list = await api(server, admin.cookie, 'GET', '/api/v1/conversations?status=waiting');
    expect((list.body!.conversations as { id: string }[]).map((c) => c.id)).toContain(conversationId);
    socket.close();
  });
});

describe('a viewer takes no chats', () => {
  it('is online, yet auto routing gives them nothing and the visitor is told nobody can answer', async () => {
    const socket = await AgentClient.connect(server, viewer.cookie);
    await socket.hello();
    const from = visitorSocket.frames.length;
    // A change to the desk's presence re-runs routing and the queue's figures: a viewer online must move neither.
    const other = await AgentClient.connect(server, viewer.cookie);
    await other.hello();
    const row = (await api(server, admin.cookie, 'GET', '/api/v1/agents')).body!.agents as { id: string; presence: string }[];
    expect(row.find((a) => a.id === viewer.agent.id)?.presence).toBe('online');
    const c = await api(server, admin.cookie, 'GET', '/api/v1/conversations?status=waiting');
    expect((c.body!.conversations as { id: string; agentId: string | null }[]).find((x) => x.id === conversationId)?.agentId).toBeNull();
    const states = visitorSocket.frames.slice(from).filter((f) => f.type === 'state');
    for (const s of states) expect(s).toMatchObject({ status: 'waiting', agentsOnline: false });
    socket.close();
    other.close();
  });

  it('cannot be the target of a transfer, and an agent holding chats is not made a viewer', async () => {
    const taker = await addAgent(server, admin.cookie, 'taker@example.com');
    const socket = await AgentClient.connect(server, taker.cookie);
    await socket.hello();
    // Auto routing gives the waiting chat to the agent who came online.
    await socket.conversation(conversationId, 'assigned');
    const moved = await api(server, taker.cookie, 'POST', `/api/v1/conversations/${conversationId}/transfer`, { agentId: viewer.agent.id });
    expect(moved.status).toBe(404);
    expect(ErrorBody.parse(moved.body).error.reason).toBe('no_agent');
    const demoted = await api(server, admin.cookie, 'PATCH', `/api/v1/agents/${taker.agent.id}`, { role: 'viewer' });
    expect(demoted.status).toBe(409);
    expect(ErrorBody.parse(demoted.body).error.code).toBe('invalid_state');
    socket.close();
  });

  it('has no chat limit: setting one is refused 400 `takes_no_chats` (worded by the console in each language), and nothing is stored', async () => {
    const patch = (body: Record<string, unknown>) => api(server, admin.cookie, 'PATCH', `/api/v1/agents/${viewer.agent.id}`, body);
    const stored = async () => ((await api(server, admin.cookie, 'GET', '/api/v1/agents')).body!.agents as { id: string; maxChats: number; role: string }[]).find((a) => a.id === viewer.agent.id)!;
    const was = await stored();
    for (const [res, what] of [
      [await patch({ maxChats: 12 }), 'a viewer’s limit'],
      [await patch({ role: 'viewer', maxChats: 12 }), 'the viewer role with a limit'],
      [await api(server, admin.cookie, 'POST', '/api/v1/agents', { email: 'limited@example.com', name: 'Limited', password: 'agent password 123', role: 'viewer', maxChats: 3 }), 'a new viewer with a limit'],
    ] as const) {
      expect(res.status, what).toBe(400);
      expect(ErrorBody.parse(res.body).error, what).toMatchObject({ code: 'bad_frame', reason: 'takes_no_chats', path: 'maxChats' });
    }
    expect(await stored()).toEqual(was);
    const emails = ((await api(server, admin.cookie, 'GET', '/api/v1/agents')).body!.agents as { email: string }[]).map((a) => a.email);
    expect(emails).not.toContain('limited@example.com');
    // The same limit for an account that takes chats is taken, on creation and on becoming an agent.
    const agent = await api(server, admin.cookie, 'POST', '/api/v1/agents', { email: 'limited@example.com', name: 'Limited', password: 'agent password 123', role: 'agent', maxChats: 3 });
    expect(agent.status).toBe(201);
    expect(agent.body!.agent).toMatchObject({ role: 'agent', maxChats: 3 });
    const viewerAgain = await api(server, admin.cookie, 'POST', '/api/v1/agents', { email: 'nolimit@example.com', name: 'No limit', password: 'agent password 123', role: 'viewer' });
    expect(viewerAgain.status).toBe(201);
    const becomes = await api(server, admin.cookie, 'PATCH', `/api/v1/agents/${(viewerAgain.body!.agent as { id: string }).id}`, { role: 'agent', maxChats: 7 });
    expect(becomes.status).toBe(200);
    expect(becomes.body!.agent).toMatchObject({ role: 'agent', maxChats: 7 });
  });

  it('a role change ends the account’s sessions: the new role holds from the next sign-in', async () => {
    const promoted = await addAgent(server, admin.cookie, 'lead@example.com', { role: 'viewer' });
    expect((await api(server, promoted.cookie, 'GET', '/api/v1/auth/me')).status).toBe(200);
    expect((await api(server, admin.cookie, 'PATCH', `/api/v1/agents/${promoted.agent.id}`, { role: 'agent' })).status).toBe(200);
    expect((await api(server, promoted.cookie, 'GET', '/api/v1/auth/me')).status).toBe(401);
    const again = await login(server, 'lead@example.com', 'agent password 123');
    expect((again.agent as { role?: string }).role).toBe('agent');
  });
});
