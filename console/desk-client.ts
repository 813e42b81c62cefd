import type {
  AgentClientFrame,
  AgentInfo,
  AgentServerFrame,
  ChatMessage,
  ConversationSummary,
  ErrorFrame,
  HerePerson,
  Mention,
  Note,
  RevealResponse,
  Ticket,
} from '../protocol/index.ts';
import { CLOSE } from '../protocol/errors.ts';
import { LiveSocket, type LinkState } from '../ui/socket/live-socket.ts';
import { api, type ApiFailure } from './api.ts';
import { reloadTeams } from './teams-data.ts';
import { webhooksChanged } from './webhooks-data.ts';
import { emailsChanged } from './emails-data.ts';
import { withoutFile } from '../ui/message-files.ts';
import { maySeeContact } from './role.ts';

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

/** What a claim, release, close or transfer came to: done, refused (its error code), or its socket was lost first. */
export type ActResult = { ok: true } | { ok: false; code: string };

export interface DeskClientOptions {
  /** Default: this page's origin, /ws/agent. */
  url?: string;
  /** Ping after this long without a frame; drop the socket (half-open link) after twice that. */
  heartbeatMs?: number;
  /** Give up on a socket not welcomed this long after it was opened (default 10 s, ui/socket). */
  connectTimeoutMs?: number;
  /** How a socket is opened (default: the browser's WebSocket, which carries the session cookie). */
  open?: (url: string) => WebSocket;
}

const newId = () => crypto.randomUUID().replace(/-/g, '');

/** An unmasked copy put in the state, and the masked one it replaced. */
type Swap<T> = { shown: T; masked: T | undefined };

type RowPreview = Pick<ConversationSummary, 'lastSeq' | 'updatedAt' | 'preview' | 'visitorMessages'>;

/** A conversation with the newer of two previews of its last message (by seq: frames from several nodes may cross). */
function newestPreview(c: ConversationSummary, other: RowPreview): ConversationSummary {
  if (other.lastSeq <= c.lastSeq) return c;
  return { ...c, lastSeq: other.lastSeq, updatedAt: Math.max(c.updatedAt, other.updatedAt), preview: other.preview, visitorMessages: other.visitorMessages };
}

