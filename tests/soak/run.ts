import { setTimeout as sleep } from 'node:timers/promises';
import { ChatClient, type ChatSnapshot } from '../../widget/app/chat/client.ts';
import type { ConversationSummary } from '../../protocol/index.ts';
import { cluster, oneBox, type SoakBackend } from './backends.ts';
import { installBrowserGlobals, MemoryStorage } from './node-widget.ts';
import { SoakAgent } from './agent.ts';
import { judge, NOT_APPLICABLE, type AgentParticipant, type Participant, type Takeover, type Verdict } from './oracle.ts';
import { FaultProxy } from './proxy.ts';
import { seededRandom } from '../../faq/classifier.ts';

export interface SoakOptions {
  seed: number;
  /**
   * How long visitors type, counted while the server is up: the end moves on by each restart's length (a restart takes
   * a few seconds idle and 35-61 s at load 20-28, and a run of fixed length would leave the server down for most of it).
   */
  durationMs: number;
  visitors: number;
  /**
   * SIGKILL the server (with several nodes: the next node in turn) and start it again this often: each kill comes
   * killEveryMs after the last restart ended (the first, after the start), however long a restart takes.
   */
  killEveryMs: number;
  /**
   * Kefu processes: 1 (default) on SQLite; more: that many on one PostgreSQL database and one Redis, behind the
   * proxy balancing new connections over them, with the database's connections cut (and refused for 5 s) once,
   * half-way through.
   */
  nodes?: number;
  /** Cut or blackhole `cutFraction` of the open connections this often. */
  cutEveryMs: number;
  cutFraction: number;
  /** Each visitor types a message every sendEveryMs on average (uniform in [0.5, 1.5]×). */
  sendEveryMs: number;
  /** Agents logged in (the first admin plus agents created over REST), on /ws/agent through the same proxy. */
  agents: number;
  /** Takeovers: a visitor asks for a person, an agent claims, replies, then releases or closes. */
  takeovers: number;
  /** With several nodes: stop PostgreSQL for 5 s half-way through (default true). */
  databaseOutage?: boolean;
  /** After the last fault: how long every outbox may take to empty, every view to catch up and the bot to answer what it owes. */
  settleMs: number;
  /** The FAQ pack the servers load (KEFU_FAQ_PACK_DIR); the shipped one when unset. */
  faqPackDir?: string;
  log: (line: string) => void;
  /**
   * Ends the run early (the test's own signal, aborted when it times out), at any moment, start-up included: runSoak
   * starts nothing more, stops every node, the database and the proxy it started, then rejects with an AbortError.
   */
  signal?: AbortSignal;
}

export interface SoakReport {
  verdict: Verdict;
  kills: number;
  /** Database outages (several nodes only). */
  databaseOutages: number;
  cuts: number;
  blackholes: number;
  /** After each restart: how long until every message unacknowledged at that moment was acknowledged (null: not within 120 s). */
  drainMs: (number | null)[];
  /** After the end (no more typing): how long until every outbox was empty (null: not within settleMs). */
  outboxEmptyAfterMs: number | null;
  elapsedMs: number;
  /** Takeovers finished (claimed, replied, released or closed) out of those started. */
  takeoversDone: number;
  takeoversStarted: number;
  /** Agent sockets reopened (after kills, cuts and blackholes). */
  agentReconnects: number;
  /** Agent replies sent again because their ack had not come before the socket went. */
  agentResends: number;
}

/** Questions the FAQ bot answers (none asks for a person, so the bot owns every conversation throughout). */
const QUESTIONS = ['how do I top up my balance', 'my payment failed', '忘记密码怎么办', 'how long does a refund take', '退款多久到账', 'what are the transfer fees', '¿cómo recargo mi saldo?'];

/**
 * The fault-injection soak: visitors running the widget's own ChatClient (outbox, clientId per message,
 * resend after reconnect, lastSeq replay, full-jitter backoff, heartbeat) through a TCP proxy that cuts and
 * blackholes connections, against the real server process, SIGKILLed and restarted at intervals. At the
 * end the oracle compares what everyone typed and sees with the database.
 */
