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
 * time its shown place was behind its true place (true: 1 + the chats ahead of it not yet claimed).
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

/** One agent socket that claims and closes the chats it is handed, one after another. */
function agentWorker(wsUrl: string, origin: string, token: string, next: () => string | undefined, claimedAt: Map<string, number>): Promise<void> {
  return new Promise((resolve, reject) => {
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
      const frame = JSON.parse(String(data)) as { type: string; ref?: string; code?: string; message?: string };
      if (frame.type === 'welcome') return step();
      if (frame.type === 'error' && frame.ref) return reject(new Error(`agent: ${frame.code} ${frame.message}`));
      if (frame.type !== 'done' || !frame.ref) return;
      if (frame.ref.startsWith('c-')) {
        claimedAt.set(current!, performance.now());
        socket.send(JSON.stringify({ type: 'close', conversationId: current, ref: `x-${ref}-${current!.slice(0, 8)}` }));
      } else step();
    });
  });
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
    await new Promise((r) => setTimeout(r, 4_000)); // the last place updates of the filling settle
    for (const w of waiters) w.counting = true;

    const claimedAt = new Map<string, number>();
    let nextAt = 0;
    const cpu0 = cpuSeconds(server.pid);
    const t0 = performance.now();
    await Promise.all(tokens.map((token) => agentWorker(`${wsBase}/ws/agent`, server.url, token, () => order[nextAt++], claimedAt)));
    const drainSec = (performance.now() - t0) / 1000;
    const cpu = cpuSeconds(server.pid) - cpu0;

    // Staleness: the shown place p of the i-th in line is wrong from the claim that leaves fewer than p - 1 ahead.
    const rank = new Map(order.map((id, i) => [id, i]));
    const claims = order.map((id) => claimedAt.get(id) ?? Infinity);
    const byId = new Map(waiters.map((w) => [w.id, w]));
    const worst: number[] = [];
    let frames = 0;
    for (const id of order) {
      const w = byId.get(id)!;
      const i = rank.get(id)!;
      const end = claims[i]!;
      frames += w.frames.filter((f) => f.at < end).length;
      // Shown before the drain: its place at the start, i + 1. Then each frame's place.
      const shown = [{ at: t0, place: i + 1 }, ...w.frames.filter((f) => f.at < end)];
      let longest = 0;
      shown.forEach((s, k) => {
        const until = k + 1 < shown.length ? shown[k + 1]!.at : end;
        const ahead = s.place - 1; // chats ahead when this place was true
        const wrongFrom = claims[i - ahead]; // the claim that moved it up past this place
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
      { section, figure: 'staleness of a shown place, p50 (per visitor, its worst)', value: quantile(worst, 0.5), unit: 's' },
      { section, figure: 'staleness of a shown place, p99', value: quantile(worst, 0.99), unit: 's' },
      { section, figure: 'staleness of a shown place, max', value: Math.max(...worst), unit: 's' },
    ];
  } finally {
    for (const w of waiters) w.socket.terminate();
    await server.stop();
  }
}
