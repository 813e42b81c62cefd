import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMemoryBus } from '../../server/bus/memory.ts';
import { createMemoryPresence } from '../../server/cluster/memory-presence.ts';
import { createAgentChannel } from '../../server/services/agent-channel.ts';
import { createAvailability } from '../../server/services/availability.ts';
import { createHandoffService } from '../../server/services/handoff.ts';
import { createQueuePlaces } from '../../server/services/queue-places.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';
import type { Storage } from '../../server/storage/types.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kefu-agents-kept-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Every visitor's state asks who is online, from the agents' table: a node keeps the table it read (a dead node's
 * thousands of visitors come back at once) and drops it when any node says the agents changed (the admin's `agents`
 * frame on the desk channel, which every node hears).
 */
describe("a node's copy of the agents' table", () => {
  it('is read once for many visitor states, and again as soon as the desk channel says the agents changed', async () => {
    const storage = openSqliteStorage(path.join(dir, 'kefu.sqlite'));
    let reads = 0;
    const counted = new Proxy(storage, {
      get: (target, key: keyof Storage) => (key === 'listAgents' ? () => (reads++, target.listAgents()) : target[key]),
    });
    const bus = createMemoryBus();
    const presence = createMemoryPresence();
    const agents = createAgentChannel({ bus, store: presence, refreshMs: 0, onError: (err) => { throw err; } });
    const onError = (err: unknown) => { throw err; };
    const places = createQueuePlaces({ storage, bus, states: async () => [], intervalMs: 1_000, onError });
    const handoff = createHandoffService({ storage: counted, bus, agents, places, routing: 'manual', availability: createAvailability({ store: storage, file: {} }), onError });
    try {
      const agent = await storage.createAgent({ email: 'ana@example.com', name: 'Ana', role: 'agent', passwordHash: 'x', maxChats: 3 });
      await presence.set(agent.id, 'online');
      await agents.start();
      const visitor = await storage.createVisitor('token-hash', 'en');
      const conversation = await storage.openConversation(visitor.id, 'en');

      const states = await Promise.all(Array.from({ length: 20 }, () => handoff.visitorState(conversation)));
      expect(states.map((s) => s.reach?.kind)).toEqual(Array(20).fill('online'));
      expect((await handoff.visitorState(conversation)).reach?.kind).toBe('online');
      expect(reads).toBe(1);

      // Disabled on another node: its admin route sends the consoles the new list on the desk channel (what the list
      // holds is the consoles'; that it came is what this node needs).
      await storage.updateAgent(agent.id, { disabled: true });
      await agents.broadcast({ type: 'agents', agents: [] });
      expect((await handoff.visitorState(conversation)).reach).toMatchObject({ kind: 'away', reason: 'nobody' });
      expect(reads).toBe(2);
    } finally {
      agents.stop();
      await storage.close();
    }
  });
});
