import WebSocket from 'ws';
import type { ChatMessage, ConversationSummary } from '../../protocol/index.ts';
import { DeskClient, type ActResult } from '../../console/desk-client.ts';

/**
 * A console for the soak: the console's own DeskClient (console/desk-client.ts on ui/socket: hello with every
 * watched conversation and the last seq held, replay, `synced`, replies kept until acknowledged and resent,
 * heartbeat, backoff, the server's reconnect hint), run in Node on a `ws` socket that carries the agent's
 * session cookie. This file only opens the sockets and watches the wire to count what the soak reports.
 */
export class SoakAgent {
  readonly desk: DeskClient;
  /** Every reply typed, in order. */
  readonly typed: { conversationId: string; text: string }[] = [];
  /** Sockets opened after the first (after a kill, a cut or a dropped half-open link). */
  reconnects = -1;
  /** Replies sent again (after a reconnect) because no ack had come. */
  resends = 0;
  private readonly sent = new Set<string>();
  /** Called on every conversation summary that changed (welcome and `conversation` frames). */
  onSummary: (c: ConversationSummary) => void = () => undefined;
  /** Called on every ack of a reply: conversation, seq. */
  onAck: (conversationId: string, seq: number) => void = () => undefined;

  constructor(url: string, cookie: string, origin: string, heartbeatMs = 4000) {
    this.desk = new DeskClient(() => undefined, { url, heartbeatMs, open: (u) => this.open(u, cookie, origin) });
    let seen: Record<string, ConversationSummary> = {};
    this.desk.subscribe((s) => {
      if (s.conversations === seen) return;
      const before = seen;
      seen = s.conversations;
      for (const c of Object.values(s.conversations)) if (before[c.id] !== c) this.onSummary(c);
    });
  }

  /** A socket like the browser's (the console's own code drives it), tapped to count resends and report acks. */
  private open(url: string, cookie: string, origin: string): globalThis.WebSocket {
    this.reconnects++;
    const socket = new WebSocket(url, { origin, headers: { cookie } });
    socket.on('error', () => undefined); // a browser reports failures as a close event; so does the console's handler
    const send = socket.send.bind(socket);
    socket.send = ((data: string) => {
      const frame = JSON.parse(data) as { type: string; clientId?: string };
      if (frame.type === 'send' && frame.clientId) {
        if (this.sent.has(frame.clientId)) this.resends++;
        this.sent.add(frame.clientId);
      }
      send(data);
    }) as typeof socket.send;
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; clientId?: string; seq?: number };
      if (frame.type !== 'ack' || !frame.clientId) return;
      const conversationId = this.replyConversation(frame.clientId);
      if (conversationId) this.onAck(conversationId, frame.seq ?? 0);
    });
    return socket as unknown as globalThis.WebSocket;
  }

  private replyConversation(clientId: string): string | undefined {
    for (const [conversationId, list] of Object.entries(this.desk.state.pending)) if (list.some((p) => p.clientId === clientId && p.type === 'send')) return conversationId;
    return undefined;
  }

  get me(): string | null {
    return this.desk.state.me?.id ?? null;
  }

  conversation(id: string): ConversationSummary | undefined {
    return this.desk.state.conversations[id];
  }

  /** What this agent's console shows of each conversation it watched. */
  get views(): ReadonlyMap<string, readonly ChatMessage[]> {
    return new Map(Object.entries(this.desk.state.messages));
  }

  /** Replies typed and not yet acknowledged. */
  get pending(): number {
    return Object.values(this.desk.state.pending).reduce((n, list) => n + list.length, 0);
  }

  pendingFor(conversationId: string): number {
    return this.desk.state.pending[conversationId]?.length ?? 0;
  }

  start(): void {
    this.desk.start();
  }

  stop(): void {
    this.desk.stop();
  }

  watch(id: string): void {
    this.desk.watch(id);
  }

  /** Type a reply, as the console's composer does. */
  type(conversationId: string, text: string): void {
    this.typed.push({ conversationId, text });
    this.desk.send(conversationId, text);
  }

  /** claim / release / close: done, the refusal, `disconnected`, or `timeout` after 10 s without an answer. */
  act(type: 'claim' | 'release' | 'close', conversationId: string): Promise<ActResult> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<ActResult>((resolve) => (timer = setTimeout(() => resolve({ ok: false, code: 'timeout' }), 10_000)));
    return Promise.race([this.desk.act(type, conversationId), timeout]).finally(() => clearTimeout(timer));
  }
}
