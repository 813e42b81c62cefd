/**
 * A load process: holds up to a few thousand sockets to Kefu's /ws/visitor or to the echo ceiling (and, for
 * the relay, a few /ws/agent sockets that took those visitors' conversations over) and drives them on the
 * parent's command (IPC). Every loop is bounded by a count and a deadline.
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { VisitorServerFrame } from '../../protocol/index.ts';
import { backoffDelay } from '../../protocol/backoff.ts';
import { DEFAULT_HEARTBEAT_MS } from '../../ui/socket/heartbeat.ts';
import { serveIpc } from './procs.ts';
import { sleep } from './stats.ts';

export type Target = 'kefu' | 'echo';
/**
 * What completes one message: Kefu's ack (after the own message came back), the bot's reply, or the echo;
 * `agent`: a visitor's message arriving on the agent socket that owns the conversation; `visitor`: an
 * agent's message (sent on its agent socket) arriving on the visitor's socket.
 */
export type Expect = 'own' | 'bot' | 'agent' | 'visitor';

export interface ConnectRequest {
  target: Target;
  wsUrl: string;
  origin: string;
  count: number;
  /** After welcome, ask for a person so the bot stays silent (the relay figures). */
  handoff: boolean;
  /**
   * Session tokens of agents this process connects on /ws/agent (before the visitors); with `handoff`,
   * every visitor's conversation is then claimed by one of them (round-robin) and watched.
   */
  agentTokens?: string[];
  /** Where those agents connect (another node of a cluster); default: the visitors' node. */
  agentWsUrl?: string;
  /**
   * Where a visitor whose socket closed reconnects during a storm, one after another on each attempt (the
   * surviving nodes behind a load balancer); default: `wsUrl` again.
   */
  failoverUrls?: string[];
  /**
   * A conversation with history: each visitor asks the bot each of `texts` (one after another, waiting for its
   * answer) and, with `file`, sends a small PDF (the widget's upload), then holds every message up to its last seq.
   */
  history?: { texts: string[]; file: boolean };
  timeoutMs: number;
}
export interface ConnectResult {
  connected: number;
  failed: number;
  ms: number;
  reasons: Record<string, number>;
  /** Agent sockets open, conversations claimed and watched, and the time that took (ms). */
  agents: number;
  takenOver: number;
  takeoverMs: number;
  agentSockets: AgentSockets;
}
/**
 * How the agent sockets of this process closed since they were opened, by close code (1006: no close frame), and how
 * many times one was opened again (a slow or failing node closes them; the console reopens, and so does the bench).
 */
export interface AgentSockets {
  closes: Record<string, number>;
  reopens: number;
}
export interface LoadRequest {
  mode: 'rate' | 'closed';
  /** Messages per second from this process (rate mode). */
  rate: number;
  expect: Expect;
  texts: string[];
  /** Epoch ms when sending starts; measured from startAt + warmupMs for durationMs. */
  startAt: number;
  warmupMs: number;
  durationMs: number;
}
export interface LoadResult {
  sent: number;
  completed: number;
  /** Send → the reply that matters (own message, bot answer, echo), ms, for sends inside the window. */
  latencies: number[];
  /** Send → ack (Kefu, own), ms. */
  ackLatencies: number[];
  errors: Record<string, number>;
  /** Since the agent sockets were opened (not only in the window). */
  agentSockets: AgentSockets;
}
export interface StormResult {
  total: number;
  back: number;
  /** Epoch ms of every welcome after the restart. */
  welcomes: number[];
  /** Epoch ms when each client was back and resynced. */
  backs: number[];
  /** Epoch ms when the last client was back and resynced. */
  lastBackAt: number;
  /** ECONNREFUSED while no server listened: expected during a restart. */
  refused: number;
  /** Every other failed handshake, by reason. */
  failures: Record<string, number>;
}

