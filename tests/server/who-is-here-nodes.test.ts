import { afterEach, describe, expect, it } from 'vitest';
import type { AgentServerFrame } from '../../protocol/index.ts';
import { createMemoryBus } from '../../server/bus/memory.ts';
import type { Bus } from '../../server/bus/types.ts';
import { createWhoIsHere, type HereLink, type WhoIsHere } from '../../server/services/who-is-here.ts';
import { waitFor } from '../helpers/wait.ts';

/**
 * Who-is-here between nodes, on one in-process bus standing for Redis (the two-node test over real Redis is in
 * cluster/): each node's people reach the other's consoles, a node that leaves tells the others, and one that dies
 * (publishes nothing more) is dropped after three refresh periods, with no ghost left.
 */
const REFRESH_MS = 100;
const started: WhoIsHere[] = [];
afterEach(() => {
  for (const here of started.splice(0)) here.stop();
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
  const wrapped: Bus = { ...bus, publish: (id, event) => (state.dead ? Promise.resolve() : bus.publish(id, event)) };
  return { bus: wrapped, state };
}

describe('who is here across nodes', () => {
  it('each node’s people reach the other’s consoles, typing included; a person on both nodes counts once', async () => {
    const bus = createMemoryBus();
    const n1 = node(bus, 'n1');
    const n2 = node(bus, 'n2');
    const admin = link('a1', 'admin');
    const mei = link('a2', 'mei');
    const meiElsewhere = link('a2', 'mei');
    n1.here.show(admin.link, 'c1', false);
    n2.here.show(mei.link, 'c1', false);
    await waitFor(() => admin.names() === 'admin,mei' && mei.names() === 'admin,mei', 'both nodes see both');
    n1.here.show(meiElsewhere.link, 'c1', true);
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
    n1.here.show(admin.link, 'c1', false);
    n2.here.show(mei.link, 'c1', false);
    await waitFor(() => admin.names() === 'admin,mei', 'n1 sees mei');
    // Alive and quiet (no change) for longer than the expiry: refreshed, still there.
    await new Promise((r) => setTimeout(r, 5 * REFRESH_MS));
    expect(admin.names()).toBe('admin,mei');
    gone.state.dead = true;
    const diedAt = Date.now();
    await waitFor(() => admin.names() === 'admin', 'mei dropped with her node', 5_000);
    expect(Date.now() - diedAt).toBeGreaterThanOrEqual(2 * REFRESH_MS);
  });
});
