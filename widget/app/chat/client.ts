import type { Channels, ChatMessage, ConversationStatus, ErrorFrame, VisitorClientFrame, VisitorServerFrame } from '../../../protocol/index.ts';
import { REOPEN_CODE } from '../../../protocol/reopen-code.ts';
import { withoutFile } from '../../../ui/message-files.ts';
import { LiveSocket, type LinkState } from '../../../ui/socket/live-socket.ts';
import { clearState, keepLanguage, keptFor, loadState, saveState, type OutboxItem, type PersistedState } from './persisted.ts';
import { EMPTY_HANDOFF, reduceHandoff, ticketRefused, type HandoffClientFrame, type HandoffView } from './handoff.ts';

/** An earlier, closed conversation of this visitor, shown above the current one. */
export interface EarlierConversation {
  id: string;
  closedAt: number;
  messages: readonly ChatMessage[];
}

export type ConnectionState = LinkState;

export interface PendingMessage extends OutboxItem {
  failed: ErrorFrame | null;
}

export interface ChatSnapshot {
  connection: ConnectionState;
  status: ConversationStatus;
  agentName: string | null;
  /** The last state said the agent's new name (the same agent renamed), not another agent. */
  renamed: boolean;
  /** Queue place, agents online, typing, read receipts, rating: see handoff.ts. */
  handoff: HandoffView;
  /** Stored messages, in seq order, no gaps or duplicates. */
  messages: readonly ChatMessage[];
  /** Typed but not yet acknowledged, in send order. */
  pending: readonly PendingMessage[];
  lastError: ErrorFrame | null;
  /** The conversation's last seq at this page view's first welcome: messages up to it are history, not news. */
  historySeq: number | null;
  /** "Was this helpful?" votes the server has stored in this page view, by bot message id. */
  votes: Readonly<Record<string, boolean>>;
  /** The site's other channels (phones, e-mail, social, help centre), when it has any. */
  channels: Channels | null;
  /** The conversation the messages belong to (from the last welcome). */
  conversationId: string | null;
  /** Earlier conversations, oldest first: they stay readable above a "new conversation" divider. */
  earlier: readonly EarlierConversation[];
  /** An e-mail's reopen link that did not open its conversation (until the visitor writes): why. */
  reopenFailed: 'invalid' | 'sign_in' | null;
  /**
   * The language the bot speaks in this conversation when the server said one (the visitor writes it, or chose it),
   * else null: the widget's own. The widget's words follow it.
   */
  language: { locale: string; chosen: boolean; byAgent?: true } | null;
}

export interface ChatClientOptions {
  url: string;
  locale: string;
  site: string | null;
  storage: Storage | null;
  /** Heartbeat: ping after this long without a frame; give up on the socket after twice that. */
  heartbeatMs?: number;
  /** Give up on a socket not welcomed this long after it was opened (default 10 s, ui/socket). */
  connectTimeoutMs?: number;
  /** The code of an e-mail's reopen link (already taken out of the address): sent in hellos until a welcome answers it. */
  reopen?: string | null;
}

const newClientId = () => crypto.randomUUID().replace(/-/g, '');

type LanguageChoice = Extract<VisitorClientFrame, { type: 'language' }>;

/**
 * The widget's conversation: hello with the stored token and the last seq it has, replay of what it
 * missed, an outbox that survives reloads and drops. The connection itself (heartbeat, backoff, the
 * server's "reconnect after" hint, online/visibility) is ui/socket, shared with the console.
 */
export class ChatClient {
  private readonly live: LiveSocket<VisitorServerFrame, VisitorClientFrame>;
  private persisted: PersistedState;
  private failed = new Map<string, ErrorFrame>();
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  private page: { url: string; title: string } | null = null;
  private identity: string | null = null;
  private listeners = new Set<(s: ChatSnapshot) => void>();
  /** The conversation the messages held belong to (from the last welcome). */
  private conversationId: string | null = null;
  private reopen: string | null;
  /**
   * A language chosen here and not yet answered by the server (sent once the socket is up): the visitor's own (shown
   * at once), or the site's for them (`by: 'site'`: shown as the server answers, which may keep the visitor's).
   */
  private choice: LanguageChoice | null = null;
  /** The language the server last said this conversation speaks (null: the widget's own), shown again when it refuses a choice. */
  private told: ChatSnapshot['language'] = null;
  /** The language shown is the device's kept choice, not yet said by the server for a conversation that already has messages. */
  private guessed: boolean;
  snapshot: ChatSnapshot;

