import { assertOpened, measureWindow, startServerOf, untilIdle, wsUrlOf, type BenchContext, type ServerKind } from './context.ts';
import type { Row } from './report.ts';
import { quantile } from './stats.ts';

const TEXT = ['Hi, my transfer to a friend has been pending since this morning, reference 48213. Can you check it?'];
const CONVERSATIONS = 1000;
const RATES = [1000, 5000];

interface RelayRun {
  rates: { rate: number; sent: number; p50: number; p99: number; ackP99: number; errors: Record<string, number> }[];
  max: number;
  perCpuSecond: number;
  /** Seconds the server stayed busy after the handoffs, before the measurement. */
  settle: number;
}

async function relay(kind: ServerKind, ctx: BenchContext): Promise<RelayRun> {
  const server = await startServerOf(kind, ctx);
  try {
    const opened = await ctx.pool.connect({ target: kind, wsUrl: wsUrlOf(kind, server), origin: server.url, count: CONVERSATIONS, handoff: true, timeoutMs: 60_000 });
    assertOpened(opened, CONVERSATIONS);
    const settle = await untilIdle(server, 180_000);
    const rates: RelayRun['rates'] = [];
    for (const rate of ctx.quick ? RATES.slice(0, 1) : RATES) {
      const { result } = await measureWindow(ctx, server, { mode: 'rate', rate, expect: 'own', texts: TEXT });
      rates.push({ rate, sent: result.sent, p50: quantile(result.latencies, 0.5), p99: quantile(result.latencies, 0.99), ackP99: quantile(result.ackLatencies, 0.99), errors: result.errors });
    }
    const closed = await measureWindow(ctx, server, { mode: 'closed', rate: 0, expect: 'own', texts: TEXT });
    return { rates, max: closed.result.completed / closed.seconds, perCpuSecond: closed.result.completed / closed.cpuSeconds, settle };
  } finally {
    await server.stop();
    await ctx.pool.closeSockets();
  }
}

/**
 * The persisted relay: visitor sends over 1,000 conversations (handed off, so the bot stays silent), each
 * stored, delivered back to the visitor's socket and acknowledged; the bare ws echo is the ceiling.
 */
export async function measureRelay(ctx: BenchContext): Promise<Row[]> {
  const echo = await relay('echo', ctx);
  const kefu = await relay('kefu', ctx);
  const section = 'message path';
  const note = 'visitor → own visitor socket (agent sockets not in this run)';
  const rows: Row[] = [];
  for (const [i, k] of kefu.rates.entries()) {
    const e = echo.rates[i]!;
    const errors = Object.entries(k.errors).map(([c, n]) => `${c}: ${n}`).join(', ');
    rows.push(
      { section, figure: `Kefu delivery p50 at ${k.rate} msg/s`, value: k.p50, unit: 'ms', note },
      { section, figure: `Kefu delivery p99 at ${k.rate} msg/s`, value: k.p99, unit: 'ms', ...(k.rate === 5000 ? { goal: { op: '<=' as const, target: 10 } } : {}), note: `ack p99 ${k.ackP99.toFixed(2)} ms; ${k.sent} sent${errors ? `; errors ${errors}` : ''}` },
      { section, figure: `ws echo p99 at ${e.rate} msg/s`, value: e.p99, unit: 'ms', note: `p50 ${e.p50.toFixed(2)} ms` },
    );
  }
  rows.push(
    { section, figure: 'Kefu closed-loop max', value: kefu.max, unit: 'msg/s', note: `measured once the server was idle, ${kefu.settle.toFixed(0)} s after 1,000 handoffs` },
    { section, figure: 'ws echo closed-loop max', value: echo.max, unit: 'msg/s' },
    { section, figure: 'Kefu ÷ echo throughput', value: kefu.max / echo.max, unit: '×', goal: { op: '>=', target: 0.4 } },
    { section, figure: 'Kefu messages per server CPU-second', value: kefu.perCpuSecond, unit: 'msg' },
    { section, figure: 'ws echo messages per server CPU-second', value: echo.perCpuSecond, unit: 'msg' },
    { section, figure: 'Kefu ÷ echo per CPU-second', value: kefu.perCpuSecond / echo.perCpuSecond, unit: '×' },
  );
  return rows;
}
