import type { AgentServerFrame, HerePerson } from '../../protocol/index.ts';
import type { Bus, ConversationEvent } from '../bus/types.ts';

/** How long a console counts as replying after its last `viewing … replying` (the console repeats it every 2 s while typing). */
export const REPLYING_MS = 5_000;

/** One console socket, as this service knows it. */
export interface HereLink {
  agentId: string;
  name: string;
  /** A read-only account: shown as viewing, never as replying. */
  viewer: boolean;
  send: (frame: AgentServerFrame) => void;
}

/**
 * Who has each conversation open in a console, and who is typing in it ("Mei is viewing", "Mei is replying…"), on
 * every node. Each socket shows at most one conversation (its `viewing` frame), so what is kept is bounded by the
 * sockets. A person counts once however many tabs; a closed socket leaves at once. With several nodes, each node
 * publishes its own people of a conversation on the conversation's bus topic when they change and every `refreshMs`;
 * a node's people not heard of for three of those are dropped (the node died), so no ghost outlives it by long.
 * Only console sockets are told (`here` frames); a visitor's socket drops the bus event unread.
 */
export interface WhoIsHere {
  /** This socket shows `conversationId` now (null: none), typing in it or not. */
  show(link: HereLink, conversationId: string | null, replying: boolean): void;
  /** Its reply went: no longer typing (it shows the conversation still). */
  sent(link: HereLink, conversationId: string): void;
  /** The socket closed, or stopped watching what it showed. */
  leave(link: HereLink, conversationId?: string): void;
  stop(): void;
}

interface Shown {
  conversationId: string;
  replyingUntil: number;
  timer?: NodeJS.Timeout;
}

interface Heard {
  people: HerePerson[];
  at: number;
}

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
  const remote = new Map<string, Map<string, Heard>>();
  /** The last list told to this node's consoles, and the last one published, per conversation (JSON). */
  const told = new Map<string, string>();
  const published = new Map<string, string>();
  const subscriptions = new Map<string, Promise<(() => void) | null>>();

  const replying = (link: HereLink, s: Shown) => !link.viewer && s.replyingUntil > now();
  /** This node's people of a conversation: one per agent, replying if any of their tabs is. */
  const ownPeople = (conversationId: string): HerePerson[] => {
    const people = new Map<string, HerePerson>();
    for (const link of local.get(conversationId) ?? []) {
      const typing = replying(link, shown.get(link)!);
      const known = people.get(link.agentId);
      if (!known || (typing && !known.replying)) people.set(link.agentId, { agentId: link.agentId, name: link.name, replying: typing });
    }
    return [...people.values()];
  };
  const everyone = (conversationId: string): HerePerson[] => {
    const people = new Map(ownPeople(conversationId).map((p) => [p.agentId, p]));
    for (const heard of remote.get(conversationId)?.values() ?? []) {
      for (const p of heard.people) if (!people.get(p.agentId)?.replying) people.set(p.agentId, p);
    }
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

  const publish = (conversationId: string, options: { ask?: boolean; always?: boolean } = {}) => {
    if (nodeId === null) return;
    const people = ownPeople(conversationId);
    const key = JSON.stringify(people);
    if (!options.always && !options.ask && published.get(conversationId) === key) return;
    if (people.length > 0) published.set(conversationId, key);
    else published.delete(conversationId);
    bus.publish(conversationId, { type: 'here', conversationId, node: nodeId, people, ...(options.ask ? { ask: true as const } : {}) }).catch(onError);
  };

  const heard = (conversationId: string) => (event: ConversationEvent) => {
    if (event.type !== 'here' || event.node === nodeId || !local.has(conversationId)) return;
    const nodes = remote.get(conversationId) ?? new Map<string, Heard>();
    remote.set(conversationId, nodes);
    if (event.people.length > 0) nodes.set(event.node, { people: event.people, at: now() });
    else nodes.delete(event.node);
    if (event.ask) publish(conversationId, { always: true });
    tell(conversationId);
  };

  const changed = (conversationId: string) => {
    publish(conversationId);
    tell(conversationId);
  };

  const add = (link: HereLink, conversationId: string) => {
    const links = local.get(conversationId);
    if (links) return void links.add(link);
    local.set(conversationId, new Set([link]));
    if (nodeId === null) return;
    // Live on the topic before asking, so every answer is heard.
    const subscribed = bus.subscribe(conversationId, heard(conversationId)).then(
      (unsubscribe) => {
        if (local.has(conversationId)) publish(conversationId, { ask: true });
        return unsubscribe;
      },
      (err: unknown) => (onError(err), null),
    );
    subscriptions.set(conversationId, subscribed);
  };

  const remove = (link: HereLink) => {
    const s = shown.get(link);
    if (!s) return;
    clearTimeout(s.timer);
    shown.delete(link);
    const links = local.get(s.conversationId)!;
    links.delete(link);
    if (links.size > 0) return changed(s.conversationId);
    // The node's last console of it: the others drop this node's people at once, and it stops listening.
    publish(s.conversationId, { always: true });
    local.delete(s.conversationId);
    remote.delete(s.conversationId);
    told.delete(s.conversationId);
    published.delete(s.conversationId);
    void subscriptions.get(s.conversationId)?.then((unsubscribe) => unsubscribe?.());
    subscriptions.delete(s.conversationId);
  };

  const timer =
    nodeId === null
      ? null
      : setInterval(() => {
          const stale = now() - 3 * refreshMs;
          for (const conversationId of local.keys()) publish(conversationId, { always: true });
          for (const [conversationId, nodes] of remote) {
            let dropped = false;
            for (const [node, h] of nodes) if (h.at < stale) dropped = nodes.delete(node);
            if (dropped) tell(conversationId);
          }
        }, refreshMs);
  timer?.unref();

  return {
    show(link, conversationId, typing) {
      const before = shown.get(link);
      if (before?.conversationId !== conversationId) remove(link);
      if (conversationId === null) return;
      const s = shown.get(link) ?? { conversationId, replyingUntil: 0 };
      const wasReplying = replying(link, s);
      if (typing && !link.viewer) {
        s.replyingUntil = now() + REPLYING_MS;
        clearTimeout(s.timer);
        // Typing lapses without keystrokes: told when it does.
        s.timer = setTimeout(() => shown.get(link) === s && changed(conversationId), REPLYING_MS + 10);
        s.timer.unref();
      }
      if (!shown.has(link)) {
        shown.set(link, s);
        add(link, conversationId);
        publish(conversationId);
        return tell(conversationId, link);
      }
      if (wasReplying !== replying(link, s)) changed(conversationId);
    },
    sent(link, conversationId) {
      const s = shown.get(link);
      if (s?.conversationId !== conversationId || s.replyingUntil === 0) return;
      clearTimeout(s.timer);
      s.replyingUntil = 0;
      changed(conversationId);
    },
    leave(link, conversationId) {
      if (conversationId === undefined || shown.get(link)?.conversationId === conversationId) remove(link);
    },
    stop() {
      if (timer) clearInterval(timer);
      for (const link of [...shown.keys()]) remove(link);
    },
  };
}
