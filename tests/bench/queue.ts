import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { BenchContext } from './context.ts';
import { startServerOf } from './context.ts';
import { agentSessions } from './relay.ts';
import type { Row } from './report.ts';
import { cpuSeconds, quantile } from './stats.ts';

/**
 * A payment outage: `n` visitors wait for a person at once, then 50 agents drain the queue, each claiming
 * the oldest chat and closing it. Measures the place updates (`state` frames while waiting) the visitors
 * receive, the server's CPU over the drain, and how stale a shown place gets: for each visitor, the longest
 * time its shown place was behind its true place (true: 1 + the chats ahead of it not yet claimed), from the
 * commit of the claim that moved it to the new place's arrival in this process (a process starved on a loaded
 * box reads its sockets late: that lag is counted in).
 */
const AGENTS = 50;

interface Waiter {
  id: string;
  /** The place it was given on entering the queue (1 + those who started waiting strictly earlier). */
  entered: number;
  socket: WebSocket;
  /** Waiting frames received: arrival time (ms) and place. */
  frames: { at: number; place: number }[];
  counting: boolean;
}

function openVisitor(wsUrl: string, origin: string): Promise<Waiter> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, { origin });
    const waiter: Waiter = { id: '', entered: 0, socket, frames: [], counting: false };
    const timer = setTimeout(() => reject(new Error('a visitor did not reach the queue in 60 s')), 60_000);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', v: 1, locale: 'en' })));
    socket.on('error', reject);
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; conversationId?: string; status?: string; queuePosition?: number };
      if (frame.type === 'welcome') {
        waiter.id = frame.conversationId!;
        socket.send(JSON.stringify({ type: 'handoff' }));
      }
      if (frame.type !== 'state' || frame.status !== 'waiting') return;
      if (waiter.counting) waiter.frames.push({ at: performance.now(), place: frame.queuePosition! });
      else if (!waiter.entered) {
        waiter.entered = frame.queuePosition!;
        clearTimeout(timer);
        resolve(waiter);
      }
    });
  });
}

/**
 * One agent socket that claims and closes the chats it is handed, one after another. Every console hears of each
 * claim: `claimedAt` takes its commit time from the first (the server's clock, on this box the bench's), not
 * the claimer's `done`, which comes later the busier the server is and would shorten the staleness measured.
 * Resolves once the console is welcomed (its inbox loaded: not part of the drain); `drained` once it has no more.
 */
function agentWorker(
  wsUrl: string,
  origin: string,
  token: string,
  start: Promise<void>,
  next: () => string | undefined,
  claimedAt: Map<string, number>,
): Promise<{ drained: Promise<void> }> {
  let welcomed: () => void;
  const ready = new Promise<void>((resolve) => (welcomed = resolve));
  const drained = new Promise<void>((resolve, reject) => {
    const socket = new WebSocket(wsUrl, { origin, headers: { cookie: `kefu_session=${encodeURIComponent(token)}` } });
    let current: string | undefined;
    let ref = 0;
    const step = () => {
      current = next();
      if (!current) return socket.close();
      socket.send(JSON.stringify({ type: 'claim', conversationId: current, ref: `c-${++ref}-${current.slice(0, 8)}` }));
    };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', v: 1, watch: [] })));
    socket.on('error', reject);
    socket.on('close', () => resolve());
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; ref?: string; code?: string; message?: string; conversation?: { id: string; status: string; updatedAt: number } };
      if (frame.type === 'welcome') {
        welcomed();
        return void start.then(step);
      }
      const c = frame.conversation;
      if (frame.type === 'conversation' && c?.status === 'assigned' && !claimedAt.has(c.id)) claimedAt.set(c.id, c.updatedAt - performance.timeOrigin);
      if (frame.type === 'error' && frame.ref) return reject(new Error(`agent: ${frame.code} ${frame.message}`));
      if (frame.type !== 'done' || !frame.ref) return;
      if (frame.ref.startsWith('c-')) {
        socket.send(JSON.stringify({ type: 'close', conversationId: current, ref: `x-${ref}-${current!.slice(0, 8)}` }));
      } else step();
    });
  });
  drained.catch(() => undefined); // reported by the caller's await
  return Promise.race([ready.then(() => ({ drained })), drained.then(() => ({ drained }))]);
}