export async function runSoak(o: SoakOptions): Promise<SoakReport> {
  const begun = Date.now();
  // The proxy listens first (a port of the kernel's pick): with several nodes, they answer as its address.
  const proxy = new FaultProxy();
  const proxyPort = await proxy.listen();
  const admin = { email: 'soak-admin@example.com', password: 'soak admin password' };
  const env = { KEFU_LOG_LEVEL: 'error', KEFU_ADMIN_EMAIL: admin.email, KEFU_ADMIN_PASSWORD: admin.password, KEFU_SHUTDOWN_DRAIN_MS: '0', ...(o.faqPackDir ? { KEFU_FAQ_PACK_DIR: o.faqPackDir } : {}) };
  const nodes = o.nodes ?? 1;
  const backend = await (nodes > 1 ? cluster(nodes, env, `http://127.0.0.1:${proxyPort}`, o.signal) : oneBox(env, o.signal)).catch(async (err: unknown) => {
    await proxy.close();
    throw err;
  });
  // Whatever ends the run (its end, a failure, the signal), what it started stops: the clients first (an agent's
  // pending act ends with its socket), then whatever still changes the backend (a node's restart, the database's
  // outage, a takeover, a drain: each ends at its next wait once the signal is aborted), then the nodes, the database
  // and the proxy.
  let stopped: Promise<void> | null = null;
  const run: Run = {
    backend, proxy, proxyPort, admin, begun, clients: [], underway: [],
    stopAll: () =>
      (stopped ??= (async () => {
        for (const client of run.clients) client.stop();
        await Promise.allSettled(run.underway);
        await backend.close();
        await proxy.close();
      })()),
  };
  try {
    return await soakAgainst(o, run);
  } finally {
    await run.stopAll();
  }
}

/** A soak's started parts: what runSoak stops however the run ends. */
interface Run {
  backend: SoakBackend;
  proxy: FaultProxy;
  proxyPort: number;
  admin: { email: string; password: string };
  begun: number;
  /** Visitors' and agents' clients, stopped first. */
  clients: { stop(): void }[];
  /**
   * What may still change the backend (restarts, the outage, takeovers, drains), settled before it closes: each as it
   * settles, failure or not (its failure is the run's to report; an abort must not leave it an unhandled rejection
   * while the run still waits on a restart).
   */
  underway: Promise<void>[];
  /** Stops everything above (once, however often called). */
  stopAll(): Promise<void>;
}

