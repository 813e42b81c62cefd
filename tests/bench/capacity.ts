import { startServerOf, wsUrlOf, type BenchContext, type ServerKind } from './context.ts';
import type { Row } from './report.ts';
import { rssBytes, sleep } from './stats.ts';

interface Point {
  sockets: number;
  rss: number;
  heap: number;
}

/** Open visitor sockets (after hello) in steps and read the server's RSS and heap at each checkpoint. */
async function holdIdle(kind: ServerKind, ctx: BenchContext, checkpoints: number[]): Promise<{ base: Point; points: Point[]; failed: number }> {
  const server = await startServerOf(kind, ctx);
  try {
    await sleep(1000);
    const sample = async (sockets: number): Promise<Point> => {
      await sleep(ctx.quick ? 500 : 1500); // let allocation settle
      return { sockets, rss: rssBytes(server.pid), heap: await server.heapUsed() };
    };
    const base = await sample(0);
    const points: Point[] = [];
    let open = 0;
    let failed = 0;
    for (const target of checkpoints) {
      const step = await ctx.pool.connect({ target: kind, wsUrl: wsUrlOf(kind, server), origin: server.url, count: target - open, handoff: false, timeoutMs: 90_000 });
      open += step.connected;
      failed += step.failed;
      points.push(await sample(open));
      if (step.failed > 0) break;
    }
    return { base, points, failed };
  } finally {
    await server.stop(); // the server closes first, so TIME_WAIT stays on its side, not on client ports
    await ctx.pool.closeSockets();
  }
}

export async function measureCapacity(ctx: BenchContext): Promise<Row[]> {
  const checkpoints = ctx.quick ? [500, 2000] : [1000, 5000, 10_000, 19_000];
  const echo = await holdIdle('echo', ctx, checkpoints);
  const kefu = await holdIdle('kefu', ctx, checkpoints);
  const perSocket = (run: typeof kefu, p: Point) => (p.rss - run.base.rss) / p.sockets;
  const rows: Row[] = [];
  const section = 'idle capacity';
  for (const [i, p] of kefu.points.entries()) {
    const e = echo.points[i];
    const last = i === checkpoints.length - 1;
    rows.push(
      { section, figure: `Kefu RSS at ${p.sockets} sockets`, value: p.rss / 2 ** 20, unit: 'MiB', note: `heap ${(p.heap / 2 ** 20).toFixed(1)} MiB` },
      { section, figure: `Kefu RSS per socket at ${p.sockets}`, value: perSocket(kefu, p) / 1024, unit: 'KiB' },
    );
    if (e) {
      rows.push(
        { section, figure: `ws echo RSS per socket at ${e.sockets}`, value: perSocket(echo, e) / 1024, unit: 'KiB', note: `RSS ${(e.rss / 2 ** 20).toFixed(0)} MiB, heap ${(e.heap / 2 ** 20).toFixed(1)} MiB` },
        {
          section,
          figure: `Kefu ÷ ws echo per socket at ${p.sockets}`,
          value: perSocket(kefu, p) / perSocket(echo, e),
          unit: '×',
          ...(last ? { goal: { op: '<=' as const, target: 1.3 } } : {}),
        },
      );
    }
  }
  const held = kefu.points.at(-1)?.sockets ?? 0;
  rows.push({
    section,
    figure: 'idle visitors held by one Kefu process',
    value: held,
    unit: '',
    ...(ctx.quick ? {} : { goal: { op: '>=' as const, target: 19_000 } }),
    note: `RSS measured after hello; ${kefu.failed} handshakes failed (echo: ${echo.failed}); baseline RSS Kefu ${(kefu.base.rss / 2 ** 20).toFixed(0)} MiB, echo ${(echo.base.rss / 2 ** 20).toFixed(0)} MiB`,
  });
  return rows;
}
