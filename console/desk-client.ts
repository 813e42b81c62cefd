import type { AgentClientFrame, AgentServerFrame, ConversationSummary, Mention, RevealResponse } from '../protocol/index.ts';
import { CLOSE } from '../protocol/errors.ts';
import { LiveSocket } from '../ui/socket/live-socket.ts';
import { api, type ApiFailure } from './api.ts';
import { reloadTeams } from './teams-data.ts';
import { webhooksChanged } from './webhooks-data.ts';
import { emailsChanged } from './emails-data.ts';
import { maySeeContact } from './role.ts';
import { DeskStore, type DeskPatch, type DeskState } from './desk-state.ts';
import { arrivedSummary, withKnown, withPreviews, withTicket, withoutErased } from './desk-lists.ts';
import { lastSeqHeld, withMessage, withNote, withoutMessageFile } from './desk-transcript.ts';
import { PendingWrites } from './desk-writes.ts';
import { RevealedContacts } from './desk-reveal.ts';
import { AwaitedActs, type ActResult } from './desk-acts.ts';
import { OnScreen } from './desk-viewing.ts';

export type { DeskState, PendingWrite } from './desk-state.ts';
export type { ActResult } from './desk-acts.ts';

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

/**
 * The console's conversations over its socket: hello with every watched conversation and the last seq
 * held, replay then `synced`, replies kept until acknowledged (desk-writes.ts). The state and its parts are
 * desk-state.ts (the lists desk-lists.ts, transcripts desk-transcript.ts, unmasked contacts desk-reveal.ts);
 * claims, closes… awaiting their answer are desk-acts.ts, what is on screen desk-viewing.ts;
 * the connection itself (heartbeat, backoff, the server's `reconnect` hint, online/visibility, no reconnect
 * after `stop`) is ui/socket, shared with the widget. Calls `onNewWaiting` when a conversation enters the queue.
 */
export class DeskClient {
  private readonly store = new DeskStore();
  private readonly live: LiveSocket<AgentServerFrame, AgentClientFrame>;
  private readonly writes = new PendingWrites(
    this.store,
    (item) => this.frame(item),
    (rewatch) => {
      if (rewatch) for (const id of this.watched) if (!this.state.synced[id]) this.frame({ type: 'watch', conversationId: id, lastSeq: this.lastSeq(id) });
      // A refused frame may have been the one saying what is on screen: said again (the server ignores a repeat).
      this.screen.sayAgain();
    },
  );
  private readonly revealed = new RevealedContacts(this.store);
  private readonly acts = new AwaitedActs((frame) => this.frame(frame));
  private watched = new Set<string>();
  private readonly screen = new OnScreen((frame) => this.frame(frame), (id) => this.watched.has(id));

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

  get state(): DeskState {
    return this.store.state;
  }

  subscribe(listener: (s: DeskState) => void): () => void {
    return this.store.subscribe(listener);
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
    this.writes.end();
    this.acts.lost();
    this.update({ connection: 'closed', synced: {}, here: {} });
  }

  /** A new socket: nothing is synced on it yet; answers owed on the old one never come. */
  private hello(): AgentClientFrame {
    this.writes.end(); // a new socket, a new budget: every pending write goes again once its conversation is synced
    this.acts.lost();
    this.update({ synced: {}, here: {} }); // who is here is told again once the conversation is shown on this socket
    const watch = [...this.watched].map((id) => ({ conversationId: id, lastSeq: this.lastSeq(id) }));
    return { type: 'hello', v: 1, watch };
  }

  private lastSeq(conversationId: string): number {
    return lastSeqHeld(this.state, conversationId);
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
    this.screen.view(conversationId);
  }

  /** The tab went to the background (or came back): a hidden tab shows nothing to the others (desk-viewing.ts). */
  setHidden(hidden: boolean): void {
    this.screen.setHidden(hidden);
  }

  /** The agent is typing in the conversation on screen (the composer sends this at most every 2 s): a reply, or a note. */
  composing(conversationId: string, note: boolean): void {
    this.screen.composing(conversationId, note);
  }

  send(conversationId: string, text: string): void {
    this.writes.add({ type: 'send', conversationId, clientId: newId(), text });
  }

