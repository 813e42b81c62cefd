import type {
  AgentClientFrame,
  AgentInfo,
  AgentServerFrame,
  ChatMessage,
  ConversationSummary,
  ErrorFrame,
  Note,
  RevealResponse,
  Ticket,
} from '../protocol/index.ts';
import { backoffDelay } from '../protocol/backoff.ts';
import { api } from './api.ts';

export interface DeskState {
  connection: 'connecting' | 'online' | 'reconnecting' | 'closed';
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
  agents: AgentInfo[];
  tickets: Ticket[];
  /** Replies and notes typed but not yet acknowledged, per conversation, in typing order. */
  pending: Record<string, PendingWrite[]>;
  lastError: ErrorFrame | null;
}

/** A reply or note waiting for its ack: kept across socket drops and resent, in order, once synced again. */
export interface PendingWrite {
  type: 'send' | 'note';
  conversationId: string;
  clientId: string;
  text: string;
}

/** Ping after this long without a frame; drop the socket (half-open link) after twice that. */
const HEARTBEAT_MS = 20_000;

const newId = () => crypto.randomUUID().replace(/-/g, '');

/**
 * The console's socket: hello with every watched conversation and the last seq held, replay then `synced`,
 * reconnect with full-jitter backoff. Calls `onNewWaiting` when a conversation enters the queue.
 */
export class DeskClient {
  state: DeskState = {
    connection: 'connecting',
    me: null,
    conversations: {},
    messages: {},
    notes: {},
    synced: {},
    typingUntil: {},
    readSeq: {},
    agents: [],
    tickets: [],
    pending: {},
    lastError: null,
  };
  private lastFrameAt = 0;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private socket: WebSocket | null = null;
  private watched = new Set<string>();
  private attempt = 0;
  private stopped = false;
  private listeners = new Set<(s: DeskState) => void>();

  constructor(private readonly onNewWaiting: (c: ConversationSummary) => void) {}