  constructor(private readonly options: ChatClientOptions) {
    this.persisted = loadState(options.storage);
    // The visitor's kept choice is shown from the first paint; a new conversation starts in it (see the welcome).
    const kept = this.keptLanguage();
    this.guessed = kept !== null;
    // A code cut short (or edited) is refused here: a hello the server cannot parse would be refused again at every reconnect.
    this.reopen = options.reopen && REOPEN_CODE.test(options.reopen) ? options.reopen : null;
    this.snapshot = { connection: 'connecting', status: 'bot', agentName: null, renamed: false, handoff: EMPTY_HANDOFF, messages: [], pending: this.pendingView(), lastError: null, historySeq: null, votes: {}, channels: null, earlier: [], conversationId: null, reopenFailed: options.reopen && !this.reopen ? 'invalid' : null, language: kept === null ? null : { locale: kept, chosen: true } };
    this.live = new LiveSocket({
      url: options.url,
      heartbeatMs: options.heartbeatMs,
      connectTimeoutMs: options.connectTimeoutMs,
      hello: () => this.hello(),
      onFrame: (frame) => this.onFrame(frame),
      onState: (connection) => {
        this.update({ connection });
        // Welcomed, or the welcomed socket answered after a blip: what waits is sent, in typed order.
        if (connection !== 'online') return;
        if (this.choice !== null) this.frame(this.choice);
        for (const item of this.persisted.outbox) if (!this.failed.has(item.clientId)) this.transmit(item);
      },
    });
  }