export async function measureQueue(ctx: BenchContext): Promise<Row[]> {
  const n = ctx.quick ? 1_000 : 5_000;
  const server = await startServerOf('kefu', ctx);
  const wsBase = server.url.replace(/^http/, 'ws');
  const waiters: Waiter[] = [];
  try {
    const tokens = await agentSessions(server, AGENTS);
    for (let i = 0; i < n; i += 250) {
      const batch = await Promise.all(Array.from({ length: Math.min(250, n - i) }, () => openVisitor(`${wsBase}/ws/visitor`, server.url)));
      waiters.push(...batch);
    }
    // The queue's order, as the server keeps it: by the place each was given on entering (ties: in arrival order).
    const order = waiters.map((w, i) => ({ w, i })).sort((x, y) => x.w.entered - y.w.entered || x.i - y.i).map(({ w }) => w.id);
    const claimedAt = new Map<string, number>();
    let nextAt = 0;
    let go!: () => void;
    const start = new Promise<void>((resolve) => (go = resolve));
    // The consoles open first (each loads its inbox), then the last place updates of the filling settle.
    const workers = await Promise.all(tokens.map((token) => agentWorker(`${wsBase}/ws/agent`, server.url, token, start, () => order[nextAt++], claimedAt)));
    await new Promise((r) => setTimeout(r, 4_000));
    for (const w of waiters) w.counting = true;

    const cpu0 = cpuSeconds(server.pid);
    // How late this process reads its sockets (a frame's arrival is when it is read): its own loop's delay.
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const t0 = performance.now();
    go();
    await Promise.all(workers.map((w) => w.drained));
    const drainSec = (performance.now() - t0) / 1000;
    const cpu = cpuSeconds(server.pid) - cpu0;
    lag.disable();

    // Staleness: the shown place p of the i-th in line is wrong from the claim that leaves fewer than p - 1 ahead,
    // the (i - p + 2)-th claim among the i ahead of it (50 agents claim at once: not always in the queue's order).
    const claims = order.map((id) => claimedAt.get(id) ?? Infinity);
    const byId = new Map(waiters.map((w) => [w.id, w]));
    const worst: number[] = [];
    /** The claims of those ahead of the i-th, in time order. */
    const aheadClaims: number[] = [];
    let frames = 0;
    for (const [i, id] of order.entries()) {
      if (i > 0) {
        const at = claims[i - 1]!;
        let k = aheadClaims.length;
        while (k > 0 && aheadClaims[k - 1]! > at) k--;
        aheadClaims.splice(k, 0, at);
      }
      const w = byId.get(id)!;
      const end = claims[i]!;
      frames += w.frames.filter((f) => f.at < end).length;
      // Shown before the drain: its place at the start, i + 1. Then each frame's place.
      const shown = [{ at: t0, place: i + 1 }, ...w.frames.filter((f) => f.at < end)];
      let longest = 0;
      shown.forEach((s, k) => {
        const until = k + 1 < shown.length ? shown[k + 1]!.at : end;
        const ahead = s.place - 1; // chats ahead when this place was true
        const wrongFrom = aheadClaims[i - ahead]; // the claim that moved it up past this place
        if (ahead <= i && wrongFrom !== undefined && wrongFrom < until) longest = Math.max(longest, until - Math.max(wrongFrom, s.at));
      });
      worst.push(longest / 1000);
    }
    const section = 'queue';
    return [
      { section, figure: `${n.toLocaleString('en-US')} waiting drained by ${AGENTS} agents: drain time`, value: drainSec, unit: 's' },
      { section, figure: 'place updates sent while waiting', value: frames, unit: 'frames', note: `every claim to every waiting visitor would be ${((n * (n - 1)) / 2).toLocaleString('en-US')}` },
      { section, figure: 'place updates per visitor', value: frames / n, unit: '' },
      { section, figure: 'server CPU over the drain', value: cpu, unit: 's' },
      { section, figure: 'server CPU per chat drained (its claim, its close, their share of the place updates)', value: (cpu * 1000) / n, unit: 'ms' },
      { section, figure: 'staleness of a shown place, p50 (per visitor, its worst)', value: quantile(worst, 0.5), unit: 's' },
      { section, figure: 'staleness of a shown place, p99', value: quantile(worst, 0.99), unit: 's' },
      { section, figure: 'staleness of a shown place, max', value: Math.max(...worst), unit: 's' },
      { section, figure: "the bench's own event-loop delay, p99 (in the staleness)", value: lag.percentile(99) / 1e9, unit: 's', note: `max ${(lag.max / 1e9).toFixed(2)} s` },
    ];
  } finally {
    for (const w of waiters) w.socket.terminate();
    await server.stop();
  }
}
