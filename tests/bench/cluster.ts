import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEST_TOTP_KEY } from '../helpers/postgres.ts';
import { reservedPort } from '../helpers/ports.ts';
import { costsBetween, startEngines, type EngineCosts, type Engines, type StatementCounts } from './cluster-engines.ts';
import { assertOpened, untilIdle, type BenchContext } from './context.ts';
import type { AgentSockets, LoadRequest, LoadResult } from './load-worker.ts';
import { split } from './pool.ts';
import { startKefu, type ServerProcess } from './procs.ts';
import { agentSessions } from './relay.ts';
import type { Row } from './report.ts';
import { cpuSeconds, quantile, sleep } from './stats.ts';

/**
 * `npm run bench -- --only cluster`: the SQLite node against one, two and three nodes on PostgreSQL + Redis
 * (the bench's own instances, tests/bench/cluster-engines.ts), all on this box. Each configuration holds the
 * same conversations, each handed to an agent on ANOTHER node than its visitor (with one node: the same), and
 * measures the visitor → agent path: closed-loop messages per CPU-second of the nodes, and what one message
 * costs the nodes, PostgreSQL and Redis (CPU ms, statements, commits, publishes): the per-message cost model.
 * Then p50/p99 at a fixed rate. Last, a node holding many visitors is SIGKILLed: how long until every one of
 * them is back on the other nodes, resynced, with a message typed while away acknowledged.
 */
const MAX_CHATS = 50;
const CONFIGS = [
  { engine: 'sqlite', nodes: 1 },
  { engine: 'postgres', nodes: 1 },
  { engine: 'postgres', nodes: 2 },
  { engine: 'postgres', nodes: 3 },
] as const;
type Config = (typeof CONFIGS)[number];

/** One load window: messages delivered in it, the nodes' CPU seconds and the engines' work over it. */
interface Spent {
  completed: number;
  nodeCpu: number;
  seconds: number;
  engines: EngineCosts | null;
  /** The box's 1-minute load average at the window's start and end (others' work shares its cores: it moves the times). */
  load: string;
}

/** The 1-minute load average now. */
const loadNow = () => os.loadavg()[0]!.toFixed(1);
interface Measured {
  config: Config;
  conversations: number;
  closed: Spent;
  /** At a fixed rate (the same for every configuration): the costs compared, and the latency. */
  fixed: Spent & { rate: number; sent: number; p50: number; p99: number };
  errors: Record<string, number>;
  /** The agent sockets that closed (by code) and were opened again, from the takeover to the last window's end. */
  agentSockets: AgentSockets;
}

/** "none closed", or each close code with its count and how many sockets were opened again. */
const agentSocketsNote = (a: AgentSockets) => {
  const closes = Object.entries(a.closes).map(([code, n]) => `${code} ×${n}`).join(', ');
  return closes ? `closed ${closes}, reopened ${a.reopens}` : 'none closed';
};

const ws = (s: ServerProcess) => `${s.url.replace(/^http/, 'ws')}/ws/visitor`;
const nodeCpu = (nodes: ServerProcess[]) => nodes.reduce((sum, n) => sum + cpuSeconds(n.pid), 0);

/** Start the configuration's nodes one after another, each answering as node 0's address (one public URL, as behind a balancer). */
async function startNodes(ctx: BenchContext, config: Config, engines: Engines, model: { file: string | null }): Promise<ServerProcess[]> {
  const ports = await Promise.all(Array.from({ length: config.nodes }, () => reservedPort()));
  const env: Record<string, string> = { KEFU_PUBLIC_URL: `http://127.0.0.1:${ports[0]}`, KEFU_SHUTDOWN_DRAIN_MS: '0' };
  if (config.engine === 'postgres') {
    Object.assign(env, {
      KEFU_DATABASE_URL: await engines.database(`bench_${config.nodes}_nodes`),
      KEFU_REDIS_URL: engines.redisUrl,
      KEFU_REDIS_PREFIX: `bench${config.nodes}:`,
      KEFU_TOTP_KEY: TEST_TOTP_KEY, // required with PostgreSQL, the same on every node
    });
  }
  const nodes: ServerProcess[] = [];
  try {
    for (const port of ports) {
      const dataDir = mkdtempSync(path.join(ctx.tmp, 'node-'));
      // The FAQ model trained by the first node of the run: the others start without training the pack again.
      if (model.file) copyFileSync(model.file, path.join(dataDir, 'faq-model.bin'));
      nodes.push(await startKefu({ port, dataDir, env, nodeArgs: ctx.serverArgs }));
      if (!model.file && existsSync(path.join(dataDir, 'faq-model.bin'))) model.file = path.join(dataDir, 'faq-model.bin');
    }
  } catch (err) {
    await Promise.all(nodes.map((n) => n.stop()));
    throw err;
  }
  return nodes;
}

