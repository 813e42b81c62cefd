import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentServerFrame, HerePerson } from '../../protocol/index.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { TestClient, settled } from '../helpers/ws-client.ts';
import { ADMIN_ENV, AgentClient, FAST_SCRYPT, addAgent, api, login } from '../helpers/agent-client.ts';

/**
 * Who else has a conversation open, on a real server with real console sockets: two agents (the admin and Mei) and a
 * viewer (Audit) open the same waiting chat. Each sees the others appear, typing come and lapse, a person once however
 * many tabs, and people leave on unwatch and on socket close. The visitor never hears any of it.
 */
let server: RunningServer;
let admin: Awaited<ReturnType<typeof login>>;
let mei: Awaited<ReturnType<typeof login>>;
let audit: Awaited<ReturnType<typeof login>>;
let conversationId: string;
let visitor: TestClient;
const opened: AgentClient[] = [];

beforeAll(async () => {
  server = await startServer(ADMIN_ENV, FAST_SCRYPT);
  admin = await login(server);
  mei = await addAgent(server, admin.cookie, 'mei@example.com');
  audit = await addAgent(server, admin.cookie, 'audit@example.com', { role: 'viewer' });
  visitor = await TestClient.connect(`${server.wsUrl}/ws/visitor`, server.url);
  visitor.send({ type: 'hello', v: 1, locale: 'en' });
  conversationId = (await visitor.next('welcome')).conversationId;
  visitor.send({ type: 'handoff' });
  await visitor.next('state', (s) => s.status === 'waiting');
});
afterAll(async () => {
  for (const socket of opened) socket.close();
  visitor?.close();
  await server?.cleanup();
});

/** A console socket past hello, watching the conversation (not showing it yet). */
async function console_(cookie: string) {
  const socket = await AgentClient.connect(server, cookie);
  opened.push(socket);
  await socket.hello([{ conversationId, lastSeq: 0 }]);
  await socket.next('synced', (s) => s.conversationId === conversationId);
  return socket;
}
type Here = Extract<AgentServerFrame, { type: 'here' }>;
/** The next `here` frame after `from` whose people read as `expected` (name and replying). */
const heard = (socket: AgentClient, expected: [string, boolean][], from = 0) =>
  socket.next('here', (f: Here) => f.conversationId === conversationId && JSON.stringify(f.people.map((p: HerePerson) => [p.name, p.replying])) === JSON.stringify(expected), undefined, from);
const hereFrames = (frames: unknown[]) => (frames as AgentServerFrame[]).filter((f) => f.type === 'here');

