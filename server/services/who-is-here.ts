import type { AgentServerFrame, HerePerson } from '../../protocol/index.ts';
import type { Bus, DeskEvent, HereChat } from '../bus/types.ts';

/** How long a console counts as writing after its last `viewing … replying` (the console repeats it every 2 s while typing). */
export const REPLYING_MS = 5_000;

/** One console socket, as this service knows it. */
export interface HereLink {
  agentId: string;
  /** The name shown to the others: the service changes it when the agent is renamed (`renamed`). */
  name: string;
  /** A read-only account: shown as viewing, never as writing. */
  viewer: boolean;
  send: (frame: AgentServerFrame) => void;
}

/** What a console is typing in the conversation it shows: a reply to the visitor, an internal note, or nothing. */
export type Writing = 'reply' | 'note' | null;

/**
 * Who has each conversation open in a console, and who is typing in it ("Mei is viewing", "Mei is replying…", "Mei is
 * writing a note…"), on every node. Each socket shows at most one conversation (its `viewing` frame; a console whose
 * tab is hidden shows none), so what is kept is bounded by the sockets. A person counts once however many tabs; a
 * closed socket leaves at once. With several nodes, each node tells the others on the desk channel (which visitors'
 * sockets never hear): the conversations whose people changed, in one message per turn of the event loop, and every
 * `refreshMs` all of its conversations in one message; a node not heard of for three of those is dropped (it died),
 * so no ghost outlives it by long.
 */
export interface WhoIsHere {
  /** This socket shows `conversationId` now (null: none), writing in it or not. */
  show(link: HereLink, conversationId: string | null, writing: Writing): void;
  /** Its reply went: no longer typing (it shows the conversation still). */
  sent(link: HereLink, conversationId: string): void;
  /** The socket closed, or stopped watching what it showed. */
  leave(link: HereLink, conversationId?: string): void;
  /** Agents' names now (the agents list changed: a profile or an admin edit): the people shown follow at once. */
  renamed(agents: readonly { id: string; name: string }[]): void;
  stop(): void;
}

interface Shown {
  conversationId: string;
  writingUntil: number;
  note: boolean;
  timer?: NodeJS.Timeout;
}

/** Whoever writes a reply outranks whoever writes a note, who outranks a viewer (a person's tabs, or two nodes' view of them). */
const rank = (p: HerePerson) => (p.replying ? (p.note ? 1 : 2) : 0);