/** Visitors spread evenly over the nodes; each node's visitors are claimed by agents connected to the next node. */
async function connectAcross(ctx: BenchContext, nodes: ServerProcess[], conversations: number): Promise<number> {
  const perNode = split(conversations, nodes.length);
  let takenOver = 0;
  for (const [i, node] of nodes.entries()) {
    const perWorker = Math.max(...split(perNode[i]!, ctx.pool.size));
    const tokens = await agentSessions(nodes[0]!, ctx.pool.size * Math.ceil(perWorker / MAX_CHATS), `n${i}`);
    const agentNode = nodes[(i + 1) % nodes.length]!;
    const opened = await ctx.pool.connect({ target: 'kefu', wsUrl: ws(node), agentWsUrl: ws(agentNode), origin: nodes[0]!.url, count: perNode[i]!, handoff: true, agentTokens: tokens, timeoutMs: 240_000 });
    assertOpened(opened, perNode[i]!);
    takenOver += opened.takenOver;
    if (opened.takenOver < opened.connected) process.stderr.write(`[bench] cluster: node ${i}: ${opened.takenOver} of ${opened.connected} taken over in ${(opened.takeoverMs / 1000).toFixed(0)} s: ${JSON.stringify(opened.reasons)}; agent sockets ${agentSocketsNote(opened.agentSockets)}\n`);
  }
  if (takenOver < conversations * 0.95) throw new Error(`only ${takenOver} of ${conversations} conversations taken over`);
  return takenOver;
}

/** One load window over every node; node CPU and engine costs read at the window's edges. */
async function window(ctx: BenchContext, nodes: ServerProcess[], engines: Engines | null, req: Pick<LoadRequest, 'mode' | 'rate'>) {
  const warmupMs = ctx.quick ? 500 : 1000;
  const durationMs = ctx.quick ? 3000 : 6000;
  const startAt = Date.now() + 300;
  const edges = (async () => {
    await sleep(startAt + warmupMs - Date.now());
    const before = { cpu: nodeCpu(nodes), costs: await engines?.costs(), load: loadNow() };
    await sleep(startAt + warmupMs + durationMs - Date.now());
    const after = { cpu: nodeCpu(nodes), costs: await engines?.costs(), load: loadNow() };
    return { cpu: after.cpu - before.cpu, costs: before.costs && after.costs ? costsBetween(before.costs, after.costs) : null, load: `${before.load}–${after.load}` };
  })();
  const result: LoadResult = await ctx.pool.load({ ...req, expect: 'agent', texts: ['My top-up from the bank card has not arrived yet, order 20261202-7781.'], startAt, warmupMs, durationMs });
  return { result, ...(await edges), seconds: durationMs / 1000 };
}

async function measureConfig(ctx: BenchContext, config: Config, engines: Engines, model: { file: string | null }, conversations: number): Promise<{ measured: Measured; nodes: ServerProcess[] }> {
  const nodes = await startNodes(ctx, config, engines, model);
  try {
    const taken = await connectAcross(ctx, nodes, conversations);
    for (const node of nodes) await untilIdle(node, 120_000);
    const pgEngines = config.engine === 'postgres' ? engines : null;
    await pgEngines?.analyze();
    const rate = ctx.quick ? 150 : 300;
    const fixed = await window(ctx, nodes, pgEngines, { mode: 'rate', rate });
    for (const node of nodes) await untilIdle(node, 90_000);
    const closed = await window(ctx, nodes, pgEngines, { mode: 'closed', rate: 0 });
    for (const node of nodes) await untilIdle(node, 90_000);
    const spent = (w: typeof closed): Spent => ({ completed: w.result.completed, nodeCpu: w.cpu, seconds: w.seconds, engines: w.costs, load: w.load });
    const measured: Measured = {
      config,
      conversations: taken,
      closed: spent(closed),
      fixed: { ...spent(fixed), rate, sent: fixed.result.sent, p50: quantile(fixed.result.latencies, 0.5), p99: quantile(fixed.result.latencies, 0.99) },
      errors: { ...closed.result.errors, ...fixed.result.errors },
      agentSockets: closed.result.agentSockets,
    };
    return { measured, nodes };
  } catch (err) {
    await Promise.all(nodes.map((n) => n.stop()));
    throw err;
  } finally {
    await ctx.pool.closeSockets();
  }
}