/**
 * The console's conversations over its socket: hello with every watched conversation and the last seq
 * held, replay then `synced`, replies kept until acknowledged. The connection itself (heartbeat, backoff,
 * the server's `reconnect` hint, online/visibility, no reconnect after `stop`) is ui/socket, shared with
 * the widget. Calls `onNewWaiting` when a conversation enters the queue.
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
    here: {},
    agents: [],
    tickets: [],
    pending: {},
    lastError: null,
    mentionsUnread: 0,
    mentionsUnreadIn: [],
  };
  private readonly live: LiveSocket<AgentServerFrame, AgentClientFrame>;
  private watched = new Set<string>();
  /** The conversation on screen (told to the server, and again on each new socket). */
  private shown: string | null = null;
  /** The tab is in the background: nothing is shown to the others, nothing typed. */
  private hidden = false;
  /** Actions sent on the current socket and not yet answered, by ref. */
  private acts = new Map<string, (r: ActResult) => void>();
  private listeners = new Set<(s: DeskState) => void>();
  /** Set while the socket's frame budget is spent (a `rate_limited`): writes wait in pending until it fires. */
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  /** Per conversation: its first write refused over the budget or held since; it and the ones after it go when the hold ends. */
  private heldFrom = new Map<string, string>();
  /** A frame with no ref (a watch, maybe) was refused: conversations still unsynced are watched again when the hold ends. */
  private rewatch = false;
  /**
   * Conversations whose contact details this console unmasked (`reveal`): the unmasked summary and tickets put in the
   * state, each with the masked copy it replaced, so a right taken away puts the masked ones back (hideRevealed).
   */
  private revealed = new Map<string, { conversation: Swap<ConversationSummary>; tickets: Swap<Ticket>[] }>();

  constructor(
    private readonly onNewWaiting: (c: ConversationSummary) => void,
    options: DeskClientOptions = {},
    private readonly onMention?: (m: Mention) => void,
    private readonly onSnoozeEnded?: (c: ConversationSummary) => void,
  ) {
    this.live = new LiveSocket({
      url: options.url ?? `${location.origin.replace(/^http/, 'ws')}/ws/agent`,
      heartbeatMs: options.heartbeatMs,
      connectTimeoutMs: options.connectTimeoutMs,
      open: options.open,
      hello: () => this.hello(),
      onFrame: (frame) => this.onFrame(frame),
      onState: (connection) => this.update({ connection }),
      // 1008: the session ended or the account was disabled: back to the login page.
      finalCodes: [CLOSE.policy],
      onEnded: () => this.ended(),
    });
  }

  subscribe(listener: (s: DeskState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.live.start();
  }

  /** Close for good (logout, unmount): no socket is opened again. */
  stop(): void {
    this.live.stop();
    this.ended();
  }

  private ended(): void {
    this.endHold();
    this.settleActs();
    this.update({ connection: 'closed', synced: {}, here: {} });
  }

  /** A new socket: nothing is synced on it yet; answers owed on the old one never come. */
  private hello(): AgentClientFrame {
    this.endHold(); // a new socket, a new budget: every pending write goes again once its conversation is synced
    this.settleActs();
    this.update({ synced: {}, here: {} }); // who is here is told again once the conversation is shown on this socket
    const watch = [...this.watched].map((id) => ({ conversationId: id, lastSeq: this.lastSeq(id) }));
    return { type: 'hello', v: 1, watch };
  }

  private lastSeq(conversationId: string): number {
    return this.state.messages[conversationId]?.at(-1)?.seq ?? 0;
  }

  private settleActs(): void {
    for (const settle of this.acts.values()) settle({ ok: false, code: 'disconnected' });
    this.acts.clear();
  }

  /** A conversation found outside the live lists (a search result, maybe closed long ago): kept so it can be opened. */
  show(conversation: ConversationSummary): void {
    if (!this.state.conversations[conversation.id]) this.update({ conversations: { ...this.state.conversations, [conversation.id]: conversation } });
  }

  watch(id: string): void {
    if (this.watched.has(id)) return;
    this.watched.add(id);
    this.frame({ type: 'watch', conversationId: id, lastSeq: this.lastSeq(id) });
  }

  /** The conversation now on screen (null: none): the other consoles showing it see this agent there. Watch it first. */
  view(conversationId: string | null): void {
    if (this.shown === conversationId) return;
    this.shown = conversationId;
    if (!this.hidden) this.frame({ type: 'viewing', conversationId });
  }

  /**
   * The tab went to the background (or came back): a hidden tab shows nothing to the others, so an agent with six
   * tabs is not "viewing" six conversations; back in front, what is on screen counts again at once.
   */
  setHidden(hidden: boolean): void {
    if (this.hidden === hidden) return;
    this.hidden = hidden;
    if (this.shown && this.watched.has(this.shown)) this.frame({ type: 'viewing', conversationId: hidden ? null : this.shown });
  }

  /** The agent is typing in the conversation on screen (the composer sends this at most every 2 s): a reply, or a note. */
  composing(conversationId: string, note: boolean): void {
    if (this.shown === conversationId && !this.hidden) this.frame({ type: 'viewing', conversationId, replying: true, ...(note ? { note: true } : {}) });
  }

  /** What is on screen, said again on this socket (unless the tab is hidden). */
  private sayShown(): void {
    if (this.shown && this.watched.has(this.shown) && !this.hidden) this.frame({ type: 'viewing', conversationId: this.shown });
  }

  send(conversationId: string, text: string): void {
    this.write({ type: 'send', conversationId, clientId: newId(), text });
  }

  note(conversationId: string, text: string, mentions: string[] = []): void {
    this.write({ type: 'note', conversationId, clientId: newId(), text, ...(mentions.length > 0 ? { mentions } : {}) });
  }

  /** Queue, then transmit if the conversation is synced on a live socket (else on the next `synced`, or when a hold ends). */
  private write(item: PendingWrite): void {
    const list = [...(this.state.pending[item.conversationId] ?? []), item];
    this.update({ pending: { ...this.state.pending, [item.conversationId]: list } });
    if (this.holdTimer !== undefined) this.holdFrom(item.conversationId, item.clientId);
    else if (this.state.synced[item.conversationId]) this.frame(item);
  }

  /**
   * Over the socket's frame budget: nothing is lost. A refused write stays pending (shown as sending, not as an
   * error) and so do the ones after it; after `retryAfter` each conversation's go again from its first refused
   * one, in typing order (the server refuses a conversation's later writes until that one comes again).
   */
  private hold(frame: ErrorFrame): void {
    const write = frame.ref === undefined ? undefined : Object.values(this.state.pending).flat().find((p) => p.clientId === frame.ref);
    if (write) this.holdFrom(write.conversationId, write.clientId);
    else if (frame.ref === undefined) this.rewatch = true;
    this.holdTimer ??= setTimeout(() => this.release(), (frame.retryAfter ?? 1) * 1000);
  }

  /** Held from `clientId` on in its conversation, unless held from an earlier write already. */
  private holdFrom(conversationId: string, clientId: string): void {
    const list = this.state.pending[conversationId] ?? [];
    const held = this.heldFrom.get(conversationId);
    if (held === undefined || list.findIndex((p) => p.clientId === clientId) < list.findIndex((p) => p.clientId === held)) this.heldFrom.set(conversationId, clientId);
  }

  private release(): void {
    const held = this.heldFrom;
    const rewatch = this.rewatch;
    this.endHold();
    for (const [id, from] of held) {
      const list = this.state.pending[id] ?? [];
      // (Acknowledged meanwhile, by a copy sent before the hold: the rest of the conversation's pending go.)
      const start = Math.max(0, list.findIndex((p) => p.clientId === from));
      if (this.state.synced[id]) for (const item of list.slice(start)) this.frame(item);
    }
    if (rewatch) for (const id of this.watched) if (!this.state.synced[id]) this.frame({ type: 'watch', conversationId: id, lastSeq: this.lastSeq(id) });
    // A refused frame may have been the one saying what is on screen: said again (the server ignores a repeat).
    this.sayShown();
  }

  private endHold(): void {
    clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
    this.heldFrom = new Map();
    this.rewatch = false;
  }

  typing(conversationId: string): void {
    if (this.hidden) return; // never from a tab in the background
    this.frame({ type: 'typing', conversationId });
  }

  read(conversationId: string, seq: number): void {
    this.frame({ type: 'read', conversationId, seq });
  }

  act(type: 'claim' | 'release' | 'close', conversationId: string): Promise<ActResult> {
    return this.ask({ type, conversationId, ref: newId() });
  }

  transfer(conversationId: string, agentId: string): Promise<ActResult> {
    return this.ask({ type: 'transfer', conversationId, agentId, ref: newId() });
  }

  /** Sent now, answered by `done` or a refusal with its ref; not resent after a drop (the caller looks again and decides). */
  private ask(frame: Extract<AgentClientFrame, { type: 'claim' | 'release' | 'close' | 'transfer' }> & { ref: string }): Promise<ActResult> {
    if (!this.frame(frame)) return Promise.resolve({ ok: false, code: 'disconnected' });
    return new Promise((settle) => this.acts.set(frame.ref, settle));
  }

  /** Snooze until `until` (Unix ms), or wake now (null): the holder only; the row and header follow the answer at once. Whether it was done. */
  async snooze(conversationId: string, until: number | null): Promise<boolean> {
    const path = `/api/v1/conversations/${conversationId}/snooze`;
    const r = await (until === null ? api<{ conversation: ConversationSummary }>('DELETE', path) : api<{ conversation: ConversationSummary }>('POST', path, { until }));
    if (!r.ok) return (this.refused(r), false);
    this.update({ conversations: { ...this.state.conversations, [conversationId]: r.data.conversation } });
    return true;
  }

  /** Contact details unmasked for one conversation (the server checks the role and audits it). */
  async reveal(conversationId: string): Promise<void> {
    const r = await api<RevealResponse>('POST', `/api/v1/conversations/${conversationId}/reveal`);
    if (!r.ok) return this.refused(r);
    const s = this.state;
    const { conversation, messages, notes, tickets } = r.data;
    const later = (s.messages[conversationId] ?? []).filter((m) => m.seq > (messages.at(-1)?.seq ?? 0));
    const before = this.revealed.get(conversationId); // revealed again: the masked copies are the first reveal's
    const masked = <T extends { id: string }>(shown: T, now: T | undefined, was: Swap<T> | undefined): Swap<T> => ({ shown, masked: was && was.shown === now ? was.masked : now });
    this.revealed.set(conversationId, {
      conversation: masked(conversation, s.conversations[conversationId], before?.conversation),
      tickets: tickets.map((u) => masked(u, s.tickets.find((x) => x.id === u.id), before?.tickets.find((w) => w.shown.id === u.id))),
    });
    this.update({
      conversations: { ...s.conversations, [conversationId]: conversation },
      messages: { ...s.messages, [conversationId]: [...messages, ...later] },
      notes: { ...s.notes, [conversationId]: notes },
      tickets: s.tickets.map((t) => tickets.find((u) => u.id === t.id) ?? t),
    });
  }

  /**
   * Contact details unmasked here, masked again: each revealed summary and ticket still shown goes back to its masked
   * copy (a later frame's is masked already), and the transcript and notes are dropped and replayed by the server,
   * masked (a watch from seq 0).
   */
  private hideRevealed(): void {
    if (this.revealed.size === 0) return;
    const s = this.state;
    const conversations = { ...s.conversations };
    const messages = { ...s.messages };
    const notes = { ...s.notes };
    const synced = { ...s.synced };
    let tickets = s.tickets;
    for (const [id, was] of this.revealed) {
      if (conversations[id] === was.conversation.shown && was.conversation.masked) conversations[id] = was.conversation.masked;
      tickets = tickets.flatMap((x) => {
        const w = was.tickets.find((y) => y.shown === x);
        return !w ? [x] : w.masked ? [w.masked] : []; // one this console never had masked: dropped (a ticket frame brings it back)
      });
      delete messages[id];
      delete notes[id];
      delete synced[id];
    }
    const ids = [...this.revealed.keys()];
    this.revealed.clear();
    this.update({ conversations, messages, notes, synced, tickets });
    for (const id of ids) if (this.watched.has(id)) this.frame({ type: 'watch', conversationId: id, lastSeq: 0 });
  }

  /** Delete a file (audited by the server); this console drops it from the message at once. */
  async removeFile(conversationId: string, messageId: string, attachmentId: string): Promise<void> {
    const r = await api<null>('DELETE', `/api/v1/attachments/${encodeURIComponent(attachmentId)}`);
    if (!r.ok && r.status !== 404) return this.refused(r);
    this.dropFile(conversationId, messageId, attachmentId); // at once here; other consoles hear `attachment_removed`
  }

  /** A REST refusal shown where a socket's is, its reason kept. */
  private refused(r: ApiFailure): void {
    this.update({ lastError: { type: 'error', code: r.code ?? 'forbidden', message: r.message, ...(r.reason ? { reason: r.reason } : {}) } });
  }

  private dropFile(conversationId: string, messageId: string, attachmentId: string): void {
    const next = withoutFile(this.state.messages[conversationId] ?? [], messageId, attachmentId);
    if (next) this.update({ messages: { ...this.state.messages, [conversationId]: next } });
  }

  /** Conversations fetched elsewhere (a visitor's earlier ones), so they can be opened; newer copies win. */
  remember(conversations: ConversationSummary[]): void {
    this.update({ conversations: { ...Object.fromEntries(conversations.map((c) => [c.id, c])), ...this.state.conversations } });
  }

  presence(status: 'online' | 'away'): void {
    this.frame({ type: 'presence', status });
  }

  private frame(frame: AgentClientFrame): boolean {
    if (!this.live.isOpen) return false;
    if (this.state.lastError) this.update({ lastError: null }); // a new action: the last refusal is old news
    return this.live.send(frame);
  }

  private onFrame(frame: AgentServerFrame): void {
    const s = this.state;
    switch (frame.type) {
      case 'welcome': {
        const conversations = Object.fromEntries(frame.conversations.map((c) => [c.id, c]));
        for (const id of this.watched) if (!conversations[id]) this.watched.delete(id);
        this.update({ me: frame.agent, conversations, agents: frame.agents, tickets: frame.tickets, mentionsUnread: frame.mentionsUnread, mentionsUnreadIn: frame.mentionsUnreadIn });
        this.live.ready();
        // The agent's own chats are always followed (the ones in hello are being replayed already).
        for (const c of frame.conversations) if (c.status === 'assigned' && c.agentId === frame.agent.id) this.watch(c.id);
        // What is on screen, again on this socket; one no longer listed (closed, found by a search) is watched and
        // shown again by the page, once it sees the console online.
        if (this.shown && this.watched.has(this.shown)) this.sayShown();
        else this.shown = null;
        return;
      }
      case 'conversation': {
        const before = s.conversations[frame.conversation.id];
        // A summary read before a message whose preview came already keeps that preview.
        const c = before ? newestPreview(frame.conversation, before) : frame.conversation;
        if (c.status === 'waiting' && before?.status !== 'waiting') this.onNewWaiting(c);
        if (c.status === 'assigned' && c.agentId === s.me?.id) this.watch(c.id);
        return this.update({ conversations: { ...s.conversations, [c.id]: c } });
      }
      case 'previews': {
        const conversations = { ...s.conversations };
        for (const p of frame.previews) {
          const c = conversations[p.id];
          if (c) conversations[p.id] = newestPreview(c, p);
        }
        return this.update({ conversations });
      }
      case 'message': {
        const list = s.messages[frame.message.conversationId] ?? [];
        const last = list.at(-1)?.seq ?? 0;
        if (frame.message.seq <= last) return; // a replay overlapping what is held
        // A gap: never show a partial transcript; a new socket's hello replays from the last seq held.
        if (frame.message.seq > last + 1) return this.live.drop();
        return this.update({ messages: { ...s.messages, [frame.message.conversationId]: [...list, frame.message] } });
      }
      case 'note': {
        const list = s.notes[frame.note.conversationId] ?? [];
        if (list.some((n) => n.id === frame.note.id)) return;
        return this.update({ notes: { ...s.notes, [frame.note.conversationId]: [...list, frame.note] } });
      }
      case 'synced': {
        this.update({ synced: { ...s.synced, [frame.conversationId]: true } });
        // Resend what was not acknowledged, in typing order (the server stores each clientId once); in a hold, when it ends.
        const pending = s.pending[frame.conversationId] ?? [];
        if (this.holdTimer !== undefined && pending[0]) this.holdFrom(frame.conversationId, pending[0].clientId);
        else for (const item of pending) this.frame(item);
        return;
      }
      case 'typing':
        return this.update({ typingUntil: { ...s.typingUntil, [frame.conversationId]: Date.now() + 4000 } });
      case 'read':
        return this.update({ readSeq: { ...s.readSeq, [frame.conversationId]: frame.seq } });
      case 'here':
        return this.update({ here: { ...s.here, [frame.conversationId]: frame.people } });
      case 'agents': {
        const me = frame.agents.find((a) => a.id === s.me?.id) ?? s.me;
        this.update({ agents: frame.agents, me });
        if (me && !maySeeContact(me)) this.hideRevealed(); // the right was taken away: what it showed goes too
        return;
      }
      case 'ticket': // a new ticket, or a change to one (status, assignee)
        return this.update({ tickets: s.tickets.some((t) => t.id === frame.ticket.id) ? s.tickets.map((t) => (t.id === frame.ticket.id ? frame.ticket : t)) : [frame.ticket, ...s.tickets] });
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
        const act = frame.ref !== undefined && this.acts.has(frame.ref);
        if (frame.ref) this.settle(frame.ref, { ok: false, code: frame.code });
        if (frame.code === 'rate_limited') {
          this.hold(frame);
          if (!act) return; // a held write goes again by itself; a claim, close… is the agent's to click again
        }
        // A refused write (not yours any more, bad text…) is shown once and not resent.
        const pending = Object.fromEntries(Object.entries(s.pending).map(([id, list]) => [id, list.filter((p) => p.clientId !== frame.ref)]));
        return this.update({ lastError: frame, pending });
      }
      case 'ack': {
        const pending = Object.fromEntries(Object.entries(s.pending).map(([id, list]) => [id, list.filter((p) => p.clientId !== frame.clientId)]));
        return this.update({ pending });
      }
      case 'mention': // a teammate mentioned this agent in a note
        this.update({ mentionsUnread: frame.unread, mentionsUnreadIn: frame.unreadIn });
        return this.onMention?.(frame.mention);
      case 'snooze_ended': { // a chat of this agent's woke on its own (its time, or the visitor wrote): ring as for a new one
        const c = s.conversations[frame.conversationId];
        return void (c && this.onSnoozeEnded?.(c));
      }
      case 'mentions_read': // opened here or in another console of theirs
        return this.update({ mentionsUnread: frame.unread, mentionsUnreadIn: frame.unreadIn });
      case 'teams_changed': // an admin edited the labels or teams: every page that shows them reads them again
        return void reloadTeams();
      case 'webhooks_changed': // an endpoint changed, or deliveries were attempted: an open Webhooks page reads them again
        return webhooksChanged();
      case 'emails_changed': // an e-mail bounced: the lists showing this conversation's e-mails read them again
        return emailsChanged(frame.conversationId);
      case 'attachment_removed':
        return this.dropFile(frame.conversationId, frame.messageId, frame.attachmentId);
      case 'done':
        return this.settle(frame.ref, { ok: true });
      case 'pong':
      case 'reconnect': // the hint is the socket's (ui/socket)
        return;
    }
  }

  private settle(ref: string, result: ActResult): void {
    this.acts.get(ref)?.(result);
    this.acts.delete(ref);
  }

  private update(patch: Partial<DeskState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }
}
