import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMemoryBus } from '../../server/bus/memory.ts';
import type { ConversationEvent } from '../../server/bus/types.ts';
import { createQueuePlaces } from '../../server/services/queue-places.ts';
import { openSqliteStorage } from '../../server/storage/sqlite.ts';

type State = Extract<ConversationEvent, { type: 'state' }>;

const dir = mkdtempSync(path.join(tmpdir(), 'kefu-places-'));
const storage = openSqliteStorage(path.join(dir, 'kefu.sqlite'));
afterAll(async () => {
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => vi.useRealTimers());

const bot = { status: 'bot' as const, agentId: null };
const waiting = { status: 'waiting' as const, agentId: null };

async function queueOf(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const v = await storage.createVisitor(`places-${Math.random()}`, 'en');
    const c = await storage.openConversation(v.id, 'en');
    await storage.transitionConversation(c.id, bot, waiting, { type: 'queued', actor: 'visitor', agentId: null, reason: 'asked' });
    await new Promise((r) => setTimeout(r, 2)); // distinct waiting_since
    ids.push(c.id);
  }
  return ids;
}

describe('queue places, coalesced', () => {
  it('many queue changes between two ticks give each waiting visitor one update, with the right place; no change, no frame', async () => {
    const ids = await queueOf(6);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const bus = createMemoryBus();
    // The place is what this test checks; reach and estimates are the handoff service's (tested with it).
    const states = async (ranked: readonly { conversation: { id: string; stateVersion: number }; position: number }[]) =>
      ranked.map(({ conversation: c, position }): State => ({ type: 'state', conversationId: c.id, version: c.stateVersion, status: 'waiting', agentName: null, queuePosition: position }));
    const places = createQueuePlaces({ storage, bus, states, intervalMs: 3_000, onError: (err) => { throw err; } });
    await places.start();
    const got = new Map<string, State[]>(ids.map((id) => [id, []]));
    // Each socket was told its place when it started waiting (99 here: what the ticks must correct).
    for (const id of ids) places.watch({ type: 'state', conversationId: id, version: 1, status: 'waiting', agentName: null, queuePosition: 99 }, (s) => got.get(id)!.push(s));

    // Three chats claimed, one after another: three queue changes, three desk events, no frame yet.
    const claimedIds = ids.slice(0, 3);
    for (const id of claimedIds) {
      await storage.transitionConversation(id, waiting, { status: 'assigned', agentId: null }, { type: 'claimed', actor: 'system', agentId: null });
      await places.changed();
    }
    expect([...got.values()].flat()).toEqual([]);

    await vi.advanceTimersByTimeAsync(3_000);
    await vi.waitFor(() => expect(got.get(ids[5]!)).toHaveLength(1), { timeout: 5_000 });
    for (const id of claimedIds) expect(got.get(id)).toEqual([]); // no longer waiting: ranked out
    expect(ids.slice(3).map((id) => got.get(id)!.map((s) => s.queuePosition))).toEqual([[1], [2], [3]]);
    expect(got.get(ids[3]!)![0]).toMatchObject({ status: 'waiting', version: 1 });

    // A tick with no change sends nothing; a change that moved no place sends nothing either.
    await vi.advanceTimersByTimeAsync(3_000);
    await places.changed();
    await vi.advanceTimersByTimeAsync(3_000);
    await new Promise((r) => setTimeout(r, 50)); // let a (wrong) tick's query finish
    expect(ids.slice(3).map((id) => got.get(id)!.length)).toEqual([1, 1, 1]);
    places.stop();
  });
});
