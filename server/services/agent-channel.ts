import type { AgentInfo, AgentServerFrame, Presence } from '../../protocol/index.ts';
import type { Bus, DeskEvent } from '../bus/types.ts';
import type { AgentPresence, PresenceStore } from '../cluster/types.ts';
import { createAgentHub, type AgentLink } from './agent-hub.ts';

/**
 * Every agent socket in the cluster, through the bus's desk channel, over this node's hub; and who is online,
 * read from the shared presence store into a local copy (refreshed whenever any node says presence changed,
 * and every few seconds when nodes can die), so `presence()` answers without a round trip.
 */
export interface AgentChannel {
  /** Subscribe to the desk channel and read who is online. */
  start(): Promise<void>;
  stop(): void;
  /** Register this node's socket; resolves once the agent counts as online everywhere. Returns its removal. */
  join(link: AgentLink): Promise<() => void>;
  setPresence(agentId: string, presence: AgentPresence): Promise<void>;
  presence(agentId: string): Presence;
  /** Agents with a console open (on any node) who are not away. */
  onlineCount(): number;
  broadcast(frame: AgentServerFrame): Promise<void>;
  /** A frame for one agent's consoles, on whichever nodes they are. */
  sendTo(agentId: string, frame: AgentServerFrame): Promise<void>;
  /** Close an agent's sockets on every node: all of them, or only those of one session. */
  kick(agentId: string, reason: string, session?: string): Promise<void>;
  /** Called when an agent's presence changes (routing listens), on the node where it changed. */
  onPresence(listener: () => void): void;
  /** Called on every node when the agents list changed on one (its `agents` frame to every console). */
  onAgentsChanged(listener: (agents: AgentInfo[]) => void): void;
  /** Close every socket on this node whose session is no longer alive. */
  revalidate(alive: (session: string) => Promise<boolean>): Promise<void>;
}

export function createAgentChannel(deps: {
  bus: Bus;
  store: PresenceStore;
  /** Re-read presence this often (ms) to drop the agents of a node that died; 0: never (one process). */
  refreshMs: number;
  onError: (err: unknown) => void;
}): AgentChannel {
  const { bus, store, onError } = deps;
  const hub = createAgentHub();
  const listeners: (() => void)[] = [];
  const agentsListeners: ((agents: AgentInfo[]) => void)[] = [];
  let known = new Map<string, AgentPresence>();
  let unsubscribe: (() => void) | null = null;
  let timer: NodeJS.Timeout | null = null;
  let started = 0;
  let applied = 0;

  /** Read who is online; a read that started before the last applied one is dropped. True when it changed. */
  const refresh = async (): Promise<boolean> => {
    const mine = ++started;
    const next = await store.snapshot();
    if (mine < applied) return false;
    applied = mine;
    const changed = next.size !== known.size || [...next].some(([id, p]) => known.get(id) !== p);
    known = next;
    return changed;
  };
  const fire = () => listeners.forEach((l) => l());
  /** This node changed someone's presence: every node re-reads it, and routing runs here. */
  const changedHere = async () => {
    await bus.publishDesk({ type: 'presence_changed' });
    await refresh();
    fire();
  };

  const onDesk = (event: DeskEvent) => {
    switch (event.type) {
      case 'frame':
        if (event.frame.type === 'agents') {
          // Renamed: the sockets here write the new name before their consoles even read the list.
          hub.renamed(event.frame.agents);
          for (const l of agentsListeners) l(event.frame.agents);
        }
        return hub.send(event.frame, event.to);
      case 'kick':
        return hub.kick(event.agentId, event.reason, event.session);
      case 'presence':
        // Their consoles here follow (away is the agent's, not one console's); the node that set it re-reads.
        if (hub.setHere(event.agentId, event.presence)) store.set(event.agentId, event.presence).then(refresh).catch(onError);
        return;
      case 'presence_changed':
        return void refresh().catch(onError);
      case 'queue_changed':
      case 'faq_changed':
      case 'here':
        return;
    }
  };

  return {
    async start() {
      unsubscribe = await bus.subscribeDesk(onDesk);
      await refresh();
      if (deps.refreshMs > 0) {
        timer = setInterval(() => void refresh().then((changed) => changed && fire(), onError), deps.refreshMs);
        timer.unref();
      }
    },
    stop() {
      unsubscribe?.();
      if (timer) clearInterval(timer);
    },
    async join(link) {
      const added = hub.add(link);
      if (added.first) {
        await store.set(link.agentId, 'online');
        await changedHere();
      }
      return () => {
        if (!added.remove().last) return;
        store.set(link.agentId, null).then(changedHere).catch(onError);
      };
    },
    async setPresence(agentId, presence) {
      if (!hub.setHere(agentId, presence)) return;
      await store.set(agentId, presence);
      await bus.publishDesk({ type: 'presence', agentId, presence });
      await changedHere();
    },
    presence(agentId) {
      return known.get(agentId) ?? 'offline';
    },
    onlineCount() {
      let n = 0;
      for (const p of known.values()) if (p === 'online') n++;
      return n;
    },
    broadcast(frame) {
      return bus.publishDesk({ type: 'frame', frame });
    },
    sendTo(agentId, frame) {
      return bus.publishDesk({ type: 'frame', frame, to: agentId });
    },
    kick(agentId, reason, session) {
      return bus.publishDesk({ type: 'kick', agentId, reason, ...(session === undefined ? {} : { session }) });
    },
    onPresence(listener) {
      listeners.push(listener);
    },
    onAgentsChanged(listener) {
      agentsListeners.push(listener);
    },
    revalidate(alive) {
      return hub.revalidate(alive);
    },
  };
}
