import WebSocket from 'ws';
import type { ChatMessage, VisitorServerFrame } from '../../protocol/index.ts';

export type Frame = VisitorServerFrame;

/**
 * How long a test waits for a frame, a close or a pong by default: 20 s. It was 5 s, and under two CPU hogs at load
 * 40-49 a bot answer or an ack took longer (faq-try's and faq-save-training's visitors, answered while a training ran).
 */
export const FRAME_WAIT_MS = 20_000;

/**
 * A real `ws` client that records every frame and lets a test wait for the next one matching a predicate.
 */
export class TestClient {
  readonly frames: Frame[] = [];
  closed: { code: number; reason: string } | null = null;
  private waiters: { match: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  private closeWaiters: ((c: { code: number; reason: string }) => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Frame;
      this.frames.push(frame);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(frame)) return true;
        w.resolve(frame);
        return false;
      });
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      for (const w of this.closeWaiters) w(this.closed);
    });
  }

  static connect(url: string, origin: string | undefined, headers: Record<string, string> = {}): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { headers, ...(origin === undefined ? {} : { origin }) });
      const client = new TestClient(socket);
      socket.once('open', () => resolve(client));
      socket.once('error', reject);
      socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /**
   * The first frame already received or still to come that matches, after `from` (an index into frames). Waits up to
   * FRAME_WAIT_MS unless told: a budget for the loaded box, not a timing.
   */
  next<T extends Frame['type']>(type: T, where: (f: Extract<Frame, { type: T }>) => boolean = () => true, timeoutMs = FRAME_WAIT_MS, from = 0): Promise<Extract<Frame, { type: T }>> {
    const match = (f: Frame): boolean => f.type === type && where(f as Extract<Frame, { type: T }>);
    const seen = this.frames.slice(from).find(match);
    if (seen) return Promise.resolve(seen as Extract<Frame, { type: T }>);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for a "${type}" frame; got ${JSON.stringify(this.frames.slice(-5))}`)), timeoutMs);
      this.waiters.push({
        match,
        resolve: (f) => {
          clearTimeout(timer);
          resolve(f as Extract<Frame, { type: T }>);
        },
      });
    });
  }

  waitClose(timeoutMs = FRAME_WAIT_MS): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for close')), timeoutMs);
      this.closeWaiters.push((c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** Every frame a socket has had by now: a ping's pong comes after whatever the server sent before it. */
export async function settled(client: TestClient, timeoutMs = FRAME_WAIT_MS): Promise<Frame[]> {
  const t = Date.now();
  client.send({ type: 'ping', t });
  await client.next('pong', (p) => p.t === t, timeoutMs);
  return client.frames;
}

/** Connect as a visitor and complete the hello; returns the client and its welcome. No welcome: the socket is closed (its slot given back). */
export async function visitor(wsUrl: string, origin: string, hello: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const client = await TestClient.connect(`${wsUrl}/ws/visitor`, origin, headers);
  client.send({ type: 'hello', v: 1, ...hello });
  const welcome = await client.next('welcome').catch((err: unknown) => {
    client.close();
    throw err;
  });
  return { client, welcome };
}

/** A visitor (en) past hello who asked for a person: their socket and conversation, once it waits in the queue. */
export async function waitingVisitor(wsUrl: string, origin: string) {
  const { client, welcome } = await visitor(wsUrl, origin, { locale: 'en' });
  client.send({ type: 'handoff' });
  await client.next('state', (s) => s.status === 'waiting');
  return { client, conversationId: welcome.conversationId };
}

let asked = 0;
/** Send a visitor message and wait for the bot's reply to it. */
export async function askBot(client: TestClient, text: string): Promise<ChatMessage> {
  const clientId = `ask-${String(++asked).padStart(5, '0')}`;
  const from = client.frames.length;
  client.send({ type: 'send', clientId, text });
  const ack = await client.next('ack', (a) => a.clientId === clientId, FRAME_WAIT_MS, from);
  return (await client.next('message', (m) => m.message.author === 'bot' && m.message.seq > ack.seq, FRAME_WAIT_MS, from)).message;
}
