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

/** What the place test checks is the place; reach and estimates are the handoff service's (tested with it). */
const placeStates = async (ranked: readonly { id: string; stateVersion: number; position: number }[]) =>
  ranked.map(({ id, stateVersion, position }): State => ({ type: 'state', conversationId: id, version: stateVersion, status: 'waiting', agentName: null, queuePosition: position }));
const claim = (id: string) => storage.transitionConversation(id, waiting, { status: 'assigned', agentId: null }, { type: 'claimed', actor: 'system', agentId: null });

/** Each of `ids` watched, told place 99 when it started waiting (what the rankings must correct); what each then receives. */
function watchAll(places: ReturnType<typeof createQueuePlaces>, ids: string[]): Map<string, State[]> {
  const got = new Map<string, State[]>(ids.map((id) => [id, []]));
  for (const id of ids) places.watch({ type: 'state', conversationId: id, version: 1, status: 'waiting', agentName: null, queuePosition: 99 }, (s) => got.get(id)!.push(s));
  return got;
}

describe('queue places, coalesced', () => {
  it('many queue changes between two rankings give each waiting visitor one update, with the right place; no change, no frame', async () => {
    const ids = await queueOf(6);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const places = createQueuePlaces({ storage, bus: createMemoryBus(), states: placeStates, intervalMs: 3_000, onError: (err) => { throw err; } });
    await places.start();
    const got = watchAll(places, ids);

    // Three chats claimed, one after another: three queue changes, three desk events, one ranking for all of them.
    const claimedIds = ids.slice(0, 3);
    for (const id of claimedIds) {
      await claim(id);
      await places.changed();
    }
    expect([...got.values()].flat()).toEqual([]);

    await vi.advanceTimersByTimeAsync(0); // the first change after a quiet interval is ranked at once
    await vi.waitFor(() => expect(got.get(ids[5]!)).toHaveLength(1), { timeout: 5_000 });
    for (const id of claimedIds) expect(got.get(id)).toEqual([]); // no longer waiting: ranked out
    expect(ids.slice(3).map((id) => got.get(id)!.map((s) => s.queuePosition))).toEqual([[1], [2], [3]]);
    expect(got.get(ids[3]!)![0]).toMatchObject({ status: 'waiting', version: 1 });

    // A tick with no change sends nothing; a change that moved no place sends nothing either.
    await vi.advanceTimersByTimeAsync(3_000);
    await places.changed();
    await vi.advanceTimersByTimeAsync(3_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(ids.slice(3).map((id) => got.get(id)!.length)).toEqual([1, 1, 1]);
    places.stop();
  });

  it('ranks at most once an interval while the queue keeps moving, and a ranking slower than the interval delays the next only by its overrun', async () => {
    const ids = await queueOf(5);
    const ahead = (await storage.queuePosition(ids[0]!))! - 1; // left waiting by the test above
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    let rankings = 0;
    /** While set, a ranking waits for it (a slow one). */
    let slow: Promise<void> | null = null;
    const states = async (ranked: readonly { id: string; stateVersion: number; position: number }[]) => {
      rankings += 1;
      await slow;
      return placeStates(ranked);
    };
    const places = createQueuePlaces({ storage, bus: createMemoryBus(), states, intervalMs: 3_000, onError: (err) => { throw err; } });
    await places.start();
    const got = watchAll(places, ids);

    await claim(ids[0]!);
    await places.changed();
    await vi.advanceTimersByTimeAsync(0);
    expect(rankings).toBe(1);
    expect(got.get(ids[4]!)!.map((s) => s.queuePosition)).toEqual([ahead + 4]);
    await claim(ids[1]!);
    await places.changed();
    await vi.advanceTimersByTimeAsync(2_999);
    expect(rankings).toBe(1); // the queue moved within the interval: not ranked again yet
    let finish = () => {};
    slow = new Promise((resolve) => (finish = resolve));
    await vi.advanceTimersByTimeAsync(1);
    expect(rankings).toBe(2); // one interval after the first ranking started

    // This ranking takes 5 s; the queue moves meanwhile: the next starts as it ends, not at the next whole interval.
    await claim(ids[2]!);
    await places.changed();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(rankings).toBe(2);
    slow = null;
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(rankings).toBe(3);
    expect(got.get(ids[4]!)!.map((s) => s.queuePosition)).toEqual([ahead + 4, ahead + 3, ahead + 2]);
    places.stop();
  });
});