describe('who is here', () => {
  it('two agents and a viewer: each appears to the others; typing shows and lapses; a viewer never replies; a reply sent ends typing', async () => {
    const a = await console_(admin.cookie);
    const m = await console_(mei.cookie);
    const v = await console_(audit.cookie);

    a.send({ type: 'viewing', conversationId });
    await heard(a, [['admin', false]]);
    const aFrom = a.frames.length;
    m.send({ type: 'viewing', conversationId });
    await heard(a, [['admin', false], ['mei', false]], aFrom);
    await heard(m, [['admin', false], ['mei', false]]); // the one who came is told who is there
    v.send({ type: 'viewing', conversationId });
    const everyone: [string, boolean][] = [['admin', false], ['audit', false], ['mei', false]];
    await heard(a, everyone);
    await heard(m, everyone);
    await heard(v, everyone);
    expect((await heard(a, everyone)).people.find((p) => p.name === 'mei')!.agentId).toBe(mei.agent.id);

    // Mei types: the others see her replying; keys again within the lapse change nothing; without keys it lapses.
    let from = a.frames.length;
    m.send({ type: 'viewing', conversationId, replying: true });
    await heard(a, [['admin', false], ['audit', false], ['mei', true]], from);
    await heard(v, [['admin', false], ['audit', false], ['mei', true]]);
    m.send({ type: 'viewing', conversationId, replying: true });
    await settled(m.raw);
    expect(hereFrames((await settled(a.raw)).slice(from))).toHaveLength(1);
    await heard(a, everyone, a.frames.length); // about 5 s without a key

    // A viewer saying it types is still shown as viewing (and nobody is told anything new).
    from = a.frames.length;
    v.send({ type: 'viewing', conversationId, replying: true });
    await settled(v.raw);
    expect(hereFrames((await settled(a.raw)).slice(from))).toEqual([]);

    // The admin claims, types, sends: replying ends with the reply, not seconds later.
    a.send({ type: 'claim', conversationId, ref: 'here-claim-01' });
    await a.next('done', (d) => d.ref === 'here-claim-01');
    from = m.frames.length;
    a.send({ type: 'viewing', conversationId, replying: true });
    await heard(m, [['admin', true], ['audit', false], ['mei', false]], from);
    from = m.frames.length;
    const sentAt = Date.now();
    a.send({ type: 'send', conversationId, clientId: 'here-reply-0001', text: 'Hello, I can help' });
    await heard(m, everyone, from);
    expect(Date.now() - sentAt).toBeLessThan(4_000);
    // Showing nothing: gone from the others' lists at once.
    from = a.frames.length;
    m.send({ type: 'viewing', conversationId: null });
    v.send({ type: 'viewing', conversationId: null });
    await heard(a, [['admin', false]], from);
    a.send({ type: 'viewing', conversationId: null });
    await settled(a.raw);
    for (const s of [a, m, v]) s.close();
  }, 60_000);

  it('one person with two tabs counts once; leaving by unwatch, by showing nothing and by closing the socket', async () => {
    const a = await console_(admin.cookie);
    const m1 = await console_(mei.cookie);
    const m2 = await console_(mei.cookie);
    const v = await console_(audit.cookie);
    a.send({ type: 'viewing', conversationId });
    await heard(a, [['admin', false]], 0);
    m1.send({ type: 'viewing', conversationId });
    await heard(a, [['admin', false], ['mei', false]]);
    m2.send({ type: 'viewing', conversationId });
    await heard(m2, [['admin', false], ['mei', false]]); // the second tab is told; nobody else hears a change
    let from = a.frames.length;
    m2.send({ type: 'viewing', conversationId, replying: true }); // typing in one tab: Mei is replying
    await heard(a, [['admin', false], ['mei', true]], from);
    from = a.frames.length;
    m2.close(); // the tab that typed closes: Mei is still here, viewing, in the other
    await heard(a, [['admin', false], ['mei', false]], from);
    from = a.frames.length;
    m1.send({ type: 'unwatch', conversationId });
    await heard(a, [['admin', false]], from);
    v.send({ type: 'viewing', conversationId });
    await heard(a, [['admin', false], ['audit', false]], from);
    from = a.frames.length;
    v.close();
    await heard(a, [['admin', false]], from);
    // Showing another thing (nothing): gone from the list of the people still there.
    const w = await console_(mei.cookie);
    w.send({ type: 'viewing', conversationId });
    await heard(a, [['admin', false], ['mei', false]], from);
    from = a.frames.length;
    w.send({ type: 'viewing', conversationId: null });
    await heard(a, [['admin', false]], from);
  }, 60_000);

  it('writing a note shows as writing a note; a reply typed in another tab outranks it; the note sent ends it', async () => {
    const a = await console_(admin.cookie);
    const m1 = await console_(mei.cookie);
    const m2 = await console_(mei.cookie);
    a.send({ type: 'viewing', conversationId });
    m1.send({ type: 'viewing', conversationId });
    await heard(a, [['admin', false], ['mei', false]]);
    const notes = (f: Here) => f.people.map((p) => `${p.name}${p.replying ? (p.note ? ' notes' : ' replies') : ''}`).join(',');
    let from = a.frames.length;
    m1.send({ type: 'viewing', conversationId, replying: true, note: true });
    expect(notes(await heard(a, [['admin', false], ['mei', true]], from))).toBe('admin,mei notes');
    // Her other tab types a reply: she is replying (the duplicate the notice warns of), not writing a note.
    from = a.frames.length;
    m2.send({ type: 'viewing', conversationId, replying: true });
    expect(notes(await a.next('here', (f: Here) => notes(f) === 'admin,mei replies', undefined, from))).toBe('admin,mei replies');
    from = a.frames.length;
    m2.close();
    expect(notes(await a.next('here', (f: Here) => notes(f) === 'admin,mei notes', undefined, from))).toBe('admin,mei notes');
    // The note goes: she is viewing again at once, not seconds later.
    from = a.frames.length;
    const sentAt = Date.now();
    m1.send({ type: 'note', conversationId, clientId: 'here-note-00001', text: 'checking the top-up' });
    await heard(a, [['admin', false], ['mei', false]], from);
    expect(Date.now() - sentAt).toBeLessThan(4_000);
    for (const s of [a, m1]) s.close();
  }, 60_000);

  it('a new name shows in the others’ lists without a reconnect: the agent’s own profile, and an admin’s edit', async () => {
    const a = await console_(admin.cookie);
    const m = await console_(mei.cookie);
    a.send({ type: 'viewing', conversationId });
    m.send({ type: 'viewing', conversationId });
    await heard(a, [['admin', false], ['mei', false]]);
    let from = a.frames.length;
    expect((await api(server, mei.cookie, 'PATCH', '/api/v1/auth/me', { name: 'Mei Wong' })).status).toBe(200);
    await heard(a, [['admin', false], ['Mei Wong', false]], from);
    await heard(m, [['admin', false], ['Mei Wong', false]]); // her own tab's list too (the console leaves her out)
    from = m.frames.length;
    expect((await api(server, admin.cookie, 'PATCH', `/api/v1/agents/${admin.agent.id}`, { name: 'Ada Admin' })).status).toBe(200);
    await heard(m, [['Ada Admin', false], ['Mei Wong', false]], from);
    // Still the same people: the next one to come sees the new names.
    const v = await console_(audit.cookie);
    v.send({ type: 'viewing', conversationId });
    await heard(v, [['Ada Admin', false], ['audit', false], ['Mei Wong', false]]);
    for (const s of [a, m, v]) s.close();
    await api(server, admin.cookie, 'PATCH', `/api/v1/agents/${admin.agent.id}`, { name: 'admin' });
    await api(server, mei.cookie, 'PATCH', '/api/v1/auth/me', { name: 'mei' });
  }, 60_000);

  it('refuses a conversation the socket does not watch and malformed frames, with typed errors', async () => {
    const m = await AgentClient.connect(server, mei.cookie);
    opened.push(m);
    await m.hello();
    m.send({ type: 'viewing', conversationId });
    expect(await m.next('error')).toMatchObject({ code: 'bad_frame', path: 'conversationId' });
    let from = m.frames.length;
    m.raw.send({ type: 'viewing', conversationId, replying: 'yes' });
    expect(await m.next('error', () => true, undefined, from)).toMatchObject({ code: 'bad_frame', path: 'replying' });
    from = m.frames.length;
    m.raw.send({ type: 'viewing' });
    expect(await m.next('error', () => true, undefined, from)).toMatchObject({ code: 'bad_frame', path: 'conversationId' });
    expect(hereFrames(await settled(m.raw))).toEqual([]);
  });

  it('the visitor never hears who is here, nor the agents’ names from it', async () => {
    const frames = await settled(visitor);
    expect(frames.map((f) => f.type)).not.toContain('here');
    expect(JSON.stringify(frames)).not.toContain('audit');
    expect(JSON.stringify(frames)).not.toContain('mei');
  });
});
