import { describe, expect, it } from 'vitest';
import type { AgentServerFrame } from '../../protocol/index.ts';
import { TestClient } from '../helpers/ws-client.ts';
import { AgentClient, addAgent, serverWithAdmin } from '../helpers/agent-client.ts';

type Previews = Extract<AgentServerFrame, { type: 'previews' }>;

const ctx = serverWithAdmin();

/** The previews of one conversation an agent socket received (from the frame at `from` on). */
const previewsOf = (agent: AgentClient, id: string, from = 0) =>
  agent.frames
    .slice(from)
    .filter((f): f is Previews => f.type === 'previews')
    .flatMap((f) => f.previews.filter((p) => p.id === id));

async function visitorInQueue(text: string) {
  const v = await TestClient.connect(`${ctx.server.wsUrl}/ws/visitor`, ctx.server.url);
  v.send({ type: 'hello', v: 1, locale: 'zh-CN' });
  const id = (await v.next('welcome')).conversationId;
  v.send({ type: 'send', clientId: `${text.length}-queue-0001`, text });
  await v.next('state', (s) => s.status === 'waiting');
  return { v, id };
}

describe("every console's inbox rows move on with each person's message", () => {
  it('a console that does not follow a chat (another agent took it) gets its visitor’s and its agent’s messages as previews', async () => {
    const { server, admin } = ctx;
    const other = await addAgent(server, admin.cookie, 'lin@example.com');
    const owner = await AgentClient.connect(server, admin.cookie);
    await owner.hello();
    const bystander = await AgentClient.connect(server, other.cookie);
    await bystander.hello();

    const { v, id } = await visitorInQueue('转人工');
    owner.send({ type: 'claim', conversationId: id, ref: 'claim-prev-01' });
    await owner.next('done', (d) => d.ref === 'claim-prev-01');
    owner.send({ type: 'watch', conversationId: id, lastSeq: 0 });
    await owner.next('synced', (s) => s.conversationId === id);
    const claimed = await bystander.conversation(id, 'assigned');

    const from = bystander.frames.length;
    v.send({ type: 'send', clientId: 'prev-visitor-1', text: '我的退款还没到，已经三天了' });
    const said = await bystander.next('previews', (f) => f.previews.some((p) => p.id === id && p.preview?.text === '我的退款还没到，已经三天了'), 5000, from);
    const row = said.previews.find((p) => p.id === id)!;
    expect(row.preview?.author).toBe('visitor');
    expect(row.visitorMessages).toBe(2);
    expect(row.lastSeq).toBeGreaterThan(claimed.conversation.lastSeq);
    // Nothing of it came as a message: the bystander follows no chat.
    expect(bystander.frames.some((f) => f.type === 'message')).toBe(false);

    owner.send({ type: 'send', conversationId: id, clientId: 'prev-agent-01', text: '您好，我来帮您查一下退款' });
    const answered = await bystander.next('previews', (f) => f.previews.some((p) => p.id === id && p.preview?.author === 'agent'), 5000, from);
    expect(answered.previews.find((p) => p.id === id)).toMatchObject({ preview: { text: '您好，我来帮您查一下退款' }, visitorMessages: 2 });

    // Masked like the message itself for a console that may not see contact details.
    v.send({ type: 'send', clientId: 'prev-visitor-2', text: '我的电话是 13800138000' });
    const masked = await bystander.next('previews', (f) => f.previews.some((p) => p.id === id && p.visitorMessages === 3), 5000, from);
    expect(masked.previews.find((p) => p.id === id)!.preview?.text).toMatch(/^我的电话是 (?!13800138000)/);
    v.close();
    owner.close();
    bystander.close();
  });

  it('the queue’s rows too, and n consoles cost n frames a moment, not n frames a message (coalesced)', async () => {
    const { server, admin } = ctx;
    const consoles = await Promise.all([admin.cookie, ...(await Promise.all(['a', 'b', 'c'].map((n) => addAgent(server, admin.cookie, `${n}-prev@example.com`)))).map((x) => x.cookie)].map((cookie) => AgentClient.connect(server, cookie)));
    for (const c of consoles) await c.hello();
    const [owner] = consoles as [AgentClient, ...AgentClient[]];

    // A waiting visitor writes again: every console's queue row shows it.
    const { v, id } = await visitorInQueue('人工客服');
    const from = consoles.map((c) => c.frames.length);
    v.send({ type: 'send', clientId: 'prev-queue-02', text: '请问还要等多久' });
    for (const [i, c] of consoles.entries()) await c.next('previews', (f) => f.previews.some((p) => p.id === id && p.preview?.text === '请问还要等多久'), 5000, from[i]);

    // Twenty replies at once: each console gets the last, in far fewer frames than replies.
    owner.send({ type: 'claim', conversationId: id, ref: 'claim-prev-02' });
    await owner.next('done', (d) => d.ref === 'claim-prev-02');
    const before = consoles.map((c) => c.frames.length);
    for (let n = 1; n <= 20; n++) owner.send({ type: 'send', conversationId: id, clientId: `prev-burst-${String(n).padStart(2, '0')}`, text: `回复 ${n}` });
    await owner.next('ack', (a) => a.clientId === 'prev-burst-20');
    for (const [i, c] of consoles.entries()) await c.next('previews', (f) => f.previews.some((p) => p.id === id && p.preview?.text === '回复 20'), 5000, before[i]);
    const frames = consoles.map((c, i) => previewsOf(c, id, before[i]).length);
    expect(frames.every((n) => n >= 1 && n <= 3)).toBe(true);
    v.close();
    for (const c of consoles) c.close();
  });
});
