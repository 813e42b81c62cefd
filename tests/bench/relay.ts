import { assertOpened, measureWindow, startServerOf, untilIdle, wsUrlOf, type BenchContext, type ServerKind } from './context.ts';
import type { Expect } from './load-worker.ts';
import { split } from './pool.ts';
import { BENCH_ADMIN, type ServerProcess } from './procs.ts';
import type { Row } from './report.ts';
import { quantile } from './stats.ts';

const TEXT = ['Hi, my transfer to a friend has been pending since this morning, reference 48213. Can you check it?'];
const RATES = [1000, 5000];
/** The most chats an agent may hold (protocol/agent-rest.ts MaxChats); the bench agents are created with it. */
const MAX_CHATS = 50;
/** A window's backlog must drain before the next one is measured. */
const DRAIN_MS = 90_000;

interface Window {
  sent: number;
  p50: number;
  p99: number;
  ackP99: number;
  errors: Record<string, number>;
}
interface Closed {
  max: number;
  perCpuSecond: number;
}
interface RelayRun {
  /** Per rate and direction (`own` for the echo ceiling). */
  rates: { rate: number; by: Partial<Record<Expect, Window>> }[];
  closed: Partial<Record<Expect, Closed>>;
  conversations: number;
  agents: number;
  takeoverSeconds: number;
  /** Seconds the server stayed busy after the takeovers, before the measurement. */
  settle: number;
}

async function asJson(res: Response, what: string): Promise<Record<string, unknown>> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

const sessionOf = (res: Response) => decodeURIComponent(res.headers.get('set-cookie')!.split(';')[0]!.split('=').slice(1).join('='));

/** As the first admin: create `count` agents allowed MAX_CHATS chats each and log them in; their session tokens (`tag` keeps a second batch's e-mails apart). */
export async function agentSessions(server: ServerProcess, count: number, tag = ''): Promise<string[]> {
  const json = { 'content-type': 'application/json' };
  const login = (email: string, password: string) => fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ email, password }) });
  const admin = await login(BENCH_ADMIN.email, BENCH_ADMIN.password);
  await asJson(admin.clone(), 'admin login');
  const cookie = admin.headers.get('set-cookie')!.split(';')[0]!;
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = `bench-agent-${tag}${i}@example.com`;
    const password = 'bench agent password';
    const created = await fetch(`${server.url}/api/v1/agents`, { method: 'POST', headers: { ...json, cookie, origin: server.url }, body: JSON.stringify({ email, name: `Agent ${i}`, password, maxChats: MAX_CHATS }) });
    await asJson(created, 'create agent');
    const res = await login(email, password);
    await asJson(res.clone(), 'agent login');
    tokens.push(sessionOf(res));
  }
  return tokens;
}

function window(result: { sent: number; latencies: number[]; ackLatencies: number[]; errors: Record<string, number> }): Window {
  return { sent: result.sent, p50: quantile(result.latencies, 0.5), p99: quantile(result.latencies, 0.99), ackP99: quantile(result.ackLatencies, 0.99), errors: { ...result.errors } };
}

async function relay(kind: ServerKind, ctx: BenchContext): Promise<RelayRun> {
  const server = await startServerOf(kind, ctx);
  const conversations = ctx.quick ? 200 : 1000;
  try {
    // Enough agents that each load process's share of conversations fits under MAX_CHATS per agent.
    const perWorker = Math.max(...split(conversations, ctx.pool.size));
    const agentCount = kind === 'kefu' ? ctx.pool.size * Math.ceil(perWorker / MAX_CHATS) : 0;
    const agentTokens = agentCount > 0 ? await agentSessions(server, agentCount) : [];
    const opened = await ctx.pool.connect({ target: kind, wsUrl: wsUrlOf(kind, server), origin: server.url, count: conversations, handoff: true, agentTokens, timeoutMs: 240_000 });
    assertOpened(opened, conversations);
    if (kind === 'kefu' && opened.agents < agentCount) throw new Error(`${opened.agents} of ${agentCount} agent sockets opened: ${JSON.stringify(opened.reasons)}`);
    if (kind === 'kefu' && opened.takenOver < conversations * 0.95) throw new Error(`${opened.takenOver} of ${conversations} conversations taken over in ${(opened.takeoverMs / 1000).toFixed(0)} s`);
    const settle = await untilIdle(server, 180_000);
    const directions: Expect[] = kind === 'kefu' ? ['agent', 'visitor'] : ['own'];
    const rates: RelayRun['rates'] = [];
    for (const rate of ctx.quick ? RATES.slice(0, 1) : RATES) {
      const by: Partial<Record<Expect, Window>> = {};
      for (const expect of directions) {
        by[expect] = window((await measureWindow(ctx, server, { mode: 'rate', rate, expect, texts: TEXT })).result);
        await untilIdle(server, DRAIN_MS);
      }
      rates.push({ rate, by });
    }
    const closed: RelayRun['closed'] = {};
    for (const expect of kind === 'kefu' ? (['agent', 'visitor', 'own'] as const) : (['own'] as const)) {
      const w = await measureWindow(ctx, server, { mode: 'closed', rate: 0, expect, texts: TEXT });
      closed[expect] = { max: w.result.completed / w.seconds, perCpuSecond: w.result.completed / w.cpuSeconds };
      await untilIdle(server, DRAIN_MS);
    }
    return { rates, closed, conversations: kind === 'kefu' ? opened.takenOver : opened.connected, agents: opened.agents, takeoverSeconds: opened.takeoverMs / 1000, settle };
  } finally {
    await server.stop();
    await ctx.pool.closeSockets();
  }
}