interface Conn {
  index: number;
  /** The node it connects to (a storm moves it to a failover node). */
  url: string;
  failover: string[];
  ws: WebSocket | null;
  token?: string;
  lastSeq: number;
  /** Own sends awaiting their message and ack: clientId → send time. */
  own: Map<string, number>;
  /** Sends awaiting a bot answer (one answer per visitor message, in order). */
  bot: number[];
  /** Visitor sends awaiting arrival on the agent socket, and agent sends awaiting arrival here: clientId → send time. */
  toAgent: Map<string, number>;
  fromAgent: Map<string, number>;
  conversationId?: string;
  /** Conversation status from `welcome` and `state`. */
  status?: string;
  /** The agent socket that claimed the conversation. */
  agent?: AgentConn;
  seq: number;
  attempt: number;
  hintMs: number;
  /** Storm: after welcome, the seq to catch up to and the offline message to get acknowledged. */
  resync: { upTo: number; outbox: string | null } | null;
  back: boolean;
}

interface AgentConn {
  ws: WebSocket;
  url: string;
  token: string;
  /** Conversations claimed and watched (synced) on this socket. */
  synced: Set<string>;
  welcomed: boolean;
  /** Reopens since the last welcome (the backoff's attempt). */
  attempt: number;
  /** Closed by the bench itself (the `close` command): not counted, not reopened. */
  ended: boolean;
}

const workerId = process.env.BENCH_WORKER ?? '0';
const conns: Conn[] = [];
const agents: AgentConn[] = [];
const byConversation = new Map<string, Conn>();
let target: Target = 'kefu';
let origin = '';
let onCompleted: ((conn: Conn, latency: number, ack: boolean) => void) | null = null;
const errors: Record<string, number> = {};
let storm: (StormResult & { armed: boolean }) | null = null;
const agentSockets: AgentSockets = { closes: {}, reopens: 0 };

const send = (conn: Conn, frame: object) => {
  if (conn.ws?.readyState === WebSocket.OPEN) conn.ws.send(JSON.stringify(frame));
};

function hello(conn: Conn): void {
  const frame = target === 'kefu' ? { type: 'hello', v: 1, locale: 'en', lastSeq: conn.lastSeq, ...(conn.token ? { token: conn.token } : {}) } : { type: 'hello' };
  send(conn, frame);
}

/** One frame from the server. Echo frames are our own sends coming back. */
function onFrame(conn: Conn, frame: VisitorServerFrame | { type: 'hello' } | { type: 'send'; clientId: string }, welcomed: () => void): void {
  const now = performance.now();
  switch (frame.type) {
    case 'welcome':
      conn.token = frame.token;
      conn.conversationId = frame.conversationId;
      conn.status = frame.status;
      conn.attempt = 0;
      if (storm?.armed) {
        storm.welcomes.push(Date.now());
        conn.resync = { upTo: frame.lastSeq, outbox: `bench-${workerId}-o-${conn.index}` };
        send(conn, { type: 'send', clientId: conn.resync.outbox, text: 'typed while the connection was down' });
      }
      return welcomed();
    case 'hello':
      return welcomed();
    case 'message':
      conn.lastSeq = Math.max(conn.lastSeq, frame.message.seq);
      if (frame.message.clientId !== null && conn.fromAgent.has(frame.message.clientId)) {
        const sentAt = conn.fromAgent.get(frame.message.clientId)!;
        conn.fromAgent.delete(frame.message.clientId);
        onCompleted?.(conn, now - sentAt, false);
      } else if (frame.message.author === 'bot' && conn.bot.length > 0) {
        // Taken off whether or not a load is measuring (`onCompleted?.(…)` would not evaluate its arguments without one).
        const sentAt = conn.bot.shift()!;
        onCompleted?.(conn, now - sentAt, false);
      }
      else if (frame.message.clientId !== null && conn.own.has(frame.message.clientId)) onCompleted?.(conn, now - conn.own.get(frame.message.clientId)!, false);
      return checkBack(conn);
    case 'ack': {
      if (conn.resync?.outbox === frame.clientId) conn.resync.outbox = null;
      const sentAt = conn.own.get(frame.clientId);
      conn.own.delete(frame.clientId);
      if (sentAt !== undefined) onCompleted?.(conn, now - sentAt, true);
      return checkBack(conn);
    }
    case 'send': {
      const sentAt = conn.own.get(frame.clientId);
      conn.own.delete(frame.clientId);
      if (sentAt !== undefined) onCompleted?.(conn, now - sentAt, true);
      return;
    }
    case 'reconnect':
      conn.hintMs = frame.afterMs;
      return;
    case 'state':
      conn.status = frame.status;
      return;
    case 'error':
      errors[frame.code] = (errors[frame.code] ?? 0) + 1;
      return;
    default:
      return;
  }
}

