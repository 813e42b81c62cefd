import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgentServerFrame } from '../../protocol/index.ts';
import { createMemoryBus } from '../../server/bus/memory.ts';
import type { Bus, DeskEvent } from '../../server/bus/types.ts';
import { createWhoIsHere, type HereLink, type WhoIsHere } from '../../server/services/who-is-here.ts';
import { waitFor } from '../helpers/wait.ts';

/**
 * Who-is-here between nodes, on one in-process bus standing for Redis (the two-node test over real Redis is in
 * cluster/): each node's people reach the other's consoles, a node that leaves tells the others, and one that dies
 * (publishes nothing more) is dropped after three refresh periods, with no ghost left; a node says it all in one
 * desk message per period, however many chats it shows, and nothing on the conversations' topics.
 */
const REFRESH_MS = 100;
const started: WhoIsHere[] = [];
afterEach(() => {
  for (const here of started.splice(0)) here.stop();
  vi.useRealTimers();
});

function node(bus: Bus, nodeId: string) {
  const errors: unknown[] = [];
  const here = createWhoIsHere({ bus, nodeId, refreshMs: REFRESH_MS, onError: (err) => errors.push(err) });
  started.push(here);
  return { here, errors };
}
function link(agentId: string, name: string, viewer = false) {
  const frames: Extract<AgentServerFrame, { type: 'here' }>[] = [];
  const l: HereLink = { agentId, name, viewer, send: (f) => void (f.type === 'here' && frames.push(f)) };
  const names = () => (frames.at(-1)?.people ?? []).map((p) => `${p.name}${p.replying ? '…' : ''}`).join(',');
  return { link: l, frames, names };
}
/** A bus whose publishes stop reaching anyone once `dead` (a node whose process is gone). */
function dying(bus: Bus) {
  const state = { dead: false };
  const wrapped: Bus = {
    ...bus,
    publish: (id, event) => (state.dead ? Promise.resolve() : bus.publish(id, event)),
    publishDesk: (event) => (state.dead ? Promise.resolve() : bus.publishDesk(event)),
  };
  return { bus: wrapped, state };
}
/** A bus that counts what is published: on conversations' topics, and who-is-here's messages on the desk. */
function counting(bus: Bus) {
  const sent = { topics: 0, here: [] as Extract<DeskEvent, { type: 'here' }>[] };
  const wrapped: Bus = {
    ...bus,
    publish: (id, event) => ((sent.topics += 1), bus.publish(id, event)),
    publishDesk: (event) => (event.type === 'here' && sent.here.push(event), bus.publishDesk(event)),
  };
  return { bus: wrapped, sent };
}