  subscribe(listener: (s: DeskState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    const socket = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/ws/agent`);
    this.socket = socket;
    socket.onopen = () => {
      this.lastFrameAt = Date.now();
      clearInterval(this.heartbeat);
      this.heartbeat = setInterval(() => {
        const silent = Date.now() - this.lastFrameAt;
        if (silent > 2 * HEARTBEAT_MS) socket.close();
        else if (silent > HEARTBEAT_MS) this.frame({ type: 'ping', t: Date.now() });
      }, HEARTBEAT_MS / 2);
      const watch = [...this.watched].map((id) => ({ conversationId: id, lastSeq: this.state.messages[id]?.at(-1)?.seq ?? 0 }));
      this.frame({ type: 'hello', v: 1, watch });
    };
    socket.onmessage = (e) => {
      this.lastFrameAt = Date.now();
      this.onFrame(JSON.parse(String(e.data)) as AgentServerFrame);
    };
    socket.onclose = (e) => {
      if (this.socket !== socket) return;
      this.socket = null;
      clearInterval(this.heartbeat);
      // 1008: the session ended or the account was disabled: back to the login page.
      if (this.stopped || e.code === 1008) return this.update({ connection: 'closed', synced: {} });
      this.update({ connection: 'reconnecting', synced: {} });
      setTimeout(() => this.start(), backoffDelay(this.attempt++));
    };
  }

  stop(): void {
    this.stopped = true;
    this.socket?.close();
  }

  watch(id: string): void {
    if (this.watched.has(id)) return;
    this.watched.add(id);
    this.frame({ type: 'watch', conversationId: id, lastSeq: this.state.messages[id]?.at(-1)?.seq ?? 0 });
  }

  send(conversationId: string, text: string): void {
    this.write({ type: 'send', conversationId, clientId: newId(), text });
  }

  note(conversationId: string, text: string): void {
    this.write({ type: 'note', conversationId, clientId: newId(), text });
  }

  /** Queue, then transmit if the conversation is synced on a live socket (else on the next `synced`). */
  private write(item: PendingWrite): void {
    const list = [...(this.state.pending[item.conversationId] ?? []), item];
    this.update({ pending: { ...this.state.pending, [item.conversationId]: list } });
    if (this.state.synced[item.conversationId]) this.frame(item);
  }

  typing(conversationId: string): void {
    this.frame({ type: 'typing', conversationId });
  }

  read(conversationId: string, seq: number): void {
    this.frame({ type: 'read', conversationId, seq });
  }

  act(type: 'claim' | 'release' | 'close', conversationId: string): void {
    this.frame({ type, conversationId, ref: newId() });
  }

  transfer(conversationId: string, agentId: string): void {
    this.frame({ type: 'transfer', conversationId, agentId, ref: newId() });
  }

  /** Contact details unmasked for one conversation (the server checks the role and audits it). */
  async reveal(conversationId: string): Promise<void> {
    const r = await api<RevealResponse>('POST', `/api/v1/conversations/${conversationId}/reveal`);
    if (!r.ok) return this.update({ lastError: { type: 'error', code: 'forbidden', message: r.message } });
    const s = this.state;
    const { conversation, messages, notes, tickets } = r.data;
    const later = (s.messages[conversationId] ?? []).filter((m) => m.seq > (messages.at(-1)?.seq ?? 0));
    this.update({
      conversations: { ...s.conversations, [conversationId]: conversation },
      messages: { ...s.messages, [conversationId]: [...messages, ...later] },
      notes: { ...s.notes, [conversationId]: notes },
      tickets: s.tickets.map((t) => tickets.find((u) => u.id === t.id) ?? t),
    });
  }

  presence(status: 'online' | 'away'): void {
    this.frame({ type: 'presence', status });
  }

  private frame(frame: AgentClientFrame): void {
    if (this.socket?.readyState !== WebSocket.OPEN) return;
    if (this.state.lastError) this.update({ lastError: null }); // a new action: the last refusal is old news
    this.socket.send(JSON.stringify(frame));
  }

  private onFrame(frame: AgentServerFrame): void {
    const s = this.state;
    switch (frame.type) {
      case 'welcome': {
        this.attempt = 0;
        const conversations = Object.fromEntries(frame.conversations.map((c) => [c.id, c]));
        for (const id of this.watched) if (!conversations[id]) this.watched.delete(id);
        this.update({ connection: 'online', me: frame.agent, conversations, agents: frame.agents, tickets: frame.tickets });
        // The agent's own chats are always followed (the ones in hello are being replayed already).
        for (const c of frame.conversations) if (c.status === 'assigned' && c.agentId === frame.agent.id) this.watch(c.id);
        return;
      }
      case 'conversation': {
        const c = frame.conversation;
        const before = s.conversations[c.id];
        if (c.status === 'waiting' && before?.status !== 'waiting') this.onNewWaiting(c);
        if (c.status === 'assigned' && c.agentId === s.me?.id) this.watch(c.id);
        return this.update({ conversations: { ...s.conversations, [c.id]: c } });
      }
      case 'message': {
        const list = s.messages[frame.message.conversationId] ?? [];
        if (list.at(-1) && list.at(-1)!.seq >= frame.message.seq) return;
        return this.update({ messages: { ...s.messages, [frame.message.conversationId]: [...list, frame.message] } });
      }
      case 'note': {
        const list = s.notes[frame.note.conversationId] ?? [];
        if (list.some((n) => n.id === frame.note.id)) return;
        return this.update({ notes: { ...s.notes, [frame.note.conversationId]: [...list, frame.note] } });
      }
      case 'synced':
        this.update({ synced: { ...s.synced, [frame.conversationId]: true } });
        // Resend what was not acknowledged, in typing order; the server stores each clientId once.
        for (const item of s.pending[frame.conversationId] ?? []) this.frame(item);
        return;
      case 'typing':
        return this.update({ typingUntil: { ...s.typingUntil, [frame.conversationId]: Date.now() + 4000 } });
      case 'read':
        return this.update({ readSeq: { ...s.readSeq, [frame.conversationId]: frame.seq } });
      case 'agents':
        return this.update({ agents: frame.agents, me: frame.agents.find((a) => a.id === s.me?.id) ?? s.me });
      case 'ticket':
        return this.update({ tickets: [frame.ticket, ...s.tickets] });
      case 'erased': {
        const gone = new Set(frame.conversationIds);
        for (const id of gone) this.watched.delete(id);
        const keep = <T>(map: Record<string, T>) => Object.fromEntries(Object.entries(map).filter(([id]) => !gone.has(id)));
        return this.update({
          conversations: keep(s.conversations),
          messages: keep(s.messages),
          notes: keep(s.notes),
          synced: keep(s.synced),
          tickets: s.tickets.filter((t) => !gone.has(t.conversationId)),
        });
      }
      case 'error': {
        // A refused write (not yours any more, bad text…) is shown once and not resent.
        const pending = Object.fromEntries(Object.entries(s.pending).map(([id, list]) => [id, list.filter((p) => p.clientId !== frame.ref)]));
        return this.update({ lastError: frame, pending });
      }
      case 'ack': {
        const pending = Object.fromEntries(Object.entries(s.pending).map(([id, list]) => [id, list.filter((p) => p.clientId !== frame.clientId)]));
        return this.update({ pending });
      }
      case 'done':
      case 'pong':
      case 'reconnect':
        return;
    }
  }

  private update(patch: Partial<DeskState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }
}