/**
 * `count` visitors on the last node, SIGKILLed: every one back on the others (the client's own backoff), resynced, and
 * its offline message acked. Also what one visitor's return cost the survivors and PostgreSQL (its hello, replay, the
 * message and the bot's answer to it), which predicts the time on another machine: visitors × cost ÷ cores.
 */
async function measureNodeDeath(ctx: BenchContext, nodes: ServerProcess[], engines: Engines, count: number, history = false): Promise<Row[]> {
  const victim = nodes.at(-1)!;
  const survivors = nodes.slice(0, -1);
  const opened = await ctx.pool.connect({ target: 'kefu', wsUrl: ws(victim), failoverUrls: survivors.map(ws), origin: nodes[0]!.url, count, handoff: false, timeoutMs: 240_000, ...(history ? { history: HISTORY } : {}) });
  assertOpened(opened, count);
  const without = Object.entries(opened.reasons).filter(([why]) => why.startsWith('history'));
  if (without.length > 0) throw new Error(`visitors left without their history: ${JSON.stringify(Object.fromEntries(without))}`);
  for (const node of nodes) await untilIdle(node, 120_000);
  await engines.analyze();
  await ctx.pool.stormArm(ws(victim));
  const before = { cpu: nodeCpu(survivors), clientCpu: ctx.pool.cpuSeconds(), costs: await engines.costs(), statements: await engines.statements(), redis: await engines.redisCommands() };
  const killedAt = Date.now();
  const loadAtKill = loadNow();
  await victim.kill();
  const storm = await ctx.pool.stormWait(ctx.quick ? 45_000 : 90_000);
  const spent = { cpu: nodeCpu(survivors) - before.cpu, clientCpu: ctx.pool.cpuSeconds() - before.clientCpu, costs: costsBetween(before.costs, await engines.costs()) };
  const half = quantile(storm.backs.map((t) => t - killedAt), 0.5) / 1000;
  logStatements(before.statements, await engines.statements(), storm.back);
  const redis = [...(await engines.redisCommands())].map(([name, n]) => [name, (n - (before.redis.get(name) ?? 0)) / Math.max(1, storm.back)] as const);
  process.stderr.write(`[bench] cluster: Redis commands per visitor back: ${redis.filter(([, n]) => n >= 0.005).sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${n.toFixed(2)}`).join(', ')}\n`);
  await ctx.pool.closeSockets();
  const failures = Object.values(storm.failures).reduce((s, n) => s + n, 0);
  const section = history ? 'cluster: a node dies, its visitors with history' : 'cluster: a node dies';
  return [
    {
      section,
      figure: `${storm.total.toLocaleString('en-US')} visitors of a SIGKILLed node back on the other ${survivors.length} and resynced`,
      value: storm.back === storm.total ? (storm.lastBackAt - killedAt) / 1000 : null,
      unit: 's',
      goal: { op: '<=', target: 15 },
      note: `load average ${loadAtKill}–${loadNow()}; ${storm.back}/${storm.total} back (half of them in ${half.toFixed(1)} s), each with the message typed while away acknowledged (none lost); the bench's clients used ${spent.clientCpu.toFixed(1)} s of CPU meanwhile; ${storm.refused} refused and ${failures} other failed handshakes on the way${failures ? ` ${JSON.stringify(storm.failures)}` : ''}`,
    },
    {
      section,
      figure: 'survivors\' CPU per visitor back',
      value: storm.back > 0 ? (spent.cpu / storm.back) * 1000 : null,
      unit: 'ms',
      note: `both survivors together, ${spent.cpu.toFixed(1)} s for ${storm.back}; hello, ${history ? 'the files removed while away, ' : ''}replay, the message typed while away and the bot's answer to it`,
    },
    {
      section,
      figure: 'PostgreSQL CPU per visitor back',
      value: storm.back > 0 ? (spent.costs.pgCpu / storm.back) * 1000 : null,
      unit: 'ms',
      note: `${(spent.costs.pgRoundTrips / Math.max(1, storm.back)).toFixed(1)} statements sent (${(spent.costs.pgStatements / Math.max(1, storm.back)).toFixed(1)} run) and ${(spent.costs.pgCommits / Math.max(1, storm.back)).toFixed(1)} commits that wrote per visitor; Redis ${((spent.costs.redisCpu / Math.max(1, storm.back)) * 1000).toFixed(2)} ms, ${(spent.costs.redisCommands / Math.max(1, storm.back)).toFixed(1)} commands (inside scripts included) in ${(spent.costs.redisReads / Math.max(1, storm.back)).toFixed(1)} reads (the nodes' writes to it)`,
    },
  ];
}