describe('who is here across nodes', () => {
  it('each node’s people reach the other’s consoles, typing included; a person on both nodes counts once', async () => {
    const bus = createMemoryBus();
    const n1 = node(bus, 'n1');
    const n2 = node(bus, 'n2');
    const admin = link('a1', 'admin');
    const mei = link('a2', 'mei');
    const meiElsewhere = link('a2', 'mei');
    n1.here.show(admin.link, 'c1', null);
    n2.here.show(mei.link, 'c1', null);
    await waitFor(() => admin.names() === 'admin,mei' && mei.names() === 'admin,mei', 'both nodes see both');
    n1.here.show(meiElsewhere.link, 'c1', 'reply');
    await waitFor(() => mei.names() === 'admin,mei…', 'mei typing on n1, seen on n2');
    expect(admin.names()).toBe('admin,mei…');
    n1.here.sent(meiElsewhere.link, 'c1');
    await waitFor(() => mei.names() === 'admin,mei', 'the reply went');
    n1.here.leave(meiElsewhere.link);
    n1.here.leave(admin.link);
    await waitFor(() => mei.names() === 'mei', 'n1 left: n2 told at once');
    expect([...n1.errors, ...n2.errors]).toEqual([]);
  });

  it('a node that dies is dropped after three refresh periods; a live one is kept', async () => {
    const bus = createMemoryBus();
    const n1 = node(bus, 'n1');
    const gone = dying(bus);
    const n2 = node(gone.bus, 'n2');
    const admin = link('a1', 'admin');
    const mei = link('a2', 'mei');
    n1.here.show(admin.link, 'c1', null);
    n2.here.show(mei.link, 'c1', null);
    await waitFor(() => admin.names() === 'admin,mei', 'n1 sees mei');
    // Alive and quiet (no change) for longer than the expiry: refreshed, still there.
    await new Promise((r) => setTimeout(r, 5 * REFRESH_MS));
    expect(admin.names()).toBe('admin,mei');
    gone.state.dead = true;
    const diedAt = Date.now();
    await waitFor(() => admin.names() === 'admin', 'mei dropped with her node', 5_000);
    expect(Date.now() - diedAt).toBeGreaterThanOrEqual(2 * REFRESH_MS);
  });

  it('one message per node per refresh period carrying all its chats, none on the conversations’ topics (N chats, 2 nodes, K periods)', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
    const counted = counting(createMemoryBus());
    const n1 = node(counted.bus, 'n1');
    const n2 = node(counted.bus, 'n2');
    const N = 6;
    const K = 4;
    const seen: ReturnType<typeof link>[] = [];
    for (let i = 0; i < N; i++) {
      // One socket shows one chat: the admin has N tabs on n1, Mei N on n2.
      const admin = link('a1', 'admin');
      const mei = link('a2', 'mei');
      n1.here.show(admin.link, `c${i}`, null);
      n2.here.show(mei.link, `c${i}`, null);
      seen.push(admin, mei);
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.map((s) => s.names())).toEqual(seen.map(() => 'admin,mei'));
    // Coming: each node's first shows of a chat go out together (one turn of the event loop), asking the other.
    expect(counted.sent.here.length).toBeLessThanOrEqual(4);
    counted.sent.here.length = 0;
    await vi.advanceTimersByTimeAsync(K * REFRESH_MS);
    // Session 41's refresh was one message per chat per node on the chat's topic: 2·N·K = 48 here, heard by visitors too.
    expect(counted.sent.topics).toBe(0);
    expect(counted.sent.here).toHaveLength(2 * K);
    for (const event of counted.sent.here) {
      expect(event.full).toBe(true);
      expect(event.chats.map((c) => c.conversationId).sort()).toEqual(Array.from({ length: N }, (_, i) => `c${i}`).sort());
    }
    expect(seen.map((s) => s.names())).toEqual(seen.map(() => 'admin,mei'));
    // A change is one message for the chats it touched, and the quiet periods after it one each again.
    counted.sent.here.length = 0;
    n2.here.show(seen[1]!.link, 'c0', 'note');
    await vi.advanceTimersByTimeAsync(0);
    expect(counted.sent.here).toEqual([{ type: 'here', node: 'n2', chats: [{ conversationId: 'c0', people: [{ agentId: 'a2', name: 'mei', replying: true, note: true }] }] }]);
    expect(seen[0]!.names()).toBe('admin,mei…');
    expect([...n1.errors, ...n2.errors]).toEqual([]);
  });

  it('a rename on one node reaches the other’s consoles with that node’s next message, not a reconnect', async () => {
    const bus = createMemoryBus();
    const nodes = [node(bus, 'n1'), node(bus, 'n2')];
    const [admin, mei] = [link('a1', 'admin'), link('a2', 'mei')];
    nodes[0]!.here.show(admin.link, 'c1', null);
    nodes[1]!.here.show(mei.link, 'c1', null);
    await waitFor(() => admin.names() === 'admin,mei', 'n1 sees mei');
    // Every node hears the agents list (the desk's `agents` frame): each renames its own people, and tells.
    for (const n of nodes) n.here.renamed([{ id: 'a2', name: 'Mei Wong' }]);
    await waitFor(() => admin.names() === 'admin,Mei Wong' && mei.names() === 'admin,Mei Wong', 'both see the new name');
  });
});