/** The run itself, against a started backend behind its proxy. */
async function soakAgainst(o: SoakOptions, { backend, proxy, proxyPort, admin, begun, clients, underway, stopAll }: Run): Promise<SoakReport> {
  const signal = o.signal;
  const nodes = o.nodes ?? 1;
  const track = <T>(work: Promise<T>): Promise<T> => (underway.push(work.then(() => undefined, () => undefined)), work);
  proxy.forwardTo(backend.ports);
  const origin = backend.origin;
  installBrowserGlobals(origin);
  // Logins and agents over REST go through the proxy too when several nodes answer as its address.
  const agents = await loginAgents(nodes > 1 ? origin : `http://127.0.0.1:${backend.ports[0]}`, o.agents, admin).then((cookies) =>
    cookies.map((cookie) => new SoakAgent(`ws://127.0.0.1:${proxyPort}/ws/agent`, cookie, origin)),
  );
  clients.push(...agents);
  for (const a of agents) a.start();

  const started = Date.now();
  o.log(`${nodes > 1 ? `${nodes} nodes` : 'server'} up and ${o.agents} agents logged in after ${((started - begun) / 1000).toFixed(1)} s`);
  // The end, moved on by each restart's length (see the kills below) and, while one runs, by the time it has taken so
  // far: the typing, cuts and takeovers get durationMs of a live server, and no typing stops during a restart.
  let downMs = 0;
  let downSince: number | null = null;
  const end = () => started + o.durationMs + downMs + (downSince === null ? 0 : Date.now() - downSince);
  const faults = seededRandom(o.seed);
  const visitors = Array.from({ length: o.visitors }, (_, i) => {
    const client = new ChatClient({ url: `ws://127.0.0.1:${proxyPort}/ws/visitor`, locale: 'en', site: null, storage: new MemoryStorage(), heartbeatMs: 4000 });
    clients.push(client);
    client.start();
    // The widget shows one conversation at a time (a new one after an agent closes it): keep each one's last view.
    const views = new Map<string, ChatSnapshot['messages']>();
    client.subscribe((s) => {
      const id = s.messages[0]?.conversationId;
      if (id) views.set(id, s.messages);
    });
    return { client, views, sent: [] as string[], random: seededRandom(o.seed * 1000 + i + 1), busy: false };
  });

  const timers = new Set<ReturnType<typeof setTimeout>>();
  const typeNext = (v: (typeof visitors)[number], i: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (Date.now() >= end()) return;
      const text = `${QUESTIONS[Math.floor(v.random() * QUESTIONS.length)]} #${i}-${v.sent.length}`;
      v.sent.push(text);
      v.client.send(text);
      typeNext(v, i);
    }, o.sendEveryMs * (0.5 + v.random()));
    timers.add(timer);
  };
  visitors.forEach(typeNext);
  const injuries = setInterval(() => proxy.injure(o.cutFraction, faults), o.cutEveryMs);

  // Takeovers: at seeded moments between 10% and 70% of the run, one per agent at a time.
  const plan = seededRandom(o.seed + 7);
  const takeovers: Takeover[] = [];
  const chains = agents.map(() => Promise.resolve());
  for (let t = 0; t < o.takeovers && agents.length > 0; t++) {
    const at = started + o.durationMs * (0.1 + 0.6 * plan());
    const agentIndex = t % agents.length;
    const replies = 2 + Math.floor(plan() * 3);
    const end = plan() < 0.5 ? 'release' : 'close';
    const pick = plan();
    chains[agentIndex] = chains[agentIndex]!.then(async () => {
      await sleep(at - Date.now(), undefined, { signal });
      const free = visitors.filter((v) => !v.busy && v.client.snapshot.status === 'bot' && v.client.snapshot.messages.length > 0);
      const v = free[Math.floor(pick * free.length)];
      if (!v) return o.log(`takeover ${t}: no visitor free`);
      v.busy = true;
      try {
        const record = await takeover(o, agents[agentIndex]!, v.client, t, replies, end);
        takeovers.push(record);
      } finally {
        v.busy = false;
      }
    });
  }

  let kills = 0;
  let databaseOutages = 0;
  chains.forEach(track);
  const outage = track(backend.databaseOutage && o.databaseOutage !== false
    ? sleep(o.durationMs / 2, undefined, { signal }).then(async () => {
        o.log(`database outage at ${((Date.now() - started) / 1000).toFixed(1)} s: PostgreSQL stopped (pg_ctl stop -m fast), started again 5 s later`);
        await backend.databaseOutage!(5_000);
        databaseOutages++;
      })
    : Promise.resolve());
  const drains: Promise<number | null>[] = [];
  /** Resolves with how long until every message pending now is acknowledged, polled every 250 ms for at most 120 s. */
  const drainFrom = async (from: number): Promise<number | null> => {
    const backlog = visitors.map((v) => new Set(v.client.snapshot.pending.map((p) => p.clientId)));
    o.log(`backlog at restart: ${backlog.reduce((n, b) => n + b.size, 0)} unacknowledged`);
    for (let waited = 0; waited < 120_000; waited += 250) {
      if (visitors.every((v, i) => !v.client.snapshot.pending.some((p) => backlog[i]!.has(p.clientId)))) return Date.now() - from;
      await sleep(250, undefined, { signal });
    }
    return null;
  };
  try {
    // Each kill killEveryMs after the last restart ended, and the end moved on by each restart's length: the server is
    // up for the same stretches however long a restart takes. (On a schedule fixed from the start, a restart of 27 s at
    // load 12-17 had the second kill land on a server just back, with no socket reconnected yet, and the server up for
    // about 11 s of the 30.)
    for (let upSince = started; upSince + o.killEveryMs < end(); ) {
      await sleep(upSince + o.killEveryMs - Date.now(), undefined, { signal });
      const killedAt = (downSince = Date.now());
      o.log(`kill ${kills + 1} at ${((killedAt - started) / 1000).toFixed(1)} s (${proxy.open} connections open)`);
      await track(backend.kill(kills + 1));
      kills++;
      upSince = Date.now();
      downMs += upSince - killedAt;
      downSince = null;
      o.log(`restarted at ${((upSince - started) / 1000).toFixed(1)} s (down ${((upSince - killedAt) / 1000).toFixed(1)} s; the end now at ${((end() - started) / 1000).toFixed(1)} s)`);
      drains.push(track(drainFrom(upSince)));
    }
    await sleep(Math.max(0, end() - Date.now()), undefined, { signal });
    await Promise.all([...chains, outage]);
  } finally {
    clearInterval(injuries);
    for (const timer of timers) clearTimeout(timer);
  }
  const stopAt = end();

  // Settle: every outbox empties and every view reaches its conversation's last seq in the database.
  let outboxEmptyAt: number | null = null;
  const deadline = Date.now() + o.settleMs;
  for (;;) {
    const seqs = await backend.lastSeqs();
    const lastSeq = { get: (id: string) => (seqs.has(id) ? { last_seq: seqs.get(id)! } : undefined) };
    const pending = visitors.reduce((n, v) => n + v.client.snapshot.pending.length, 0) + agents.reduce((n, a) => n + a.pending, 0);
    if (pending === 0) outboxEmptyAt ??= Date.now();
    const behind =
      visitors.filter(({ client: { snapshot: s } }) => {
        const last = s.messages.at(-1);
        return s.pending.length > 0 || (last !== undefined && last.seq !== lastSeq.get(last.conversationId)?.last_seq);
      }).length +
      agents.filter((a) => [...a.views].some(([id, view]) => view.at(-1)?.seq !== lastSeq.get(id)?.last_seq)).length;
    // And the bot has answered what it owes (a node killed mid-turn leaves its claim until the lease runs out).
    const owed = behind === 0 ? await backend.owedBotAnswers() : -1;
    if (owed === 0 || Date.now() > deadline) {
      o.log(`settled: ${pending} unacknowledged, ${behind} views behind, ${owed} bot answers owed, ${((Date.now() - stopAt) / 1000).toFixed(1)} s after the end`);
      break;
    }
    await sleep(250, undefined, { signal });
  }

  const participants: Participant[] = visitors.map((v) => ({ sent: v.sent, views: v.views, pending: v.client.snapshot.pending.length }));
  const agentParticipants: AgentParticipant[] = agents.map((a) => ({ typed: a.typed, views: a.views, pending: a.pending }));
  visitors.forEach((v) => v.client.stop());
  agents.forEach((a) => a.stop());
  const verdict = judge(await backend.judgeFile(), participants, agentParticipants, takeovers);
  // PostgreSQL has no integrity_check: the oracle read a copy of its rows.
  if (nodes > 1) verdict.integrity = NOT_APPLICABLE;
  await stopAll();
  o.log(`judged and shut down ${((Date.now() - stopAt) / 1000).toFixed(1)} s after the end`);
  return {
    verdict,
    kills,
    databaseOutages,
    cuts: proxy.cuts,
    blackholes: proxy.blackholes,
    drainMs: await Promise.all(drains),
    outboxEmptyAfterMs: outboxEmptyAt === null ? null : Math.max(0, outboxEmptyAt - stopAt),
    elapsedMs: Date.now() - started,
    takeoversDone: takeovers.filter((t) => t.done).length,
    takeoversStarted: takeovers.length,
    agentReconnects: agents.reduce((n, a) => n + a.reconnects, 0),
    agentResends: agents.reduce((n, a) => n + a.resends, 0),
  };
}