/**
 * `cluster-history`: what each of the dying node's visitors did first, so their return resumes a conversation with
 * history (a resume reads the files removed while the screen was away; a fresh visitor's return does not).
 */
const HISTORY = { texts: ['How do I top up my wallet?', 'How do I request a refund?', 'Are there any fees for using the wallet?'], file: true };

/**
 * Each statement the nodes sent while the dead node's visitors came back, per visitor back: calls, plans (a named
 * statement planned once per connection plans far less often than it runs) and ms planning and running (stderr: what to cut next).
 */
function logStatements(before: Map<string, StatementCounts>, after: Map<string, StatementCounts>, back: number): void {
  const per = (now: StatementCounts, then: StatementCounts | undefined, key: keyof StatementCounts) => (now[key] - (then?.[key] ?? 0)) / Math.max(1, back);
  const rows = [...after].map(([query, s]) => ({ query, calls: per(s, before.get(query), 'calls'), plans: per(s, before.get(query), 'plans'), ms: per(s, before.get(query), 'ms') }));
  const lines = rows
    .filter((s) => s.calls >= 0.005)
    .sort((a, b) => b.calls - a.calls)
    .map((s) => `  ${s.calls.toFixed(2)}  ${s.plans.toFixed(2)}  ${s.ms.toFixed(3)} ms  ${s.query.replace(/\s+/g, ' ').slice(0, 140)}`);
  process.stderr.write(`[bench] cluster: statements sent per visitor back (calls, plans, ms planning and running)\n${lines.join('\n')}\n`);
}

/** What one message cost in a window: the nodes' CPU, and PostgreSQL's and Redis's work. */
function costRows(section: string, name: string, w: Spent, when: string): Row[] {
  const per = (n: number) => n / w.completed;
  const rows: Row[] = [{ section, figure: `${name}: node CPU per message ${when}`, value: per(w.nodeCpu) * 1000, unit: 'ms', note: `all nodes together; load average ${w.load}` }];
  const e = w.engines;
  if (!e) return rows;
  return [
    ...rows,
    { section, figure: `${name}: PostgreSQL CPU per message ${when}`, value: per(e.pgCpu) * 1000, unit: 'ms', note: `${per(e.pgRoundTrips).toFixed(1)} statements sent (round trips), ${per(e.pgStatements).toFixed(1)} run (those inside functions and foreign-key checks included) and ${per(e.pgCommits).toFixed(2)} commits that wrote per message` },
    { section, figure: `${name}: Redis CPU per message ${when}`, value: per(e.redisCpu) * 1000, unit: 'ms', note: `${per(e.redisPublishes).toFixed(2)} publishes; ${per(e.redisCommands).toFixed(1)} commands, those run inside scripts included` },
  ];
}

