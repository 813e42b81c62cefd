import { DEFAULT_HEARTBEAT_MS, Heartbeat } from './heartbeat.ts';
import { RetryTimer } from './retry-timer.ts';

/**
 * A new socket not welcomed this long after it was opened (its handshake, its hello or the welcome never came) is
 * given up and tried again with backoff: a person looks at "connecting" for seconds, not the heartbeat's 40-50 s.
 */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/** What the person is told: connecting (first time), online, reconnecting (lost, trying), offline (the browser says so). */
export type LinkState = 'connecting' | 'online' | 'reconnecting' | 'offline';

/** The one client frame this module sends itself (both apps' frame unions have it). */
type Ping = { type: 'ping'; t: number };

export interface LiveSocketOptions<In extends { type: string }, Out extends { type: string }> {
  url: string;
  /** Ping after this long without a frame; give up on the socket after twice that. */
  heartbeatMs?: number;
  /** Give up on a socket that has not been welcomed (`ready`) this long after it was opened. */
  connectTimeoutMs?: number;
  /** The first frame on every new socket (hello, with what the app holds). */
  hello: () => Out;
  /** Every frame from the server, in order, from the current socket only. */
  onFrame: (frame: In) => void;
  onState: (state: LinkState) => void;
  /** Close codes that end the session for good (a logged-out agent): no reconnect, then `onEnded`. */
  finalCodes?: readonly number[];
  onEnded?: (code: number) => void;
  /** Opens a socket (default: the browser's WebSocket; the soak passes one that carries a cookie). */
  open?: (url: string) => WebSocket;
}

/**
 * One live connection to the server, shared by the widget and the console (like Phoenix's socket, with the
 * timer and the heartbeat in their own files): hello on every new socket, a connect timeout from open to welcome
 * (a hung handshake or an unanswered hello), a heartbeat from the first byte, reconnect with full-jitter backoff
 * plus the server's `reconnect` hint, at once when the browser comes back online or the page becomes visible, and
 * never again after `stop`.
 * The app says when the server has welcomed a socket (`ready`) and drops one it cannot trust (`drop`, e.g. a seq gap).
 */
export class LiveSocket<In extends { type: string }, Out extends { type: string }> {
  private socket: WebSocket | null = null;
  /** The socket the last welcome came on (a socket still in its hello is not yet back). */
  private welcomed: WebSocket | null = null;
  private state: LinkState = 'connecting';
  private stopped = false;
  private readonly retry = new RetryTimer(() => this.connect());
  private readonly heartbeat: Heartbeat;
  /** Until the current socket is welcomed (see DEFAULT_CONNECT_TIMEOUT_MS). */
  private connectTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners: [EventTarget, string, () => void][];

  constructor(private readonly options: LiveSocketOptions<In, Out>) {
    this.heartbeat = new Heartbeat(options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS, () => this.send({ type: 'ping', t: Date.now() }), () => this.drop());
    const now = () => this.reconnectNow();
    this.listeners = [
      [window, 'online', now],
      [window, 'pageshow', now],
      [document, 'visibilitychange', () => document.visibilityState === 'visible' && now()],
      [window, 'offline', () => this.setState('offline')],
    ];
  }

  start(): void {
    for (const [target, type, listener] of this.listeners) target.addEventListener(type, listener);
    this.connect();
  }

  /** Close for good: no reconnect, no timers, no listeners. */
  stop(): void {
    this.stopped = true;
    this.retry.cancel();
    this.heartbeat.stop();
    clearTimeout(this.connectTimer);
    for (const [target, type, listener] of this.listeners) target.removeEventListener(type, listener);
    const socket = this.socket;
    this.socket = null;
    this.welcomed = null;
    socket?.close();
  }

  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Sent if the socket is open; false if not (the app keeps what must survive and sends it after the next welcome). */
  send(frame: Out | Ping): boolean {
    if (!this.isOpen) return false;
    this.socket!.send(JSON.stringify(frame));
    return true;
  }

  /** The server welcomed the current socket: online (told again even if it was), and the backoff starts over. */
  ready(): void {
    this.welcomed = this.socket;
    clearTimeout(this.connectTimer);
    this.retry.reset();
    this.setState('online', true);
  }

  /** Give up on the socket now (half-open, or it skipped a seq), without waiting for a close handshake. */
  drop(): void {
    const socket = this.socket;
    if (!socket) return;
    socket.close();
    this.lost(socket, 0);
  }

  private connect(): void {
    if (this.stopped) return;
    this.retry.cancel();
    const socket = this.options.open ? this.options.open(this.options.url) : new WebSocket(this.options.url);
    this.socket = socket;
    this.heartbeat.start();
    clearTimeout(this.connectTimer);
    this.connectTimer = setTimeout(() => this.socket === socket && this.drop(), this.options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS);
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.heartbeat.beat();
      this.send(this.options.hello());
    };
    socket.onmessage = (event) => {
      if (this.socket !== socket) return; // a socket given up on: its late frames are not trusted
      this.heartbeat.beat();
      const frame = JSON.parse(String(event.data)) as In & { afterMs?: number };
      // The server's "come back later" (shutdown, overload, a resync): the next try waits at least that long.
      if (frame.type === 'reconnect') this.retry.hint(frame.afterMs ?? 0);
      // Said offline (a network blip) while this welcomed socket lived on: a frame from it says it is back.
      if (this.state !== 'online' && this.welcomed === socket && frame.type !== 'welcome') this.setState('online');
      this.options.onFrame(frame);
    };
    socket.onclose = (event) => this.lost(socket, event.code);
  }

  /** The socket is gone: show it, then come back with backoff (the app resyncs from what it holds in its hello). */
  private lost(socket: WebSocket, code: number): void {
    if (this.socket !== socket) return;
    this.socket = null;
    this.heartbeat.stop();
    clearTimeout(this.connectTimer);
    if (this.options.finalCodes?.includes(code)) {
      this.stop();
      return this.options.onEnded?.(code);
    }
    this.setState(navigator.onLine === false ? 'offline' : 'reconnecting');
    this.retry.schedule();
  }

  /** Online again or back in view: a long-silent socket is replaced now, a live one is asked, none is opened now. */
  private reconnectNow(): void {
    if (this.stopped) return;
    if (this.socket && this.heartbeat.silentFor() > this.heartbeat.everyMs) this.drop();
    // A socket that may have lived through it: ask it now (its pong brings the state back, see onmessage).
    if (this.socket) return void this.send({ type: 'ping', t: Date.now() });
    this.retry.reset();
    this.connect();
  }

  private setState(state: LinkState, always = false): void {
    if (this.stopped || (state === this.state && !always)) return;
    this.state = state;
    this.options.onState(state);
  }
}
