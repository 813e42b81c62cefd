import type { z } from 'zod';
import type { AgentServerFrame, ChatMessage, ConversationStatus, HerePerson, StateFrame as StateFrameSchema } from '../../protocol/index.ts';

type StateFrame = z.infer<typeof StateFrameSchema>;

/** What happens in a conversation, after it is persisted. */
export type ConversationEvent =
  | { type: 'message'; message: ChatMessage }
  /**
   * `version`: the conversation's state version after the change (storage counts every status change). A
   * network bus does not keep order between publishers: a receiver ignores a state older than one it has.
   */
  | ({ type: 'state'; conversationId: string; version: number; status: ConversationStatus; agentName: string | null } & StateExtras)
  /** Typing and read receipts: not persisted, delivered to the other side only. */
  | { type: 'typing'; conversationId: string; by: 'visitor' | 'agent'; name: string | null }
  | { type: 'read'; conversationId: string; by: 'visitor' | 'agent'; seq: number }
  /** An agent deleted a file: every open screen of the conversation takes it out of the message. */
  | { type: 'attachment_removed'; conversationId: string; messageId: string; attachmentId: string }
  /** The language the bot and the widget speak to the visitor changed (spoken-language.ts): their screens follow. */
  | { type: 'language'; conversationId: string; locale: string; chosen: boolean; byAgent?: true }
  /** The visitor's data was erased: their sockets close, the consoles drop the conversation. */
  | { type: 'erased'; conversationId: string };

/** The optional parts of the visitor's `state` frame (queue place, estimate, agents online, reach, rated). */
export type StateExtras = Partial<Pick<StateFrame, 'queuePosition' | 'estimateSec' | 'agentsOnline' | 'reach' | 'rated' | 'renamed'>>;

export type BusListener = (event: ConversationEvent) => void;

/** What every node's agent sockets hear (the desk channel). */
export type DeskEvent =
  /**
   * A frame for every console (a conversation changed, a ticket, a note, the agents list, an erasure), or with `to`
   * for one agent's consoles only (a note mentions them).
   */
  | { type: 'frame'; frame: AgentServerFrame; to?: string }
  /** Close an agent's sockets (all, or one session's): disabled, removed, logged out. */
  | { type: 'kick'; agentId: string; reason: string; session?: string }
  /** An agent set themselves online or away on some node: every node holding their consoles follows. */
  | { type: 'presence'; agentId: string; presence: 'online' | 'away' }
  /** Someone's presence changed: re-read who is online. */
  | { type: 'presence_changed' }
  /** A chat entered or left the queue: waiting visitors' places moved (queue-places.ts). */
  | { type: 'queue_changed' }
  /** A node saved the FAQ pack at this version: the others reload it (faq-sync.ts). */
  | { type: 'faq_changed'; version: number }
  /**
   * Who of the agents has which conversations open on node `node` (who-is-here.ts): the ones whose people changed,
   * or (`full`, every few seconds) all it has, so what it no longer names is gone; `ask`: conversations it just began
   * showing, whose people the others tell it. On the desk, so visitors' sockets never receive it.
   */
  | { type: 'here'; node: string; chats: HereChat[]; full?: true; ask?: string[] };
/** One conversation's people on one node. */
export interface HereChat {
  conversationId: string;
  people: HerePerson[];
}
export type DeskListener = (event: DeskEvent) => void;

/**
 * The bus port: in-process for one box; Redis pub/sub when there are several nodes. Both calls are
 * promises because a network bus answers later: `publish` resolves once the bus took the event, and
 * `subscribe` once the subscription is live, so a caller that reads storage after it cannot miss an event
 * published in between (subscribe first, await, then replay). The bus carries no history: it only says
 * "look again"; storage is the truth.
 */
export interface Bus {
  publish(conversationId: string, event: ConversationEvent): Promise<void>;
  /** Resolves with the unsubscribe function once every later publish reaches `listener`. */
  subscribe(conversationId: string, listener: BusListener): Promise<() => void>;
  /** The desk channel: to every node (this one included). */
  publishDesk(event: DeskEvent): Promise<void>;
  subscribeDesk(listener: DeskListener): Promise<() => void>;
  /** Resolves when the bus can carry events (for `GET /readyz`); rejects when it cannot. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
