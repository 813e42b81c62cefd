import type { IdleStore } from '../storage/idle-types.ts';
import type { ConversationService } from './conversations.ts';
import { HandoffError, type HandoffService } from './handoff.ts';
import { systemLine } from './system-lines.ts';
import { botLanguage } from './written-language.ts';

/** When the sweep acts; 0 turns that part off. */
export interface IdleTimes {
  /** An open conversation with no message (nor any other change) for this long is closed. */
  closeMs: number;
  /** A waiting entry whose visitor has had no socket open for this long leaves the queue. */
  abandonMs: number;
}

/** At most this many of each per run (a run every minute: the next takes the rest). */
const BATCH = 200;

/**
 * Idle conversations close and abandoned waiting entries leave the queue (run once per cluster, see
 * cluster-jobs.ts). Each is a state change by the system, with its reason in the event log, checked again in the
 * change itself (a message that arrived since, or the visitor who came back, keeps it as it is), and a notice to
 * the visitor in the transcript. Agents' consoles and the visitor's widget see the change like any other.
 */
export function createIdleSweep(deps: {
  storage: Pick<IdleStore, 'idleConversations' | 'abandonedWaiting'>;
  handoff: Pick<HandoffService, 'apply'>;
  conversations: Pick<ConversationService, 'postSystemLine'>;
  times: IdleTimes;
  /**
   * The idle time of the sites that set their own (`idleCloseMinutes`, in ms; 0: never), and of every other
   * conversation (the default site's, else `times.closeMs`). None: `times.closeMs` for all.
   */
  siteIdleMs?: () => Promise<{ bySite: ReadonlyMap<string, number>; otherwise: number }>;
  now?: () => number;
}): { run(): Promise<{ closed: number; abandoned: number }> } {
  const { storage, handoff, conversations, times } = deps;
  /** The change, or false when it no longer applies (someone acted first, or the conversation came alive). */
  const applied = (change: Promise<unknown>) =>
    change.then(
      () => true,
      (err: unknown) => {
        if (err instanceof HandoffError) return false;
        throw err;
      },
    );

  return {
    async run() {
      const now = (deps.now ?? Date.now)();
      let abandoned = 0;
      let closed = 0;
      if (times.abandonMs > 0) {
        const unseenBefore = now - times.abandonMs;
        for (const c of await storage.abandonedWaiting(unseenBefore, BATCH)) {
          if (!(await applied(handoff.apply(c.id, 'cancel', { actor: 'system' }, null, { reason: 'abandoned', unseenBefore })))) continue;
          await conversations.postSystemLine(c.id, systemLine('queue_left', botLanguage(c)));
          abandoned += 1;
        }
      }
      // Each site's own idle time where it has one (0: never), else the configured one.
      const own = (await deps.siteIdleMs?.()) ?? { bySite: new Map<string, number>(), otherwise: times.closeMs };
      const idleMs = (site: string | null) => (site !== null && own.bySite.has(site) ? own.bySite.get(site)! : own.otherwise);
      const cut = (ms: number) => (ms > 0 ? now - ms : 0); // never: no change is older than 0
      if (own.otherwise > 0 || [...own.bySite.values()].some((ms) => ms > 0)) {
        const cuts = { bySite: new Map([...own.bySite].map(([site, ms]) => [site, cut(ms)])), otherwise: cut(own.otherwise) };
        for (const c of await storage.idleConversations(cuts, BATCH)) {
          const ms = idleMs(c.site);
          if (!(await applied(handoff.apply(c.id, 'close', { actor: 'system' }, null, { reason: 'idle', idleBefore: cut(ms) })))) continue;
          await conversations.postSystemLine(c.id, systemLine('idle_closed', botLanguage(c), { minutes: Math.max(1, Math.round(ms / 60_000)) }));
          closed += 1;
        }
      }
      return { closed, abandoned };
    },
  };
}
