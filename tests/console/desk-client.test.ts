import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocketServer, type WebSocket as ServerSocket } from 'ws';
import type { AgentClientFrame, AgentServerFrame, ChatMessage } from '../../protocol/index.ts';
import { CLOSE } from '../../protocol/index.ts';
import { DeskClient, type DeskState } from '../../console/desk-client.ts';
import { installBrowserGlobals } from '../soak/node-widget.ts';
import { ConnectFront } from '../helpers/connect-front.ts';
import { waitFor } from '../helpers/wait.ts';

/**
 * The console's socket client (console/desk-client.ts on ui/socket, the module the widget uses too), run in
 * Node against a scripted /ws/agent server, so each case can make the server do what a real one does only
 * under failure: close with a `reconnect` hint, skip a seq, never finish the handshake, go silent.
 */
installBrowserGlobals('http://127.0.0.1');

const AGENT = { id: 'agent1', name: 'Mei', email: 'mei@example.com', role: 'agent', presence: 'online', maxChats: 5, activeChats: 0 };
const welcome = (conversations: unknown[] = []): AgentServerFrame => ({ type: 'welcome', v: 1, agent: AGENT, conversations, agents: [AGENT], tickets: [] }) as unknown as AgentServerFrame;
const message = (seq: number): ChatMessage => ({ id: `m${seq}`, conversationId: 'c1', seq, author: 'visitor', text: `line ${seq}`, at: seq, clientId: null }) as unknown as ChatMessage;

/** A /ws/agent that answers hello with a welcome, `watch` with what `replay` says, and records every frame. */
class ScriptedServer {
  readonly wss: WebSocketServer;
  readonly sockets: ServerSocket[] = [];
  readonly frames: { socket: number; frame: AgentClientFrame }[] = [];
  /** When each socket was accepted (ms since epoch). */
  readonly openedAt: number[] = [];
  /** The open conversations each welcome lists (a console keeps watching only those across a new socket). */
  conversations: unknown[] = [];
  replay: (conversationId: string, lastSeq: number, socket: number) => AgentServerFrame[] = (conversationId, lastSeq) => [{ type: 'synced', conversationId, lastSeq }];