function rowsOf(all: Measured[]): Row[] {
  const section = 'cluster';
  const base = all.find((m) => m.config.engine === 'sqlite')!;
  const perCpu = (w: Spent) => w.completed / w.nodeCpu;
  const rows: Row[] = [];
  for (const m of all) {
    const name = m.config.engine === 'sqlite' ? 'SQLite, 1 node' : `PostgreSQL + Redis, ${m.config.nodes} node${m.config.nodes > 1 ? 's' : ''}`;
    const errors = Object.entries(m.errors).map(([c, n]) => `${c}: ${n}`).join(', ');
    const f = m.fixed;
    rows.push(
      { section, figure: `${name}: visitor → agent p99 at ${f.rate} msg/s`, value: f.p99, unit: 'ms', note: `load average ${f.load}; p50 ${f.p50.toFixed(1)} ms; ${f.completed} of ${f.sent} sent delivered in the window; ${m.conversations} conversations${m.config.nodes > 1 ? ', each agent on another node than its visitor' : ''}${errors ? `; errors ${errors}` : ''}; agent sockets ${agentSocketsNote(m.agentSockets)}` },
      ...costRows(section, name, f, `at ${f.rate} msg/s`),
      {
        section,
        figure: `${name}: messages per node CPU-second at ${f.rate} msg/s`,
        value: perCpu(f),
        unit: 'msg',
        ...(m.config.engine === 'postgres' ? { goal: { op: '>=' as const, target: perCpu(base.fixed) * 0.5 } } : {}),
        note: `${m.config.engine === 'postgres' ? `${((perCpu(f) / perCpu(base.fixed)) * 100).toFixed(0)} % of the SQLite node's (goal ≥ 50 %)` : 'the baseline'}; load average ${f.load}`,
      },
      { section, figure: `${name}: closed-loop visitor → agent`, value: m.closed.completed / m.closed.seconds, unit: 'msg/s', note: `load average ${m.closed.load}; ${perCpu(m.closed).toFixed(0)} messages per node CPU-second` },
      ...costRows(section, name, m.closed, 'in the closed loop'),
    );
  }
  return rows;
}

export async function measureCluster(ctx: BenchContext): Promise<Row[]> {
  const conversations = ctx.quick ? 300 : 1200;
  const engines = await startEngines();
  const model = { file: null as string | null };
  const measured: Measured[] = [];
  let last: ServerProcess[] = [];
  try {
    for (const config of CONFIGS) {
      await Promise.all(last.map((n) => n.stop()));
      const run = await measureConfig(ctx, config, engines, model, conversations);
      measured.push(run.measured);
      process.stderr.write(`[bench] cluster: ${config.engine} × ${config.nodes} measured (${run.measured.closed.completed} messages in the closed loop)\n`);
      last = run.nodes;
    }
    // The three-node cluster stays up for the node death.
    const death = await measureNodeDeath(ctx, last, engines, ctx.quick ? 1000 : 5000);
    return [...rowsOf(measured), ...death];
  } finally {
    await Promise.all(last.map((n) => n.stop()));
    await engines.stop();
  }
}

/**
 * `npm run bench -- --only cluster-death`: the node death alone, on three fresh nodes: a quicker way to measure what
 * one visitor's return costs. Fresh nodes spend a fifth of their CPU compiling hot code (a V8 profile of a survivor
 * during the storm); in `cluster` the load windows warm them first. So here each node first serves visitors who ask
 * the bot in a closed loop for a few seconds (hello, the message, the bot's answer), unmeasured. `cluster-history`
 * (`history`): the same, but the dying node's visitors first ask the bot three questions and send a PDF (HISTORY).
 */
export async function measureClusterDeath(ctx: BenchContext, history = false): Promise<Row[]> {
  const engines = await startEngines();
  let nodes: ServerProcess[] = [];
  try {
    nodes = await startNodes(ctx, { engine: 'postgres', nodes: 3 }, engines, { file: null });
    for (const node of nodes) {
      const opened = await ctx.pool.connect({ target: 'kefu', wsUrl: ws(node), origin: nodes[0]!.url, count: 200, handoff: false, timeoutMs: 60_000 });
      assertOpened(opened, 200);
    }
    await ctx.pool.load({ mode: 'closed', rate: 0, expect: 'bot', texts: ['how long does a refund take', 'typed while the connection was down'], startAt: Date.now() + 300, warmupMs: 0, durationMs: 5000 });
    await ctx.pool.closeSockets();
    for (const node of nodes) await untilIdle(node, 60_000);
    return await measureNodeDeath(ctx, nodes, engines, ctx.quick ? 1000 : 5000, history);
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
    await engines.stop();
  }
}
