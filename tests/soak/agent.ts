import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import type { AgentClientFrame, AgentServerFrame, ChatMessage, ConversationSummary } from '../../protocol/index.ts';
import { backoffDelay } from '../../protocol/backoff.ts';

export interface OutboxItem {
  clientId: string;
  conversationId: string;
  text: string;
}

type ActResult = { ok: true } | { ok: false; code: string };

const newId = () => randomUUID().replace(/-/g, '');

/**
 * A console for the soak, in Node: the same /ws/agent protocol as console/desk-client.ts (hello with every
 * watched conversation and the last seq held, replay, `synced`, full-jitter backoff) plus what the console
 * does not have yet: an outbox of replies with client ids, resent in order once the conversation is
 * `synced` on a new socket, and a heartbeat that drops a silent (blackholed) socket.
 */
export class SoakAgent {
  me: string | null = null;
  readonly conversations = new Map<string, ConversationSummary>();
  /** What this agent's console shows of each watched conversation. */
  readonly views = new Map<string, ChatMessage[]>();
  readonly outbox: OutboxItem[] = [];
  /** Every reply typed, in order. */
  readonly typed: OutboxItem[] = [];
  readonly acked = new Map<string, number>();
  online = false;
  /** Sockets opened after the first (after a kill, a cut or a dropped half-open link). */
  reconnects = -1;
  /** Replies sent again (after a reconnect or a refusal) because no ack had come. */
  resends = 0;
  private readonly transmitted = new Set<string>();
  private readonly watched = new Set<string>();
  private readonly synced = new Set<string>();
  private readonly refs = new Map<string, (r: ActResult) => void>();
  private socket: WebSocket | null = null;
  private attempt = 0;
  private stopped = false;
  private lastFrameAt = 0;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  /** Called on every summary (welcome and `conversation` frames). */
  onSummary: (c: ConversationSummary) => void = () => undefined;
  /** Called on every ack: conversation, seq. */
  onAck: (conversationId: string, seq: number) => void = () => undefined;

  constructor(
    private readonly url: string,
    private readonly cookie: string,
    private readonly origin: string,
    private readonly heartbeatMs = 4000,
  ) {}

  start(): void {
    this.reconnects++;
    const socket = new WebSocket(this.url, { origin: this.origin, headers: { cookie: this.cookie } });
    this.socket = socket;
    socket.on('error', () => undefined);
    socket.on('open', () => {
      this.lastFrameAt = Date.now();
      const watch = [...this.watched].map((id) => ({ conversationId: id, lastSeq: this.views.get(id)?.at(-1)?.seq ?? 0 }));
      this.frame({ type: 'hello', v: 1, watch });
    });
    socket.on('message', (data) => {
      this.lastFrameAt = Date.now();
      this.onFrame(JSON.parse(String(data)) as AgentServerFrame);
    });
    socket.on('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.online = false;
      this.synced.clear();
      for (const resolve of this.refs.values()) resolve({ ok: false, code: 'disconnected' });
      this.refs.clear();
      if (this.stopped) return;
      setTimeout(() => this.start(), backoffDelay(this.attempt++));
    });
    clearInterval(this.heartbeat);
    this.heartbeat = setInterval(() => {
      if (this.socket !== socket || socket.readyState !== WebSocket.OPEN) return;
      const silentFor = Date.now() - this.lastFrameAt;
      if (silentFor > 2 * this.heartbeatMs) socket.terminate(); // half-open (blackholed)
      else if (silentFor > this.heartbeatMs) this.frame({ type: 'ping', t: Date.now() });
    }, this.heartbeatMs / 2);
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.heartbeat);
    this.socket?.terminate();
  }

  watch(id: string): void {
    if (this.watched.has(id)) return;
    this.watched.add(id);
    this.frame({ type: 'watch', conversationId: id, lastSeq: this.views.get(id)?.at(-1)?.seq ?? 0 });
  }

  isSynced(id: string): boolean {
    return this.synced.has(id);
  }

  /** Type a reply: into the outbox, sent now if the conversation is synced on this socket, else after the next `synced`. */
  type(conversationId: string, text: string): void {
    const item = { clientId: newId(), conversationId, text };
    this.typed.push(item);
    this.outbox.push(item);
    if (this.synced.has(conversationId)) this.transmit(item);
  }

  private transmit(item: OutboxItem): void {
    if (this.socket?.readyState !== WebSocket.OPEN) return;
    if (this.transmitted.has(item.clientId)) this.resends++;
    this.transmitted.add(item.clientId);
    this.frame({ type: 'send', conversationId: item.conversationId, clientId: item.clientId, text: item.text });
  }

  pendingFor(conversationId: string): number {
    return this.outbox.filter((o) => o.conversationId === conversationId).length;
  }

  /** claim / release / close; resolves with `done`, the error, or `disconnected`. */
  act(type: 'claim' | 'release' | 'close', conversationId: string): Promise<ActResult> {
    if (!this.online) return Promise.resolve({ ok: false, code: 'disconnected' });
    const ref = newId();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.refs.delete(ref);
        resolve({ ok: false, code: 'timeout' });
      }, 10_000);
      this.refs.set(ref, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      this.frame({ type, conversationId, ref });
    });
  }

  private frame(frame: AgentClientFrame): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  private flush(conversationId: string): void {
    for (const o of this.outbox) if (o.conversationId === conversationId) this.transmit(o);
  }

  private summary(c: ConversationSummary): void {
    this.conversations.set(c.id, c);
    this.onSummary(c);
  }

  private onFrame(frame: AgentServerFrame): void {
    switch (frame.type) {
      case 'welcome':
        this.attempt = 0;
        this.me = frame.agent.id;
        this.online = true;
        for (const c of frame.conversations) this.summary(c);
        return;
      case 'conversation':
        return this.summary(frame.conversation);
      case 'message': {
        const id = frame.message.conversationId;
        const list = this.views.get(id) ?? [];
        // Like the console: keep only what extends the view (a replay may overlap what is held).
        if (list.at(-1) && list.at(-1)!.seq >= frame.message.seq) return;
        this.views.set(id, [...list, frame.message]);
        return;
      }
      case 'synced':
        this.synced.add(frame.conversationId);
        return this.flush(frame.conversationId);
      case 'ack': {
        const i = this.outbox.findIndex((o) => o.clientId === frame.clientId);
        if (i < 0) return;
        const [item] = this.outbox.splice(i, 1);
        this.acked.set(frame.clientId, frame.seq);
        this.onAck(item!.conversationId, frame.seq);
        return;
      }
      case 'done':
        this.refs.get(frame.ref)?.({ ok: true });
        this.refs.delete(frame.ref);
        return;
      case 'error':
        if (frame.ref && this.refs.has(frame.ref)) {
          this.refs.get(frame.ref)!({ ok: false, code: frame.code });
          this.refs.delete(frame.ref);
        }
        return;
      default:
        return;
    }
  }
}