function checkBack(conn: Conn): void {
  if (!storm?.armed || conn.back || !conn.resync || conn.resync.outbox !== null || conn.lastSeq < conn.resync.upTo) return;
  conn.back = true;
  storm.back++;
  storm.lastBackAt = Date.now();
  storm.backs.push(storm.lastBackAt);
}

/** Open one socket and complete the hello; resolves true on welcome, false on any failure. */
function open(conn: Conn, timeoutMs: number, reasons: Record<string, number> = {}): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (ok: boolean, reason?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!ok) reasons[reason ?? 'closed'] = (reasons[reason ?? 'closed'] ?? 0) + 1;
      if (!ok && storm?.armed) {
        if (reason === 'ECONNREFUSED') storm.refused++;
        else storm.failures[reason ?? 'closed'] = (storm.failures[reason ?? 'closed'] ?? 0) + 1;
      }
      resolve(ok);
    };
    const timer = setTimeout(() => {
      settle(false, 'timeout');
      ws.terminate();
    }, timeoutMs);
    const ws = new WebSocket(conn.url, { origin, perMessageDeflate: false, handshakeTimeout: timeoutMs });
    conn.ws = ws;
    ws.on('open', () => hello(conn));
    ws.on('message', (data) => onFrame(conn, JSON.parse(String(data)), () => settle(true)));
    ws.on('unexpected-response', (_req, res) => {
      settle(false, `HTTP ${res.statusCode}`);
      ws.terminate();
    });
    ws.on('error', (err: NodeJS.ErrnoException) => settle(false, err.code ?? err.message));
    ws.on('close', () => {
      settle(false, 'closed before welcome');
      if (conn.ws !== ws) return;
      conn.ws = null;
      if (storm?.armed) reconnectLater(conn);
    });
  });
}

/** The widget client's schedule (widget/app/chat/client.ts): the server's hint plus full-jitter backoff. */
function reconnectLater(conn: Conn): void {
  conn.back = false;
  const delay = Math.max(conn.hintMs, 0) + backoffDelay(conn.attempt);
  // As a load balancer spreads them (round robin): each visitor its own survivor, the next one on each retry. All on
  // the first survivor, as before, measured one node taking a dead node's whole crowd while the other idled.
  if (conn.failover.length > 0) conn.url = conn.failover[(conn.index + conn.attempt) % conn.failover.length]!;
  conn.attempt++;
  conn.hintMs = 0;
  // As patient as the widget: its heartbeat gives up on a socket (a handshake or hello included) silent for twice its
  // interval. A 10 s limit here gave up on hellos the loaded survivors were about to answer, and each retry did them again.
  setTimeout(() => void open(conn, 2 * DEFAULT_HEARTBEAT_MS), delay).unref();
}

/** One frame on an agent socket: a visitor's message completes a `toAgent` send; claims and watches are counted. */
function onAgentFrame(agent: AgentConn, frame: { type: string } & Record<string, unknown>): void {
  const now = performance.now();
  switch (frame.type) {
    case 'welcome':
      agent.welcomed = true;
      return;
    case 'message': {
      const message = frame.message as { conversationId: string; clientId: string | null };
      const conn = byConversation.get(message.conversationId);
      if (!conn || message.clientId === null) return;
      const sentAt = conn.toAgent.get(message.clientId);
      if (sentAt === undefined) return;
      conn.toAgent.delete(message.clientId);
      onCompleted?.(conn, now - sentAt, false);
      return;
    }
    case 'synced':
      agent.synced.add(String(frame.conversationId));
      return;
    case 'error':
      errors[`agent ${String(frame.code)}`] = (errors[`agent ${String(frame.code)}`] ?? 0) + 1;
      return;
    default:
      return;
  }
}

/**
 * Open an agent socket as a non-browser client (no Origin, the session token as a bearer) and say hello. Once
 * welcomed, a close is counted by its code and the socket opened again (see reopenAgent).
 */