export function createWhoIsHere(deps: {
  bus: Bus;
  /** This node's id on the bus; null: one process, nothing to tell other nodes. */
  nodeId: string | null;
  /** How often a node says again who it has (ms); others drop it after three silent periods. */
  refreshMs: number;
  onError: (err: unknown) => void;
  now?: () => number;
}): WhoIsHere {
  const { bus, nodeId, refreshMs, onError } = deps;
  const now = deps.now ?? Date.now;
  const shown = new Map<HereLink, Shown>();
  /** This node's sockets per conversation shown. */
  const local = new Map<string, Set<HereLink>>();
  /** Other nodes' people per conversation this node shows. */
  const remote = new Map<string, Map<string, HerePerson[]>>();
  /** When each other node was last heard of. */
  const heardAt = new Map<string, number>();
  /** The last list told to this node's consoles, and the last one published, per conversation (JSON). */
  const told = new Map<string, string>();
  const published = new Map<string, string>();
  /** What the next message says: conversations whose people changed, ones asked about, ones this node asks about. */
  const dirty = new Set<string>();
  const answer = new Set<string>();
  const asking = new Set<string>();
  let flushing = false;

  const writing = (link: HereLink, s: Shown) => !link.viewer && s.writingUntil > now();
  const person = (link: HereLink, s: Shown): HerePerson => {
    const typing = writing(link, s);
    return { agentId: link.agentId, name: link.name, replying: typing, ...(typing && s.note ? { note: true } : {}) };
  };
  const keepFirst = (people: Map<string, HerePerson>, p: HerePerson) => {
    const known = people.get(p.agentId);
    if (!known || rank(p) > rank(known)) people.set(p.agentId, p);
  };
  /** This node's people of a conversation: one per agent, writing if any of their tabs is (a reply before a note). */
  const ownPeople = (conversationId: string): HerePerson[] => {
    const people = new Map<string, HerePerson>();
    for (const link of local.get(conversationId) ?? []) keepFirst(people, person(link, shown.get(link)!));
    return [...people.values()];
  };
  const everyone = (conversationId: string): HerePerson[] => {
    const people = new Map(ownPeople(conversationId).map((p) => [p.agentId, p]));
    for (const theirs of remote.get(conversationId)?.values() ?? []) for (const p of theirs) keepFirst(people, p);
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name) || a.agentId.localeCompare(b.agentId));
  };

  /** Tell this node's consoles showing the conversation, when the list changed (and `also`, a console that just came, anyway). */
  const tell = (conversationId: string, also?: HereLink) => {
    const links = local.get(conversationId);
    if (!links) return void told.delete(conversationId);
    const people = everyone(conversationId);
    const key = JSON.stringify(people);
    const changed = told.get(conversationId) !== key;
    told.set(conversationId, key);
    const frame: AgentServerFrame = { type: 'here', conversationId, people };
    for (const link of changed ? links : also ? [also] : []) link.send(frame);
  };

  const send = (event: Extract<DeskEvent, { type: 'here' }>) => void bus.publishDesk(event).catch(onError);

  /** One message for all that changed since the last turn of the event loop. */
  const flush = () => {
    flushing = false;
    const chats: HereChat[] = [];
    for (const conversationId of new Set([...dirty, ...answer, ...asking])) {
      const people = ownPeople(conversationId);
      const key = JSON.stringify(people);
      if (published.get(conversationId) === key && !answer.has(conversationId) && !asking.has(conversationId)) continue;
      if (people.length > 0) published.set(conversationId, key);
      else published.delete(conversationId);
      chats.push({ conversationId, people });
    }
    const ask = [...asking].filter((id) => local.has(id));
    dirty.clear();
    answer.clear();
    asking.clear();
    if (chats.length > 0 || ask.length > 0) send({ type: 'here', node: nodeId!, chats, ...(ask.length > 0 ? { ask } : {}) });
  };
  const later = (into: Set<string>, conversationId: string) => {
    if (nodeId === null) return;
    into.add(conversationId);
    if (!flushing) queueMicrotask(flush);
    flushing = true;
  };

  /** Another node's people: a change (the chats named) or its refresh (all it has: what it no longer names is gone). */
  const heard = (event: DeskEvent) => {
    if (event.type !== 'here' || event.node === nodeId) return;
    heardAt.set(event.node, now());
    const theirs = new Map(event.chats.map((c) => [c.conversationId, c.people]));
    const touched = event.full ? [...local.keys()] : event.chats.map((c) => c.conversationId).filter((id) => local.has(id));
    for (const conversationId of touched) {
      const nodes = remote.get(conversationId) ?? new Map<string, HerePerson[]>();
      remote.set(conversationId, nodes);
      const people = theirs.get(conversationId) ?? [];
      if (people.length > 0) nodes.set(event.node, people);
      else nodes.delete(event.node);
      tell(conversationId);
    }
    for (const conversationId of event.ask ?? []) if (local.has(conversationId)) later(answer, conversationId);
  };
  const listening = nodeId === null ? null : bus.subscribeDesk(heard).catch((err: unknown) => (onError(err), null));

  const changed = (conversationId: string) => {
    later(dirty, conversationId);
    tell(conversationId);
  };

  const remove = (link: HereLink) => {
    const s = shown.get(link);
    if (!s) return;
    clearTimeout(s.timer);
    shown.delete(link);
    const links = local.get(s.conversationId)!;
    links.delete(link);
    if (links.size > 0) return changed(s.conversationId);
    // The node's last console of it: the others drop this node's people at once (the next message names it, empty).
    later(dirty, s.conversationId);
    local.delete(s.conversationId);
    remote.delete(s.conversationId);
    told.delete(s.conversationId);
  };

  const timer =
    nodeId === null
      ? null
      : setInterval(() => {
          const chats = [...local.keys()].map((conversationId) => ({ conversationId, people: ownPeople(conversationId) }));
          for (const c of chats) published.set(c.conversationId, JSON.stringify(c.people));
          if (chats.length > 0) send({ type: 'here', node: nodeId, chats, full: true });
          const stale = now() - 3 * refreshMs;
          for (const [node, at] of heardAt) {
            if (at >= stale) continue;
            heardAt.delete(node);
            for (const [conversationId, nodes] of remote) if (nodes.delete(node)) tell(conversationId);
          }
        }, refreshMs);
  timer?.unref();

  return {
    show(link, conversationId, kind) {
      const before = shown.get(link);
      if (before?.conversationId !== conversationId) remove(link);
      if (conversationId === null) return;
      const s = shown.get(link) ?? { conversationId, writingUntil: 0, note: false };
      const was = JSON.stringify(person(link, s));
      if (kind !== null && !link.viewer) {
        s.writingUntil = now() + REPLYING_MS;
        s.note = kind === 'note';
        clearTimeout(s.timer);
        // Typing lapses without keystrokes: told when it does.
        s.timer = setTimeout(() => shown.get(link) === s && changed(conversationId), REPLYING_MS + 10);
        s.timer.unref();
      }
      if (!shown.has(link)) {
        shown.set(link, s);
        const first = !local.has(conversationId);
        local.set(conversationId, (local.get(conversationId) ?? new Set()).add(link));
        // The node's first console of it: it asks the others who they have there (it kept none of their people).
        later(first ? asking : dirty, conversationId);
        return tell(conversationId, link);
      }
      if (was !== JSON.stringify(person(link, s))) changed(conversationId);
    },
    sent(link, conversationId) {
      const s = shown.get(link);
      if (s?.conversationId !== conversationId || s.writingUntil === 0) return;
      clearTimeout(s.timer);
      s.writingUntil = 0;
      changed(conversationId);
    },
    leave(link, conversationId) {
      if (conversationId === undefined || shown.get(link)?.conversationId === conversationId) remove(link);
    },
    renamed(agents) {
      const names = new Map(agents.map((a) => [a.id, a.name]));
      const touched = new Set<string>();
      for (const [link, s] of shown) {
        const name = names.get(link.agentId);
        if (name === undefined || name === link.name) continue;
        link.name = name;
        touched.add(s.conversationId);
      }
      for (const conversationId of touched) changed(conversationId);
    },
    stop() {
      if (timer) clearInterval(timer);
      for (const link of [...shown.keys()]) remove(link);
      if (flushing) flush();
      void listening?.then((unsubscribe) => unsubscribe?.());
    },
  };
}