  constructor() {
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.wss.on('connection', (ws) => {
      const index = this.sockets.push(ws) - 1;
      this.openedAt.push(Date.now());
      ws.on('message', (data) => {
        const frame = JSON.parse(String(data)) as AgentClientFrame;
        this.frames.push({ socket: index, frame });
        if (frame.type === 'hello') {
          this.send(index, welcome(this.conversations));
          for (const w of frame.watch) for (const f of this.replay(w.conversationId, w.lastSeq, index)) this.send(index, f);
        }
        if (frame.type === 'watch') for (const f of this.replay(frame.conversationId, frame.lastSeq, index)) this.send(index, f);
        if (frame.type === 'send') this.send(index, { type: 'ack', clientId: frame.clientId, id: `a-${frame.clientId}`, seq: 1 });
      });
    });
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.wss.address() as { port: number }).port}/ws/agent`;
  }

  send(socket: number, frame: AgentServerFrame): void {
    this.sockets[socket]!.send(JSON.stringify(frame));
  }

  sent(type: AgentClientFrame['type']): { socket: number; frame: AgentClientFrame }[] {
    return this.frames.filter((f) => f.frame.type === type);
  }

  close(): Promise<void> {
    for (const s of this.wss.clients) s.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }
}

let server: ScriptedServer;
let client: DeskClient | null = null;
beforeAll(async () => {
  server = new ScriptedServer();
  await new Promise((r) => server.wss.once('listening', r));
});
afterAll(() => server.close());
afterEach(() => {
  client?.stop();
  client = null;
  server.sockets.length = 0;
  server.frames.length = 0;
  server.openedAt.length = 0;
  server.conversations = [];
  server.replay = (conversationId, lastSeq) => [{ type: 'synced', conversationId, lastSeq }];
});

/**
 * A console on the scripted server, online; `states` records every connection state it showed, `opened` counts the
 * sockets it opened (when they are opened, not when the server accepts them).
 */
async function online(url = server.url, heartbeatMs = 20_000): Promise<{ desk: DeskClient; states: DeskState['connection'][]; opened: () => number }> {
  let opens = 0;
  const desk = new DeskClient(() => undefined, { url, heartbeatMs, open: (to) => (opens++, new WebSocket(to)) });
  client = desk;
  const states: DeskState['connection'][] = [];
  desk.subscribe((s) => states.at(-1) !== s.connection && states.push(s.connection));
  desk.start();
  await waitFor(() => desk.state.connection === 'online', 'online');
  return { desk, states, opened: () => opens };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the console client (shared socket module)', () => {
  it('after stop, the reconnect already scheduled never opens a socket (a console that unmounted stays closed)', async () => {
    const { desk, opened } = await online();
    // The first retry waits a random [0, 500) ms (full jitter). Drawn at 0.99, it waits 495 ms, so polling sees
    // "reconnecting" before the retry; a draw under ~0.05 reconnected before the first poll (1 run in ~20 failed).
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.99);
    try {
      server.sockets[0]!.terminate(); // the link goes: a reconnect is scheduled
      await waitFor(() => desk.state.connection === 'reconnecting', 'reconnecting');
    } finally {
      random.mockRestore();
    }
    desk.stop();
    expect(desk.state.connection).toBe('closed');
    // The retry was due 495 ms after it was scheduled, before this wait ends however loaded the box (timers run in the
    // order they are due): had stop left it, it would have opened its socket by then.
    await sleep(500);
    expect(opened()).toBe(1);
    expect(server.sockets).toHaveLength(1);
  });

  it("honours the server's reconnect hint: no new socket before afterMs, then it comes back and says hello", async () => {
    const { desk } = await online();
    server.send(0, { type: 'reconnect', afterMs: 1500 });
    const closedAt = Date.now();
    server.sockets[0]!.close(CLOSE.tryAgainLater, 'overloaded');
    await waitFor(() => server.sockets.length === 2, 'a second socket', 15_000);
    expect(server.openedAt[1]! - closedAt).toBeGreaterThanOrEqual(1500);
    await waitFor(() => desk.state.connection === 'online', 'online again');
    expect(server.sent('hello')).toHaveLength(2);
  });

  it('reconnects at once when the browser comes back online or the page becomes visible, whatever the hint', async () => {
    const { desk, states } = await online();
    server.send(0, { type: 'reconnect', afterMs: 60_000 });
    server.sockets[0]!.close(CLOSE.tryAgainLater, 'overloaded');
    await waitFor(() => desk.state.connection === 'reconnecting', 'reconnecting');
    window.dispatchEvent(new Event('online'));
    await waitFor(() => desk.state.connection === 'online', 'online after the online event', 10_000);
    server.send(1, { type: 'reconnect', afterMs: 60_000 });
    server.sockets[1]!.close(CLOSE.tryAgainLater, 'overloaded');
    await waitFor(() => desk.state.connection === 'reconnecting', 'reconnecting again');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => desk.state.connection === 'online', 'online after visibilitychange', 10_000);
    expect(server.sockets).toHaveLength(3);
    expect(states).toEqual(['connecting', 'online', 'reconnecting', 'online', 'reconnecting', 'online']);
  });

  it('gives up on a handshake that never completes and on a hello never welcomed (the connect timeout), then sends the reply typed meanwhile once', async () => {
    // In front of the scripted server: the first socket goes through; after it is cut, the next is held at the TCP
    // handshake, the one after gets its hello through but never the welcome, then they go through again.
    const front = new ConnectFront(Number(new URL(server.url).port), ['pass', 'hold', 'mute']);
    const port = await front.listen();
    try {
      const desk = new DeskClient(() => undefined, { url: `ws://127.0.0.1:${port}/ws/agent`, connectTimeoutMs: 300 });
      client = desk;
      desk.start();
      await waitFor(() => desk.state.connection === 'online', 'online');
      desk.watch('c1');
      await waitFor(() => desk.state.synced.c1, 'synced');
      server.sockets[0]!.terminate();
      await waitFor(() => desk.state.connection === 'reconnecting', 'reconnecting');
      desk.send('c1', 'your refund is on its way');
      // The heartbeat (20 s, given up at twice that) would hold each hung attempt 40-50 s.
      await waitFor(() => desk.state.pending.c1?.length === 0, 'acknowledged on the fourth socket', 10_000);
      expect(front.attempts.map((a) => a.kind)).toEqual(['pass', 'hold', 'mute', 'pass']);
      expect(server.frames.filter((f) => f.socket === 1).map((f) => f.frame.type)).toEqual(['hello']);
      expect(server.sent('send').map((s) => s.socket)).toEqual([2]);
    } finally {
      client?.stop();
      await front.close();
    }
  });

  it('shows offline when the browser says so, and online again when the surviving socket answers', async () => {
    const { desk } = await online();
    window.dispatchEvent(new Event('offline'));
    expect(desk.state.connection).toBe('offline');
    server.send(0, { type: 'pong' });
    await waitFor(() => desk.state.connection === 'online', 'online after a frame on the same socket');
    expect(server.sockets).toHaveLength(1);
  });

  it('a seq gap drops the socket; the new hello resumes from the last seq held and the transcript has no hole', async () => {
    server.replay = (conversationId, lastSeq, socket) =>
      socket === 0
        ? [{ type: 'message', message: message(1) }, { type: 'message', message: message(3) }, { type: 'synced', conversationId, lastSeq: 3 }]
        : [...Array.from({ length: 3 - lastSeq }, (_, i) => ({ type: 'message', message: message(lastSeq + 1 + i) }) as AgentServerFrame), { type: 'synced', conversationId, lastSeq: 3 }];
    const { desk } = await online();
    desk.watch('c1');
    await waitFor(() => server.sockets.length === 2 && desk.state.synced.c1, 'synced on a second socket', 15_000);
    expect(server.sent('hello').at(-1)!.frame).toEqual({ type: 'hello', v: 1, watch: [{ conversationId: 'c1', lastSeq: 1 }] });
    expect(desk.state.messages.c1!.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('a reply typed while the link is down is kept, sent once the conversation is synced again, and cleared by its ack', async () => {
    const { desk } = await online();
    desk.watch('c1');
    await waitFor(() => desk.state.synced.c1, 'synced');
    server.send(0, { type: 'reconnect', afterMs: 800 });
    server.sockets[0]!.close(CLOSE.internal, 'resync');
    await waitFor(() => desk.state.connection === 'reconnecting', 'reconnecting');
    desk.send('c1', 'your refund is on its way');
    expect(desk.state.pending.c1).toHaveLength(1);
    await waitFor(() => desk.state.pending.c1?.length === 0, 'acknowledged', 15_000);
    const sends = server.sent('send');
    expect(sends.map((s) => s.socket)).toEqual([1]);
    // Sent only after the replay: the hello came first on the new socket.
    expect(server.frames.filter((f) => f.socket === 1).map((f) => f.frame.type)).toEqual(['hello', 'send']);
  });

  it('tells the conversation on screen once, again on a new socket after its hello, typing only for it; who is here is dropped with the socket', async () => {
    server.conversations = [{ id: 'c1', status: 'waiting', agentId: null, lastSeq: 0 }];
    const { desk } = await online();
    desk.watch('c1');
    desk.view('c1');
    desk.view('c1'); // a re-render: nothing new to tell
    desk.composing('c2', false); // not on screen: nothing
    desk.composing('c1', false);
    await waitFor(() => server.sent('viewing').length === 2, 'viewing, then replying');
    expect(server.sent('viewing').map((f) => f.frame)).toEqual([{ type: 'viewing', conversationId: 'c1' }, { type: 'viewing', conversationId: 'c1', replying: true }]);
    server.send(0, { type: 'here', conversationId: 'c1', people: [{ agentId: 'agent2', name: 'Ken', replying: true }] });
    await waitFor(() => desk.state.here.c1?.length === 1, 'who is here');
    server.sockets[0]!.close(CLOSE.internal, 'resync');
    await waitFor(() => server.sent('viewing').some((f) => f.socket === 1), 'told again on the new socket', 15_000);
    expect(desk.state.here).toEqual({}); // stale until the server tells again
    expect(server.frames.filter((f) => f.socket === 1).map((f) => f.frame.type)).toEqual(['hello', 'viewing']);
    // Refused over the frame budget (no ref: it could have been this one): said again when the hold ends.
    const before = server.sent('viewing').length;
    server.send(1, { type: 'error', code: 'rate_limited', message: 'too many frames on this connection; wait a moment', retryAfter: 1 });
    await waitFor(() => server.sent('viewing').length === before + 1, 'told again after the hold', 5000);
    expect(server.sent('viewing').at(-1)!.frame).toEqual({ type: 'viewing', conversationId: 'c1' });
    desk.view(null);
    await waitFor(() => (server.sent('viewing').at(-1)!.frame as { conversationId: string | null }).conversationId === null, 'nothing on screen');
  });

  it('a hidden tab shows nothing and types nothing; back in front it shows what is on screen at once; a note says so', async () => {
    server.conversations = [{ id: 'c1', status: 'waiting', agentId: null, lastSeq: 0 }];
    const { desk } = await online();
    desk.watch('c1');
    desk.view('c1');
    desk.setHidden(true);
    desk.composing('c1', false); // keys in a background tab (a script): neither "replying" nor the visitor's "typing"
    desk.typing('c1');
    desk.setHidden(true); // told once
    await waitFor(() => server.sent('viewing').length === 2, 'viewing, then nothing');
    desk.setHidden(false);
    desk.composing('c1', true);
    await waitFor(() => server.sent('viewing').length === 4, 'back, then writing a note');
    expect(server.sent('viewing').map((f) => f.frame)).toEqual([
      { type: 'viewing', conversationId: 'c1' },
      { type: 'viewing', conversationId: null },
      { type: 'viewing', conversationId: 'c1' },
      { type: 'viewing', conversationId: 'c1', replying: true, note: true },
    ]);
    expect(server.sent('typing')).toEqual([]);
    // Another conversation opened while hidden (a link from a notification): told when the tab is in front.
    desk.setHidden(true);
    await waitFor(() => server.sent('viewing').length === 5, 'hidden again');
    desk.watch('c2');
    desk.view('c2');
    desk.setHidden(false);
    await waitFor(() => server.sent('viewing').length === 6, 'in front again');
    expect(server.sent('viewing').slice(4).map((f) => f.frame)).toEqual([{ type: 'viewing', conversationId: null }, { type: 'viewing', conversationId: 'c2' }]);
  });

  it('a claim refused over the frame budget is shown (the agent clicks again); a reply typed during the hold waits for its end, then goes', async () => {
    const { desk } = await online();
    desk.watch('c1');
    await waitFor(() => desk.state.synced.c1, 'synced');
    const claim = desk.act('claim', 'c1');
    await waitFor(() => server.sent('claim').length === 1, 'the claim sent');
    const { ref } = server.sent('claim')[0]!.frame as { ref: string };
    server.send(0, { type: 'error', code: 'rate_limited', message: 'too many frames on this connection; wait a moment', retryAfter: 1, ref });
    expect(await claim).toEqual({ ok: false, code: 'rate_limited' });
    expect(desk.state.lastError).toMatchObject({ code: 'rate_limited', ref });
    desk.send('c1', 'typed during the hold');
    await sleep(300);
    // Typing is not held: sent now, after the reply on the same socket, it arrives after the reply had the reply gone
    // before the hold's end, however late the server reads them.
    desk.typing('c1');
    await waitFor(() => server.sent('typing').length === 1, 'the typing sent after the reply');
    expect(server.sent('send')).toEqual([]);
    expect(desk.state.pending.c1).toHaveLength(1);
    await waitFor(() => desk.state.pending.c1?.length === 0, 'sent after the hold and acknowledged', 5000);
    expect(server.sent('send')).toHaveLength(1);
  });

  it('a claim asked twice before its answer (a double click) is sent once and both get its answer; asked after it, it goes again', async () => {
    const { desk } = await online();
    const first = desk.act('claim', 'c1');
    const second = desk.act('claim', 'c1');
    const other = desk.act('claim', 'c2'); // another conversation's is its own
    await waitFor(() => server.sent('claim').length === 2, 'the claims sent');
    await sleep(100);
    expect(server.sent('claim').map((f) => (f.frame as { conversationId: string }).conversationId)).toEqual(['c1', 'c2']);
    for (const { frame } of server.sent('claim')) server.send(0, { type: 'done', ref: (frame as { ref: string }).ref });
    expect(await Promise.all([first, second, other])).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(desk.state.lastError).toBeNull();
    void desk.act('claim', 'c1');
    await waitFor(() => server.sent('claim').length === 3, 'asked again after the answer: sent again');
  });

  it('a 1008 close (session ended) is final: closed, no reconnect; a claim pending then is settled as disconnected', async () => {
    const { desk, opened } = await online();
    const claim = desk.act('claim', 'c1');
    server.sockets[0]!.close(CLOSE.policy, 'session ended');
    expect(await claim).toEqual({ ok: false, code: 'disconnected' });
    expect(desk.state.connection).toBe('closed');
    // A retry after this loss (the backoff's first step, under 500 ms after the close) would be due before this wait
    // ends, however loaded the box (timers run in the order they are due), and would have opened its socket by then.
    await sleep(500);
    expect(opened()).toBe(1);
    expect(server.sockets).toHaveLength(1);
  });
});
