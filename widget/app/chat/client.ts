import type { ChatMessage, ConversationStatus, ErrorFrame, VisitorClientFrame, VisitorServerFrame } from '../../../protocol/index.ts';
import { backoffDelay } from './backoff.ts';
import { loadState, saveState, type OutboxItem, type PersistedState } from './persisted.ts';

export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'offline';

export interface PendingMessage extends OutboxItem {
  failed: ErrorFrame | null;
}

export interface ChatSnapshot {
  connection: ConnectionState;
  status: ConversationStatus;
  agentName: string | null;
  /** Stored messages, in seq order, no gaps or duplicates. */
  messages: readonly ChatMessage[];
  /** Typed but not yet acknowledged, in send order. */
  pending: readonly PendingMessage[];
  lastError: ErrorFrame | null;
}

export interface ChatClientOptions {
  url: string;
  locale: string;
  site: string | null;
  storage: Storage | null;
  /** Heartbeat: ping after this long without a frame; give up on the socket after twice that. */
  heartbeatMs?: number;
}

const newClientId = () => crypto.randomUUID().replace(/-/g, '');

/**
 * The widget's connection: hello with the stored token and the last seq it has, replay of what it
 * missed, an outbox that survives reloads and drops, reconnect with full-jitter backoff that honours the
 * server's "reconnect after" hint, and a heartbeat for half-open links.
 */
export class ChatClient {
  private socket: WebSocket | null = null;
  private persisted: PersistedState;
  private failed = new Map<string, ErrorFrame>();
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  private lastFrameAt = 0;
  private hintMs = 0;
  private page: { url: string; title: string } | null = null;
  private listeners = new Set<(s: ChatSnapshot) => void>();
  private stopped = false;
  snapshot: ChatSnapshot;

  constructor(private readonly options: ChatClientOptions) {
    this.persisted = loadState(options.storage);
    this.snapshot = { connection: 'connecting', status: 'bot', agentName: null, messages: [], pending: this.pendingView(), lastError: null };
  }

  subscribe(listener: (s: ChatSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    const now = () => this.reconnectNow();
    window.addEventListener('online', now);
    window.addEventListener('pageshow', now);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && now());
    window.addEventListener('offline', () => this.update({ connection: 'offline' }));
    this.connect();
  }

  setPage(page: { url: string; title: string }): void {
    this.page = page;
  }

  send(text: string): void {
    const item: OutboxItem = { clientId: newClientId(), text, createdAt: Date.now() };
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

  private transmit(item: OutboxItem): void {
    if (this.snapshot.connection === 'online') this.frame({ type: 'send', clientId: item.clientId, text: item.text });
    this.update({});
  }

  private frame(frame: VisitorClientFrame): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  private connect(): void {
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    const socket = new WebSocket(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      this.lastFrameAt = Date.now();
      const lastSeq = this.snapshot.messages.at(-1)?.seq ?? 0;
      this.frame({
        type: 'hello',
        v: 1,
        locale: this.options.locale,
        lastSeq,
        ...(this.persisted.token ? { token: this.persisted.token } : {}),
        ...(this.options.site ? { site: this.options.site } : {}),
        ...(this.page ? { page: this.page } : {}),
      });
    };
    socket.onmessage = (event) => {
      this.lastFrameAt = Date.now();
      this.onFrame(JSON.parse(String(event.data)) as VisitorServerFrame);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      clearInterval(this.heartbeatTimer);
      this.update({ connection: navigator.onLine === false ? 'offline' : 'reconnecting' });
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    const delay = Math.max(this.hintMs, 0) + backoffDelay(this.attempt++);
    this.hintMs = 0;
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  private reconnectNow(): void {
    if (this.socket || this.stopped) return;
    this.attempt = 0;
    this.connect();
  }

  private startHeartbeat(): void {
    const every = this.options.heartbeatMs ?? 20_000;
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = setInterval(() => {
      const silentFor = Date.now() - this.lastFrameAt;
      if (silentFor > 2 * every) this.socket?.close(); // half-open: the close handler reconnects
      else if (silentFor > every) this.frame({ type: 'ping', t: Date.now() });
    }, every / 2);
  }

  private onFrame(frame: VisitorServerFrame): void {
    switch (frame.type) {
      case 'welcome':
        this.attempt = 0;
        this.persisted.token = frame.token;
        this.persist();
        this.update({ connection: 'online', status: frame.status });
        this.startHeartbeat();
        for (const item of this.persisted.outbox) if (!this.failed.has(item.clientId)) this.transmit(item);
        return;
      case 'message':
        return this.addMessage(frame.message);
      case 'ack':
        this.persisted.outbox = this.persisted.outbox.filter((o) => o.clientId !== frame.clientId);
        this.persist();
        return this.update({});
      case 'state':
        return this.update({ status: frame.status, agentName: frame.agentName });
      case 'error':
        if (frame.ref) this.failed.set(frame.ref, frame);
        return this.update({ lastError: frame });
      case 'reconnect':
        this.hintMs = frame.afterMs;
        return;
      case 'pong':
        return;
    }
  }

  private addMessage(message: ChatMessage): void {
    const messages = this.snapshot.messages;
    const last = messages.at(-1)?.seq ?? 0;
    if (message.seq <= last) return; // already have it
    this.update({ messages: [...messages, message] });
  }

  private pendingView(): PendingMessage[] {
    const delivered = new Set(this.snapshot?.messages.map((m) => m.clientId) ?? []);
    return this.persisted.outbox
      .filter((o) => !delivered.has(o.clientId))
      .map((o) => ({ ...o, failed: this.failed.get(o.clientId) ?? null }));
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
