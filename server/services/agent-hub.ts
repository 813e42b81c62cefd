import type { AgentServerFrame, Presence } from '../../protocol/index.ts';

/** One open agent socket, as the hub sees it. */
export interface AgentLink {
  agentId: string;
  /** The hash of the session the socket was opened with (logout closes that session's sockets). */
  session: string;
  send(frame: AgentServerFrame): void;
  /** Close the socket now (the agent was disabled or removed). */
  kick(reason: string): void;
}

/**
 * Who is connected to /ws/agent and how (online / away), and a way to reach all of them. In-process:
 * with several nodes this moves onto the bus.
 */
export interface AgentHub {
  /** Register a socket; returns its removal. */
  add(link: AgentLink): () => void;
  setPresence(agentId: string, presence: Exclude<Presence, 'offline'>): void;
  presence(agentId: string): Presence;
  /** Agents with a console open who are not away. */
  onlineCount(): number;
  broadcast(frame: AgentServerFrame): void;
  /** Close an agent's sockets: all of them, or only those of one session. */
  kick(agentId: string, reason: string, session?: string): void;
  /** Called when an agent's presence changes (routing listens). */
  onPresence(listener: () => void): void;
  /** Close every socket whose session is no longer alive (expired, idle, logged out, agent disabled). */
  revalidate(alive: (session: string) => Promise<boolean>): Promise<void>;
}

export function createAgentHub(): AgentHub {
  const links = new Map<string, Set<AgentLink>>();
  const away = new Set<string>();
  const listeners: (() => void)[] = [];
  const changed = () => listeners.forEach((l) => l());

  return {
    add(link) {
      let set = links.get(link.agentId);
      if (!set) links.set(link.agentId, (set = new Set()));
      set.add(link);
      if (set.size === 1) changed();
      return () => {
        set.delete(link);
        if (set.size > 0) return;
        links.delete(link.agentId);
        away.delete(link.agentId);
        changed();
      };
    },
    setPresence(agentId, presence) {
      if (!links.has(agentId) || (presence === 'away') === away.has(agentId)) return;
      if (presence === 'away') away.add(agentId);
      else away.delete(agentId);
      changed();
    },
    presence(agentId) {
      return !links.has(agentId) ? 'offline' : away.has(agentId) ? 'away' : 'online';
    },
    onlineCount() {
      return links.size - away.size;
    },
    broadcast(frame) {
      for (const set of links.values()) for (const link of set) link.send(frame);
    },
    kick(agentId, reason, session) {
      for (const link of [...(links.get(agentId) ?? [])]) if (session === undefined || link.session === session) link.kick(reason);
    },
    onPresence(listener) {
      listeners.push(listener);
    },
    async revalidate(alive) {
      const all = [...links.values()].flatMap((set) => [...set]);
      for (const link of all) if (!(await alive(link.session))) link.kick('session ended');
    },
  };
}