function openAgent(agent: AgentConn, timeoutMs: number, reasons: Record<string, number>): Promise<boolean> {
  return new Promise((resolve) => {
    const ws = new WebSocket(agent.url, { perMessageDeflate: false, handshakeTimeout: timeoutMs, headers: { authorization: `Bearer ${agent.token}` } });
    agent.ws = ws;
    agent.welcomed = false;
    let settled = false;
    const settle = (ok: boolean, reason?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!ok) {
        reasons[`agent ${reason ?? 'closed'}`] = (reasons[`agent ${reason ?? 'closed'}`] ?? 0) + 1;
        ws.terminate();
      }
      resolve(ok);
    };
    const timer = setTimeout(() => settle(false, 'timeout'), timeoutMs);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', v: 1, watch: [] })));
    ws.on('message', (data) => {
      onAgentFrame(agent, JSON.parse(String(data)));
      if (agent.welcomed) settle(true);
    });
    ws.on('unexpected-response', (_req, res) => settle(false, `HTTP ${res.statusCode}`));
    ws.on('error', (err: NodeJS.ErrnoException) => settle(false, err.code ?? err.message));
    ws.on('close', (code) => {
      settle(false, 'closed before welcome');
      if (agent.ended || agent.ws !== ws || !agent.welcomed) return;
      agentSockets.closes[code] = (agentSockets.closes[code] ?? 0) + 1;
      reopenAgent(agent);
    });
  });
}

/**
 * An agent socket that closed, opened again as the console does (backoff with full jitter, until welcomed): its
 * conversations are watched again, and claimed again when their claim was in flight. Until then they are not synced.
 */
function reopenAgent(agent: AgentConn): void {
  agent.synced.clear();
  setTimeout(async () => {
    if (agent.ended) return;
    agent.attempt++;
    if (!(await openAgent(agent, 2 * DEFAULT_HEARTBEAT_MS, {}))) return agent.ended ? undefined : reopenAgent(agent);
    agent.attempt = 0;
    agentSockets.reopens++;
    for (const conn of conns.filter((c) => c.agent === agent)) {
      if (conn.status !== 'assigned') agent.ws.send(JSON.stringify({ type: 'claim', conversationId: conn.conversationId, ref: `reclaim-${workerId}-${conn.index}` }));
      agent.ws.send(JSON.stringify({ type: 'watch', conversationId: conn.conversationId, lastSeq: 0 }));
    }
  }, backoffDelay(agent.attempt)).unref();
}

/**
 * Hand every visitor's conversation to an agent: wait until it is waiting (after `handoff`), then the
 * agents (round-robin) claim and watch them; each agent socket handles its frames in order, so the
 * claims and watches are pipelined and `synced` says both are done. Bounded by `deadline`.
 */