/** The first admin logs in; the others are created over REST and log in. Returns each one's session cookie. */
async function loginAgents(url: string, count: number, admin: { email: string; password: string }): Promise<string[]> {
  const login = async (email: string, password: string) => {
    const res = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: url }, body: JSON.stringify({ email, password }) });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
    return res.headers.get('set-cookie')!.split(';')[0]!;
  };
  if (count === 0) return [];
  const adminCookie = await login(admin.email, admin.password);
  const cookies = [adminCookie];
  for (let i = 1; i < count; i++) {
    const email = `soak-agent-${i}@example.com`;
    const password = 'soak agent password';
    const res = await fetch(`${url}/api/v1/agents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: adminCookie, origin: url },
      body: JSON.stringify({ email, name: `Soak agent ${i}`, password }),
    });
    if (res.status !== 201) throw new Error(`create agent: ${res.status} ${await res.text()}`);
    cookies.push(await login(email, password));
  }
  return cookies;
}

const until = async (ok: () => boolean, timeoutMs: number, signal?: AbortSignal): Promise<boolean> => {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(100, undefined, { signal })) if (ok()) return true;
  return ok();
};

/**
 * One takeover: the visitor asks for a person, the agent claims (again after a reconnect until the
 * conversation shows as theirs), types `replies` replies through its outbox, waits until all are
 * acknowledged, then releases to the bot or closes. Records the seq range in which the agent held it.
 */
async function takeover(o: SoakOptions, agent: SoakAgent, visitor: ChatClient, n: number, replies: number, end: 'release' | 'close'): Promise<Takeover> {
  const conversationId = visitor.snapshot.messages.at(-1)!.conversationId;
  const record: Takeover = { conversationId, agent: agent.me ?? '?', heldFrom: null, heldTo: 0, end, done: false };
  const mine = () => {
    const c = agent.conversation(conversationId);
    return c?.status === 'assigned' && c.agentId === agent.me;
  };
  const offSummary = (c: ConversationSummary) => {
    if (c.id !== conversationId || c.status !== 'assigned' || c.agentId !== agent.me) return;
    record.heldFrom ??= c.lastSeq; // the first time it is seen as ours: at or after the claim
    record.heldTo = Math.max(record.heldTo, c.lastSeq);
  };
  const onAck = (id: string, seq: number) => {
    if (id === conversationId) record.heldTo = Math.max(record.heldTo, seq);
  };
  const prevSummary = agent.onSummary;
  const prevAck = agent.onAck;
  agent.onSummary = (c) => (prevSummary(c), offSummary(c));
  agent.onAck = (id, seq) => (prevAck(id, seq), onAck(id, seq));
  try {
    // Ask for a person until the console shows the conversation waiting (the frame is lost on a dead socket). Twenty
    // asks counted only while the visitor's socket is open: a takeover that starts as the server is killed does not
    // spend them on a restart (35-61 s at load 20-28; on main at load 12-17 one takeover ran out of its 60 s of asks so).
    const waiting = () => ['waiting', 'assigned'].includes(agent.conversation(conversationId)?.status ?? '');
    for (let asked = 0, looked = 0; asked < 20 && looked < 100 && !waiting(); looked++) {
      if (visitor.snapshot.connection === 'online') {
        asked++;
        if (visitor.snapshot.status === 'bot') visitor.requestHandoff();
      }
      await until(waiting, 3000, o.signal);
    }
    if (!waiting()) return (o.log(`takeover ${n}: never waiting`), record);
    for (let i = 0; i < 60 && !mine(); i++) {
      const c = agent.conversation(conversationId);
      if (c?.status === 'assigned' && c.agentId !== agent.me) return (o.log(`takeover ${n}: taken by someone else`), record);
      const r = await agent.act('claim', conversationId);
      if (!r.ok) await until(mine, 1000, o.signal);
      else await until(mine, 5000, o.signal);
    }
    if (!mine()) return (o.log(`takeover ${n}: claim never went through`), record);
    agent.watch(conversationId);
    for (let k = 1; k <= replies; k++) {
      await sleep(500 + Math.random() * 1500, undefined, { signal: o.signal });
      agent.type(conversationId, `agent reply ${n}-${k} from ${agent.me}`);
    }
    if (!(await until(() => agent.pendingFor(conversationId) === 0, 120_000, o.signal))) return (o.log(`takeover ${n}: replies not acknowledged in 120 s`), record);
    for (let i = 0; i < 60 && mine(); i++) {
      const r = await agent.act(end, conversationId);
      await until(() => !mine(), r.ok ? 5000 : 1000, o.signal);
    }
    record.done = !mine();
    o.log(`takeover ${n}: ${record.done ? `${end}d` : `${end} never went through`} (held seq ${record.heldFrom}..${record.heldTo})`);
    return record;
  } finally {
    agent.onSummary = prevSummary;
    agent.onAck = prevAck;
  }
}
