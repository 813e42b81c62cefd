import type { AgentInfo, ChatMessage, ConversationSummary, ErrorFrame, HerePerson, Note, Ticket } from '../protocol/index.ts';
import type { LinkState } from '../ui/socket/live-socket.ts';

export interface DeskState {
  /** `closed`: the session ended (logged out, disabled), or the client was stopped. */
  connection: LinkState | 'closed';
  me: AgentInfo | null;
  conversations: Record<string, ConversationSummary>;
  messages: Record<string, ChatMessage[]>;
  notes: Record<string, Note[]>;
  /** Conversations whose replay is complete on the current socket: only then may the agent write. */
  synced: Record<string, boolean>;
  /** Until when the visitor shows as typing (ms since epoch). */
  typingUntil: Record<string, number>;
  /** The highest seq the visitor has seen. */
  readSeq: Record<string, number>;
  /** Who has each conversation this console shows open, in any console (this agent among them: the view leaves them out). */
  here: Record<string, HerePerson[]>;
  agents: AgentInfo[];
  tickets: Ticket[];
  /** Replies and notes typed but not yet acknowledged, per conversation, in typing order. */
  pending: Record<string, PendingWrite[]>;
  lastError: ErrorFrame | null;
  /** Notes mentioning this agent not opened yet (from the server: counted across sign-ins and consoles). */
  mentionsUnread: number;
  /** The conversations those mentions are in (the tab title counts a conversation once). */
  mentionsUnreadIn: string[];
}

/** A reply or note waiting for its ack: kept across socket drops and resent, in order, once synced again. */
export interface PendingWrite {
  type: 'send' | 'note';
  conversationId: string;
  clientId: string;
  text: string;
  /** A note's mentioned teammates (ids). */
  mentions?: string[];
}

/** A change to the state: only the fields it names are replaced. */
export type DeskPatch = Partial<DeskState>;

/** The console's desk state and who listens to it: every change is a new state object, told to each listener. */
export class DeskStore {
  state: DeskState = {
    connection: 'connecting',
    me: null,
    conversations: {},
    messages: {},
    notes: {},
    synced: {},
    typingUntil: {},
    readSeq: {},
    here: {},
    agents: [],
    tickets: [],
    pending: {},
    lastError: null,
    mentionsUnread: 0,
    mentionsUnreadIn: [],
  };
  private listeners = new Set<(s: DeskState) => void>();

  subscribe(listener: (s: DeskState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  update(patch: DeskPatch): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }
}
