import type { Bus, ConversationEvent, DeskEvent } from '../bus/types.ts';
import type { Conversation, Storage } from '../storage/types.ts';
import type { IdleStore } from '../storage/idle-types.ts';

type StateEvent = Extract<ConversationEvent, { type: 'state' }>;
type Send = (state: StateEvent) => void;

/** At most this many waiting conversations are ranked (a queue longer than this shows its tail no place updates). */
const MAX_RANKED = 50_000;

/**
 * Queue places, coalesced. A change to the queue (a chat entered or left it, agents came or went) is one
 * desk event, not a frame per waiting visitor; each node then, at most once per interval, ranks the queue
 * with one query and sends each of ITS waiting visitors their place if it changed. So a queue of n drained
 * one claim at a time costs each node about n / interval frames per second instead of n² frames in all,
 * and a place shown is at most one interval (plus the query) old.
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
  storage: Pick<Storage, 'listConversations'> & Pick<IdleStore, 'markVisitorsSeen'>;
  bus: Bus;
  /** The `state` of waiting conversations at these places (the handoff service knows reach and estimates). */
  states: (ranked: readonly { conversation: Conversation; position: number }[]) => Promise<StateEvent[]>;
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
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  let seenTimer: NodeJS.Timeout | null = null;
  const stamp = (ids: string[]) => void deps.storage.markVisitorsSeen(ids, Date.now()).catch(deps.onError);
  let unsubscribe: (() => void) | null = null;

  async function tick(): Promise<void> {
    if (!dirty || running || watchers.size === 0) return;
    dirty = false;
    running = true;
    try {
      const waiting = (await deps.storage.listConversations('waiting', MAX_RANKED)).sort((a, b) => (a.waitingSince ?? 0) - (b.waitingSince ?? 0));
      // A place is 1 + the number of its team's queue who started waiting strictly earlier; only this node's
      // watched ones matter.
      const ranked: { conversation: Conversation; position: number }[] = [];
      const teams = new Map<string, { count: number; since: number; earlier: number }>();
      for (const c of waiting) {
        const team = teams.get(c.teamId ?? '') ?? { count: 0, since: 0, earlier: 0 };
        const since = c.waitingSince ?? 0;
        if (team.count > 0 && team.since < since) team.earlier = team.count;
        team.count += 1;
        team.since = since;
        teams.set(c.teamId ?? '', team);
        if (watchers.has(c.id)) ranked.push({ conversation: c, position: team.earlier + 1 });
      }
      for (const state of await deps.states(ranked)) {
        const sends = watchers.get(state.conversationId);
        const key = shownKey(state);
        if (!sends || told.get(state.conversationId) === key) continue;
        told.set(state.conversationId, key);
        for (const send of sends) send(state);
        deps.onSent?.();
      }
    } finally {
      running = false;
    }
  }

  const onDesk = (event: DeskEvent) => {
    if (event.type === 'queue_changed' || event.type === 'presence_changed') dirty = true;
  };

  return {
    async start() {
      unsubscribe = await deps.bus.subscribeDesk(onDesk);
      timer = setInterval(() => void tick().catch(deps.onError), deps.intervalMs);
      timer.unref();
      seenTimer = setInterval(() => watchers.size > 0 && stamp([...watchers.keys()]), deps.seenMs ?? 30_000);
      seenTimer.unref();
    },
    stop() {
      unsubscribe?.();
      if (timer) clearInterval(timer);
      if (seenTimer) clearInterval(seenTimer);
    },
    watch(shown, send) {
      const { conversationId } = shown;
      told.set(conversationId, shownKey(shown));
      const sends = watchers.get(conversationId);
      if (!sends) {
        watchers.set(conversationId, [send]);
        stamp([conversationId]);
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