const errorText = (errors: Record<string, number>) => Object.entries(errors).map(([c, n]) => `${c}: ${n}`).join(', ');

/**
 * The persisted relay over conversations handed to agents (visitor `handoff`, then an agent claims and
 * watches; 1,000 conversations, 200 with --quick, over 20 agents (50 chats each, the most maxChats allows) on their own /ws/agent sockets spread across
 * the load processes, 4 with --quick): visitor → agent and agent → visitor delivery at fixed rates and closed-loop, plus
 * the visitor's own echo (message + ack on its socket); the bare ws echo is the ceiling.
 */
export async function measureRelay(ctx: BenchContext): Promise<Row[]> {
  const echo = await relay('echo', ctx);
  const kefu = await relay('kefu', ctx);
  const section = 'message path';
  const over = `${kefu.conversations} conversations taken over by ${kefu.agents} agents`;
  const rows: Row[] = [];
  const label = { agent: 'visitor → agent', visitor: 'agent → visitor', own: 'visitor → own socket', bot: 'bot' } as const;
  for (const [i, k] of kefu.rates.entries()) {
    const e = echo.rates[i]!.by.own!;
    for (const dir of ['agent', 'visitor'] as const) {
      const w = k.by[dir]!;
      const errors = errorText(w.errors);
      rows.push(
        { section, figure: `Kefu ${label[dir]} p50 at ${k.rate} msg/s`, value: w.p50, unit: 'ms', note: over },
        {
          section,
          figure: `Kefu ${label[dir]} p99 at ${k.rate} msg/s`,
          value: w.p99,
          unit: 'ms',
          ...(k.rate === 5000 ? { goal: { op: '<=' as const, target: 10 } } : {}),
          note: `${w.sent} sent${errors ? `; errors ${errors}` : ''}`,
        },
      );
    }
    rows.push({ section, figure: `ws echo p99 at ${k.rate} msg/s`, value: e.p99, unit: 'ms', note: `p50 ${e.p50.toFixed(2)} ms; ${echo.conversations} sockets` });
  }
  const echoMax = echo.closed.own!;
  for (const dir of ['agent', 'visitor', 'own'] as const) {
    const c = kefu.closed[dir]!;
    rows.push({
      section,
      figure: `Kefu closed-loop max, ${label[dir]}`,
      value: c.max,
      unit: 'msg/s',
      note: `${c.perCpuSecond.toFixed(0)} msg per server CPU-second${dir === 'agent' ? `; takeover took ${kefu.takeoverSeconds.toFixed(0)} s, idle ${kefu.settle.toFixed(0)} s later` : ''}`,
    });
  }
  const worst = Math.min(kefu.closed.agent!.max, kefu.closed.visitor!.max);
  const worstCpu = Math.min(kefu.closed.agent!.perCpuSecond, kefu.closed.visitor!.perCpuSecond);
  rows.push(
    { section, figure: 'ws echo closed-loop max', value: echoMax.max, unit: 'msg/s' },
    { section, figure: 'Kefu ÷ echo throughput', value: worst / echoMax.max, unit: '×', goal: { op: '>=', target: 0.4 }, note: 'the slower agent direction' },
    { section, figure: 'Kefu messages per server CPU-second', value: worstCpu, unit: 'msg', note: 'the slower agent direction' },
    { section, figure: 'ws echo messages per server CPU-second', value: echoMax.perCpuSecond, unit: 'msg' },
    { section, figure: 'Kefu ÷ echo per CPU-second', value: worstCpu / echoMax.perCpuSecond, unit: '×' },
  );
  return rows;
}