  subscribe(listener: (s: ChatSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.live.start();
  }

  /** Close for good: no reconnect, no timers. */
  stop(): void {
    clearTimeout(this.holdTimer);
    this.live.stop();
  }

  /** Logout: close for good and forget the visitor (token and outbox) in this origin's storage. */
  forget(): void {
    this.stop();
    this.persisted = { token: null, outbox: [], languages: [] };
    clearState(this.options.storage);
  }

  /** A signed identity from the host or app, opaque here: sent in `hello`, so a live socket says hello again. */
  identify(identity: string): void {
    this.identity = identity;
    this.live.drop();
  }

  /** Where a file goes: this visitor's token and conversation (sent as headers, never in a URL); null before the first welcome. */
  uploadTarget(): { token: string; conversationId: string } | null {
    return this.persisted.token && this.conversationId ? { token: this.persisted.token, conversationId: this.conversationId } : null;
  }

  setPage(page: { url: string; title: string }): void {
    this.page = page;
  }

  send(text: string): void {
    const item: OutboxItem = { clientId: newClientId(), text, createdAt: Date.now() };
    if (this.snapshot.reopenFailed) this.update({ reopenFailed: null });
    this.persisted.outbox.push(item);
    this.persist();
    this.transmit(item);
  }

  retry(clientId: string): void {
    const item = this.persisted.outbox.find((o) => o.clientId === clientId);
    if (!item) return;
    this.failed.delete(clientId);
    this.update({});
    this.transmit(item);
  }

  requestHandoff(): void {
    this.frame({ type: 'handoff' });
  }

  /**
   * The visitor chooses the language of the widget and the bot (shown at once), or the site does for them (`site`: the
   * host's setLocale, shown once the server answers: it keeps a language the visitor or an agent chose unless
   * `site.override`); sent now, or once the socket is up, for the server to keep over what the visitor writes.
   */
  chooseLanguage(locale: string, site?: { override: boolean }): void {
    this.choice = { type: 'language', locale, by: site ? 'site' : 'visitor', ...(site?.override && { override: true as const }) };
    // Kept on this device for the visitor's next conversations: their own choice; the site's with `override` is later
    // than it and wins, so it is forgotten (the site's own never is kept: the host says it again on every page).
    if (!site || site.override) this.keep(site ? null : locale);
    if (!site) this.update({ language: { locale, chosen: true } });
    if (this.snapshot.connection === 'online') this.frame(this.choice);
  }

  /** Vote on a bot message; shown once the server confirms (`feedback_saved`). A second vote replaces the first. */
  vote(messageId: string, helpful: boolean): void {
    this.frame({ type: 'feedback', messageId, helpful });
  }

  /** Cancel the request, leave a message, rate, say "typing" or "read" (see handoff.ts). */
  handoffAction(frame: HandoffClientFrame): void {
    if (frame.type !== 'leave_message') return this.frame(frame);
    // A ticket is confirmed or refused by the server; with no socket, the form says it could not be sent.
    const open = this.live.isOpen;
    this.frame(frame);
    this.update({
      handoff: open
        ? { ...this.snapshot.handoff, ticketSending: true, ticketError: null }
        : { ...this.snapshot.handoff, ticketError: { type: 'error', code: 'not_ready', message: 'not connected' } },
    });
  }

  /**
   * Hold every unsent message for `seconds`, then send them again in typed order: one refused message never
   * lets a later one overtake it (the server refuses the later ones on that socket too).
   */
  private holdOutbox(seconds: number): void {
    if (this.holdTimer !== undefined) return;
    this.holdTimer = setTimeout(() => {
      this.holdTimer = undefined;
      for (const [clientId, error] of this.failed) if (error.code === 'rate_limited') this.failed.delete(clientId);
      for (const item of this.persisted.outbox) if (!this.failed.has(item.clientId)) this.transmit(item);
    }, seconds * 1000);
  }

  private transmit(item: OutboxItem): void {
    if (this.snapshot.connection === 'online' && this.holdTimer === undefined) this.frame({ type: 'send', clientId: item.clientId, text: item.text });
    this.update({});
  }

  private frame(frame: VisitorClientFrame): void {
    this.live.send(frame);
  }

  private hello(): VisitorClientFrame {
    return {
      type: 'hello',
      v: 1,
      locale: this.options.locale,
      lastSeq: this.snapshot.messages.at(-1)?.seq ?? 0,
      ...(this.persisted.token ? { token: this.persisted.token } : {}),
      ...(this.options.site ? { site: this.options.site } : {}),
      ...(this.page ? { page: this.page } : {}),
      ...(this.identity ? { identity: this.identity } : {}),
      ...(this.reopen ? { reopen: this.reopen } : {}),
    };
  }

  private onFrame(frame: VisitorServerFrame): void {
    switch (frame.type) {
      case 'welcome': {
        this.persisted.token = frame.token;
        this.persist();
        if (frame.reopen) this.reopen = null; // used (or refused): never sent again
        // No continuity with what is held: drop the view; the replay that follows is the fresh snapshot.
        const another = this.conversationId !== null && this.conversationId !== frame.conversationId;
        // A conversation with nothing in it yet starts in the visitor's kept choice (unless a newer one of theirs is on its way).
        const kept = frame.lastSeq === 0 ? this.keptLanguage() : null;
        if (kept !== null && this.choice?.by !== 'visitor') this.choice = { type: 'language', locale: kept, by: 'visitor' };
        if (frame.lastSeq === 0) this.guessed = false;
        const reset = frame.resync === 'full' || another;
        // A new conversation after a closed one: the closed one's messages stay, above the new one.
        const moved = another && this.snapshot.messages.length > 0;
        const earlier = moved ? [...this.snapshot.earlier, { id: this.conversationId!, closedAt: Date.now(), messages: this.snapshot.messages }] : this.snapshot.earlier;
        this.conversationId = frame.conversationId;
        if (another) this.told = null;
        this.update({
          status: frame.status,
          channels: frame.channels ?? null,
          conversationId: frame.conversationId,
          earlier,
          historySeq: this.snapshot.historySeq ?? frame.lastSeq,
          ...(reset ? { messages: [] } : {}),
          // Another conversation speaks the widget's language until the server says otherwise (or the choice made here, on its way).
          ...(another || kept !== null ? { language: this.choice === null || this.choice.by === 'site' ? null : { locale: this.choice.locale, chosen: true } } : {}),
          ...(frame.reopen ? { reopenFailed: frame.reopen === 'ok' ? null : frame.reopen } : {}),
        });
        return this.live.ready(); // online: the outbox goes out (see onState)
      }
      case 'history':
        return this.update({ earlier: frame.conversations.filter((c) => c.id !== this.conversationId) });
      case 'message':
        return this.addMessage(frame.message);
      case 'ack':
        this.persisted.outbox = this.persisted.outbox.filter((o) => o.clientId !== frame.clientId);
        this.persist();
        return this.update({});
      case 'state':
        // The end of a hello's burst: a kept choice shown that the conversation does not speak (no language frame came) is undone.
        if (this.guessed) {
          this.guessed = false;
          if (this.told === null) this.snapshot = { ...this.snapshot, language: null };
        }
        return this.update({ status: frame.status, agentName: frame.agentName, renamed: frame.renamed === true, handoff: reduceHandoff(this.snapshot.handoff, frame) });
      case 'typing':
      case 'read':
      case 'ticket_saved':
        return this.update({ handoff: reduceHandoff(this.snapshot.handoff, frame) });
      case 'error': {
        // A choice of language refused (the server's words: not one the widget speaks): what it said before stands, and
        // its next language frames are news again.
        if (frame.code === 'bad_frame' && frame.path === 'locale' && this.choice !== null) {
          if (this.choice.locale === this.keptLanguage()) this.keep(null);
          this.choice = null;
          return this.update({ language: this.told });
        }
        const ref = frame.ref;
        if (ref) this.failed.set(ref, frame);
        // Over a limit: shown as not sent, and sent again by itself (in order) once the server says it may be.
        if (ref && frame.code === 'rate_limited') this.holdOutbox(frame.retryAfter ?? 5);
        const handoff = ticketRefused(this.snapshot.handoff, frame);
        return this.update({ lastError: frame, ...(handoff ? { handoff } : {}) });
      }
      case 'attachment_removed': {
        const messages = withoutFile(this.snapshot.messages, frame.messageId, frame.attachmentId);
        return messages ? this.update({ messages }) : undefined;
      }
      case 'language':
        this.guessed = false;
        this.told = { locale: frame.locale, chosen: frame.chosen, ...(frame.byAgent ? { byAgent: frame.byAgent } : {}) };
        // While the visitor's choice made here is on its way, only its answer is news (the site's: whatever the server answers).
        if (this.choice !== null && this.choice.by !== 'site' && !(frame.chosen && frame.locale === this.choice.locale)) return;
        this.choice = null;
        return this.update({ language: this.told });
      case 'feedback_saved':
        return this.update({ votes: { ...this.snapshot.votes, [frame.messageId]: frame.helpful } });
      case 'reconnect': // the hint is the socket's (ui/socket)
      case 'pong':
        return;
    }
  }

  private addMessage(message: ChatMessage): void {
    const messages = this.snapshot.messages;
    const last = messages.at(-1)?.seq ?? 0;
    if (message.seq <= last) return; // already have it
    if (message.seq > last + 1) return this.live.drop(); // a gap: never show a partial history; reconnect and replay
    // Their message arrived: "typing…" ends with it.
    const handoff = message.author === 'agent' ? { ...this.snapshot.handoff, typingUntil: 0 } : this.snapshot.handoff;
    this.update({ messages: [...messages, message], handoff });
  }

  private pendingView(): PendingMessage[] {
    const delivered = new Set(this.snapshot?.messages.map((m) => m.clientId) ?? []);
    return this.persisted.outbox
      .filter((o) => !delivered.has(o.clientId))
      .map((o) => ({ ...o, failed: this.failed.get(o.clientId) ?? null }));
  }

  /** The visitor's kept choice of language for this widget's site, if this device has one. */
  private keptLanguage(): string | null {
    return keptFor(this.persisted.languages, this.options.site);
  }

  private keep(locale: string | null): void {
    this.persisted.languages = keepLanguage(this.persisted.languages, this.options.site, locale);
    this.persist();
  }

  private persist(): void {
    saveState(this.options.storage, this.persisted);
  }

  private update(patch: Partial<ChatSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.snapshot = { ...this.snapshot, pending: this.pendingView() };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
