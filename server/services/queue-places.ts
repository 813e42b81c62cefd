import type { Bus, ConversationEvent, DeskEvent } from '../bus/types.ts';
import type { QueueEntry } from '../storage/agent-types.ts';
import type { Storage } from '../storage/types.ts';
import type { IdleStore } from '../storage/idle-types.ts';
import { paced } from '../paced.ts';

type StateEvent = Extract<ConversationEvent, { type: 'state' }>;
type Send = (state: StateEvent) => void;

/** At most this many waiting conversations are ranked (a queue longer than this shows its tail no place updates). */
const MAX_RANKED = 50_000;

/**
 * Queue places, coalesced. A change to the queue (a chat entered or left it, agents came or went) is one
 * desk event, not a frame per waiting visitor; each node then, at most once per interval, ranks the queue
 * with one query and sends each of ITS waiting visitors their place if it changed. So a queue of n drained
 * one claim at a time costs each node about n / interval frames per second instead of n² frames in all,
 * and a place shown is at most one interval (plus the ranking and its sending) old.
 *
 * A ranking starts at once when the queue changes after a quiet interval, else one interval after the last
 * one started (or as soon as it ends, when it took longer): a slow ranking delays the next by its overrun,
 * never by a whole skipped interval.
 *
 * A place is counted within the conversation's team (everyone's queue is one more team): a visitor waiting for
 * the fraud team is not behind the refund team's queue. Each node also stamps, every `seenMs`, the waiting
 * conversations whose visitor has a socket on it (and each at once when it starts watching): a waiting entry
 * nobody stamps for the grace time is the visitor's who left (see idle-sweep.ts).
 */
/** What a visitor sees of a state (the same key: nothing new to send). */
function shownKey(state: StateEvent): string {
  const { conversationId: _id, version: _version, ...shown } = state;
  return JSON.stringify(shown);
}

export interface QueuePlaces {
  start(): Promise<void>;
  stop(): void;
  /** A socket here shows this waiting conversation (`shown`: what it was just sent): it gets place updates until `forget`. */
  watch(shown: StateEvent, send: Send): void;
  forget(conversationId: string, send: Send): void;
  /** The queue moved: tell every node. */
  changed(): Promise<void>;
}

export function createQueuePlaces(deps: {
  storage: Pick<Storage, 'rankQueue'> & Pick<IdleStore, 'markVisitorsSeen'>;
  bus: Bus;
  /** The `state` of waiting conversations at these places (the handoff service knows reach and estimates). */
  states: (ranked: readonly QueueEntry[]) => Promise<StateEvent[]>;
  intervalMs: number;
  /** How often this node stamps its waiting visitors as seen (default 30 s). */
  seenMs?: number;
  onError: (err: unknown) => void;
  /** Each place update sent (for the bench and /metrics). */
  onSent?: () => void;
}): QueuePlaces {
  const watchers = new Map<string, Send[]>();
  /** What each watched conversation was last told (place and estimate), to send only changes. */
  const told = new Map<string, string>();
  let dirty = false;
  let stopped = true;
  let seenTimer: NodeJS.Timeout | null = null;
  const stamp = (ids: string[]) => void deps.storage.markVisitorsSeen(ids, Date.now()).catch(deps.onError);
  let unsubscribe: (() => void) | null = null;

  /** The next ranking, when one is owed (see paced.ts: at once after a quiet interval, else an interval after the last). */
  const pace = paced({ intervalMs: deps.intervalMs, due: () => !stopped && dirty && watchers.size > 0, run: tick, onError: deps.onError });
  const schedule = () => pace.ask();

  async function tick(): Promise<void> {
    dirty = false;
    // Only this node's watched ones matter; the ranking query counts every place.
    const ranked = (await deps.storage.rankQueue(MAX_RANKED)).filter((entry) => watchers.has(entry.id));
    for (const state of await deps.states(ranked)) {
      const sends = watchers.get(state.conversationId);
      const key = shownKey(state);
      if (!sends || told.get(state.conversationId) === key) continue;
      told.set(state.conversationId, key);
      for (const send of sends) send(state);
      deps.onSent?.();
    }
  }

  const onDesk = (event: DeskEvent) => {
    if (event.type !== 'queue_changed' && event.type !== 'presence_changed') return;
    dirty = true;
    schedule();
  };

  return {
    async start() {
      stopped = false;
      unsubscribe = await deps.bus.subscribeDesk(onDesk);
      seenTimer = setInterval(() => watchers.size > 0 && stamp([...watchers.keys()]), deps.seenMs ?? 30_000);
      seenTimer.unref();
    },
    stop() {
      stopped = true;
      unsubscribe?.();
      pace.cancel();
      if (seenTimer) clearInterval(seenTimer);
    },
    watch(shown, send) {
      const { conversationId } = shown;
      told.set(conversationId, shownKey(shown));
      const sends = watchers.get(conversationId);
      if (!sends) {
        watchers.set(conversationId, [send]);
        stamp([conversationId]);
        schedule(); // a change that came while nobody here waited may predate what this socket was sent
      } else if (!sends.includes(send)) sends.push(send);
    },
    forget(conversationId, send) {
      const sends = watchers.get(conversationId);
      const at = sends?.indexOf(send) ?? -1;
      if (!sends || at < 0) return;
      sends.splice(at, 1);
      if (sends.length > 0) return;
      watchers.delete(conversationId);
      told.delete(conversationId);
    },
    changed() {
      return deps.bus.publishDesk({ type: 'queue_changed' });
    },
  };
}
