import type { AgentServerFrame } from '../../protocol/index.ts';
import type { AgentPresence } from '../cluster/types.ts';

/**
 * One broadcast's memo, handed to every socket it goes to here: what the sockets send alike (the frame masked
 * and written out for every console it reads the same to) is made once, not once a socket.
 */
export interface BroadcastMemo {
  textFor?: (viewerId: string) => string;
}

/** One open agent socket, as the hub sees it. */
export interface AgentLink {
  agentId: string;
  /** The hash of the session the socket was opened with (logout closes that session's sockets). */
  session: string;
  send(frame: AgentServerFrame, memo?: BroadcastMemo): void;
  /** Close the socket now (the agent was disabled or removed). */
  kick(reason: string): void;
  /** The agent was renamed: what the socket writes from now on (replies) carries the new name. */
  rename(name: string): void;
}

/**
 * This node's agent sockets, and each connected agent's presence here. What crosses nodes (broadcasts,
 * kicks, who is online anywhere) goes through the agent channel (agent-channel.ts), which calls this.
 */
export interface AgentHub {
  /** Register a socket; `first` when it is the agent's first here. Returns its removal (`last`: none left here). */
  add(link: AgentLink): { first: boolean; remove(): { last: boolean } };
  /** The agent's presence on this node; null with no socket of theirs here. */
  presenceHere(agentId: string): AgentPresence | null;
  /** Set it (only while they have a socket here); true when it changed. */
  setHere(agentId: string, presence: AgentPresence): boolean;
  /** To every socket here, or (`to`) to one agent's only. */
  send(frame: AgentServerFrame, to?: string): void;
  /** Close an agent's sockets here: all of them, or only those of one session. */
  kick(agentId: string, reason: string, session?: string): void;
  /** The agents list as it is now (an `agents` frame): each socket here of an agent it names takes their name. */
  renamed(agents: readonly { id: string; name: string }[]): void;
  /** Close every socket here whose session is no longer alive (expired, idle, logged out, agent disabled). */
  revalidate(alive: (session: string) => Promise<boolean>): Promise<void>;
}

export function createAgentHub(): AgentHub {
  const links = new Map<string, Set<AgentLink>>();
  const away = new Set<string>();

  return {
    add(link) {
      let set = links.get(link.agentId);
      if (!set) links.set(link.agentId, (set = new Set()));
      set.add(link);
      return {
        first: set.size === 1,
        remove() {
          if (!set.delete(link) || set.size > 0) return { last: false };
          links.delete(link.agentId);
          away.delete(link.agentId);
          return { last: true };
        },
      };
    },
    presenceHere(agentId) {
      return !links.has(agentId) ? null : away.has(agentId) ? 'away' : 'online';
    },
    setHere(agentId, presence) {
      if (!links.has(agentId) || (presence === 'away') === away.has(agentId)) return false;
      if (presence === 'away') away.add(agentId);
      else away.delete(agentId);
      return true;
    },
    send(frame, to) {
      if (to !== undefined) return void links.get(to)?.forEach((link) => link.send(frame));
      const memo: BroadcastMemo = {};
      for (const set of links.values()) for (const link of set) link.send(frame, memo);
    },
    kick(agentId, reason, session) {
      for (const link of [...(links.get(agentId) ?? [])]) if (session === undefined || link.session === session) link.kick(reason);
    },
    renamed(agents) {
      for (const a of agents) links.get(a.id)?.forEach((link) => link.rename(a.name));
    },
    async revalidate(alive) {
      const all = [...links.values()].flatMap((set) => [...set]);
      for (const link of all) if (!(await alive(link.session))) link.kick('session ended');
    },
  };
}