async function takeOver(fresh: Conn[], by: AgentConn[], deadline: number, reasons: Record<string, number>): Promise<number> {
  while (Date.now() < deadline && fresh.some((c) => c.status !== 'waiting')) await sleep(50);
  const ready = fresh.filter((c) => c.status === 'waiting' && c.conversationId);
  ready.forEach((conn, i) => {
    const agent = by[i % by.length]!;
    conn.agent = agent;
    byConversation.set(conn.conversationId!, conn);
    agent.ws.send(JSON.stringify({ type: 'claim', conversationId: conn.conversationId, ref: `claim-${workerId}-${conn.index}` }));
    agent.ws.send(JSON.stringify({ type: 'watch', conversationId: conn.conversationId, lastSeq: 0 }));
  });
  const claimed = () => ready.filter((c) => c.agent!.synced.has(c.conversationId!) && c.status === 'assigned').length;
  while (Date.now() < deadline && claimed() < ready.length) await sleep(50);
  const taken = claimed();
  for (const conn of ready) {
    const synced = conn.agent!.synced.has(conn.conversationId!);
    if (synced && conn.status === 'assigned') continue;
    const why = synced ? `takeover: visitor still ${conn.status}` : 'takeover: agent not synced';
    reasons[why] = (reasons[why] ?? 0) + 1;
    conn.agent = undefined;
  }
  return taken;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** See ConnectRequest.history. Bounded by `deadline`; a visitor left without it is counted in `reasons` (`history: …`). */
async function giveHistory(visitors: Conn[], history: NonNullable<ConnectRequest['history']>, wsUrl: string, deadline: number, reasons: Record<string, number>): Promise<void> {
  const miss = (why: string) => (reasons[`history: ${why}`] = (reasons[`history: ${why}`] ?? 0) + 1);
  const upTo = new Map<Conn, number>();
  for (const text of history.texts) {
    for (const conn of visitors) (conn.bot.push(performance.now()), send(conn, { type: 'send', clientId: `bench-${workerId}-h-${conn.index}-${conn.seq++}`, text }));
    while (Date.now() < deadline && visitors.some((c) => c.bot.length > 0)) await sleep(50);
  }
  if (history.file) {
    const url = `${wsUrl.replace(/^ws/, 'http').replace(/\/ws\/visitor$/, '')}/api/v1/visitor/attachments`;
    for (let i = 0; i < visitors.length && Date.now() < deadline; i += 50) {
      await Promise.all(
        visitors.slice(i, i + 50).map(async (conn) => {
          const res = await fetch(url, {
            method: 'POST',
            headers: { origin, authorization: `Bearer ${conn.token}`, 'content-type': 'application/octet-stream', 'x-client-id': `bench-${workerId}-f-${conn.index}`, 'x-conversation-id': conn.conversationId!, 'x-file-name': 'receipt.pdf' },
            body: new Uint8Array(PDF),
          }).catch(() => null);
          if (res?.status === 201) upTo.set(conn, ((await res.json()) as { seq: number }).seq);
          else miss(`upload ${res?.status ?? 'failed'}`);
        }),
      );
    }
  }
  while (Date.now() < deadline && visitors.some((c) => c.lastSeq < (upTo.get(c) ?? 0))) await sleep(50);
  for (const c of visitors) if (c.bot.length > 0 || c.lastSeq < (upTo.get(c) ?? 0)) miss('not all of it arrived in time');
}

/** Open `req.count` visitor sockets (and its agents) on `req.wsUrl`; a process may be asked several times (one per node). */
async function connect(req: ConnectRequest): Promise<ConnectResult> {
  ({ target, origin } = req);
  const started = performance.now();
  const deadline = Date.now() + req.timeoutMs;
  let connected = 0;
  let failed = 0;
  const reasons: Record<string, number> = {};
  const mine: AgentConn[] = [];
  const visitors: Conn[] = [];
  if (target === 'kefu') {
    const url = (req.agentWsUrl ?? req.wsUrl).replace(/\/ws\/visitor$/, '/ws/agent');
    for (const token of req.agentTokens ?? []) {
      const agent: AgentConn = { ws: null as unknown as WebSocket, url, token, synced: new Set(), welcomed: false, attempt: 0, ended: false };
      if (await openAgent(agent, Math.max(1000, deadline - Date.now()), reasons)) mine.push(agent);
    }
    agents.push(...mine);
  }
  const batch = 100; // handshakes in flight per process
  for (let i = 0; i < req.count && Date.now() < deadline; i += batch) {
    const fresh = Array.from({ length: Math.min(batch, req.count - i) }, (_, j): Conn => ({
      index: conns.length + visitors.length + j,
      url: req.wsUrl,
      failover: req.failoverUrls ?? [],
      ws: null, lastSeq: 0, own: new Map(), bot: [], toAgent: new Map(), fromAgent: new Map(), seq: 0, attempt: 0, hintMs: 0, resync: null, back: false,
    }));
    const results = await Promise.all(fresh.map((c) => open(c, Math.max(1000, deadline - Date.now()), reasons)));
    fresh.forEach((c, j) => (results[j] ? visitors.push(c) : c.ws?.terminate()));
    connected += results.filter(Boolean).length;
    failed += results.filter((r) => !r).length;
  }
  conns.push(...visitors);
  if (req.history && target === 'kefu') await giveHistory(visitors, req.history, req.wsUrl, deadline, reasons);
  let takenOver = 0;
  let takeoverMs = 0;
  if (req.handoff && target === 'kefu') {
    for (const conn of visitors) send(conn, { type: 'handoff' });
    if (mine.length > 0) {
      const t0 = performance.now();
      takenOver = await takeOver(visitors, mine, Math.max(deadline, Date.now() + 5000), reasons);
      takeoverMs = performance.now() - t0;
    } else await sleep(Math.min(5000, 200 + visitors.length)); // the bot's handoff message and the state change
  }
  return { connected, failed, ms: performance.now() - started, reasons, agents: mine.length, takenOver, takeoverMs, agentSockets };
}

function sendOne(conn: Conn, req: LoadRequest, n: number): void {
  const clientId = `bench-${workerId}-${conn.index}-${conn.seq++}`;
  const text = req.texts[n % req.texts.length]!;
  const now = performance.now();
  if (req.expect === 'visitor') {
    // The agent that owns the conversation writes to the visitor.
    conn.fromAgent.set(clientId, now);
    if (conn.agent?.ws.readyState === WebSocket.OPEN) conn.agent.ws.send(JSON.stringify({ type: 'send', conversationId: conn.conversationId, clientId, text }));
    return;
  }
  if (req.expect === 'bot') conn.bot.push(now);
  else if (req.expect === 'agent') conn.toAgent.set(clientId, now);
  else conn.own.set(clientId, now);
  send(conn, { type: 'send', clientId, text });
}

async function load(req: LoadRequest): Promise<LoadResult> {
  const result: LoadResult = { sent: 0, completed: 0, latencies: [], ackLatencies: [], errors, agentSockets };
  for (const key of Object.keys(errors)) delete errors[key];
  for (const c of conns) (c.own.clear(), (c.bot.length = 0), c.toAgent.clear(), c.fromAgent.clear());
  // Agent-side loads run over the conversations an agent took over.
  const active = req.expect === 'agent' || req.expect === 'visitor' ? conns.filter((c) => c.agent) : conns;
  const toPerf = (epoch: number) => performance.now() + (epoch - Date.now());
  const start = toPerf(req.startAt);
  const from = start + req.warmupMs;
  const until = from + req.durationMs;
  const inWindow = (t: number) => t >= from && t < until;
  let sending = true;
  let n = 0;
  onCompleted = (conn, latency, ack) => {
    const now = performance.now();
    const done = target === 'echo' || (req.expect === 'own' ? ack : true);
    // Latency for what was sent in the window; throughput for what completed in it.
    if (inWindow(now - latency)) (ack && target === 'kefu' ? result.ackLatencies : result.latencies).push(latency);
    if (done && inWindow(now)) result.completed++;
    if (done && req.mode === 'closed' && sending) (sendOne(conn, req, n++), result.sent++);
  };
  await sleep(Math.max(0, start - performance.now()));
  if (req.mode === 'closed') {
    for (const conn of active) (sendOne(conn, req, n++), result.sent++);
    await sleep(until - performance.now());
  } else {
    let next = 0;
    while (performance.now() < until) {
      const due = Math.floor(((performance.now() - start) / 1000) * req.rate);
      for (; result.sent < due && active.length > 0; result.sent++) sendOne(active[next++ % active.length]!, req, n++);
      await sleep(5);
    }
  }
  sending = false;
  await sleep(2000); // let the window's last replies arrive
  onCompleted = null;
  return result;
}

async function stormWait(deadlineMs: number): Promise<StormResult> {
  const s = storm!;
  const deadline = Date.now() + deadlineMs;
  while (s.back < s.total && Date.now() < deadline) await sleep(50);
  s.armed = false;
  const { armed: _armed, ...report } = s;
  return report;
}

serveIpc(async (request) => {
  switch (request.cmd) {
    case 'connect':
      return connect(request as unknown as ConnectRequest);
    case 'load':
      return load(request as unknown as LoadRequest);
    case 'storm-arm': {
      // Only the clients of one node (`url`) count when a single node goes away; all of them otherwise.
      const url = request.url as string | undefined;
      storm = { armed: true, total: conns.filter((c) => !url || c.url === url).length, back: 0, welcomes: [], backs: [], lastBackAt: 0, refused: 0, failures: {} };
      return true;
    }
    case 'storm-wait':
      return stormWait(Number(request.deadlineMs));
    case 'close':
      for (const conn of conns.splice(0)) conn.ws?.terminate();
      for (const agent of agents.splice(0)) ((agent.ended = true), agent.ws.terminate());
      byConversation.clear();
      agentSockets.closes = {};
      agentSockets.reopens = 0;
      return true;
    default:
      throw new Error(`unknown command ${request.cmd}`);
  }
});