  note(conversationId: string, text: string, mentions: string[] = []): void {
    this.writes.add({ type: 'note', conversationId, clientId: newId(), text, ...(mentions.length > 0 ? { mentions } : {}) });
  }

  typing(conversationId: string): void {
    if (this.screen.hidden) return; // never from a tab in the background
    this.frame({ type: 'typing', conversationId });
  }

  read(conversationId: string, seq: number): void {
    this.frame({ type: 'read', conversationId, seq });
  }

  act(type: 'claim' | 'release' | 'close', conversationId: string): Promise<ActResult> {
    return this.acts.ask({ type, conversationId, ref: newId() });
  }

  transfer(conversationId: string, agentId: string): Promise<ActResult> {
    return this.acts.ask({ type: 'transfer', conversationId, agentId, ref: newId() });
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
    this.revealed.show(conversationId, r.data);
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
    const patch = withoutMessageFile(this.state, conversationId, messageId, attachmentId);
    if (patch) this.update(patch);
  }

  /** Conversations fetched elsewhere (a visitor's earlier ones), so they can be opened; newer copies win. */
  remember(conversations: ConversationSummary[]): void {
    this.update(withKnown(this.state, conversations));
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
        // What is on screen, again on this socket (one no longer listed is shown again by the page).
        return this.screen.welcomed();
      }
      case 'conversation': {
        const c = arrivedSummary(s, frame);
        if (c.status === 'waiting' && s.conversations[c.id]?.status !== 'waiting') this.onNewWaiting(c);
        if (c.status === 'assigned' && c.agentId === s.me?.id) this.watch(c.id);
        return this.update({ conversations: { ...s.conversations, [c.id]: c } });
      }
      case 'previews':
        return this.update(withPreviews(s, frame));
      case 'message': {
        const patch = withMessage(s, frame.message);
        return patch === 'gap' ? this.live.drop() : void (patch && this.update(patch));
      }
      case 'note': {
        const patch = withNote(s, frame.note);
        return void (patch && this.update(patch));
      }
      case 'synced':
        this.update({ synced: { ...s.synced, [frame.conversationId]: true } });
        return this.writes.resend(frame.conversationId);
      case 'typing':
        return this.update({ typingUntil: { ...s.typingUntil, [frame.conversationId]: Date.now() + 4000 } });
      case 'read':
        return this.update({ readSeq: { ...s.readSeq, [frame.conversationId]: frame.seq } });
      case 'here':
        return this.update({ here: { ...s.here, [frame.conversationId]: frame.people } });
      case 'agents': {
        const me = frame.agents.find((a) => a.id === s.me?.id) ?? s.me;
        this.update({ agents: frame.agents, me });
        // The right was taken away: what it showed goes too, replayed masked from seq 0.
        if (me && !maySeeContact(me)) for (const id of this.revealed.hide()) if (this.watched.has(id)) this.frame({ type: 'watch', conversationId: id, lastSeq: 0 });
        return;
      }
      case 'ticket': // a new ticket, or a change to one (status, assignee)
        return this.update({ tickets: withTicket(s.tickets, frame.ticket) });
      case 'erased': {
        const gone = new Set(frame.conversationIds);
        for (const id of gone) this.watched.delete(id);
        return this.update(withoutErased(s, gone));
      }
      case 'error': {
        const act = this.acts.awaits(frame.ref);
        if (frame.ref) this.acts.settle(frame.ref, { ok: false, code: frame.code });
        if (frame.code === 'rate_limited') {
          this.writes.hold(frame);
          if (!act) return; // a held write goes again by itself; a claim, close… is the agent's to click again
        }
        // A refused write (not yours any more, bad text…) is shown once and not resent.
        return this.update({ lastError: frame, pending: this.writes.without(frame.ref) });
      }
      case 'ack':
        return this.update({ pending: this.writes.without(frame.clientId) });
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
        return this.acts.settle(frame.ref, { ok: true });
      case 'pong':
      case 'reconnect': // the hint is the socket's (ui/socket)
        return;
    }
  }

  private update(patch: DeskPatch): void {
    this.store.update(patch);
  }
}
