import { mkdtempSync } from 'node:fs';
import path from 'node:path';
import { reservedPort } from '../helpers/ports.ts';
import { startKefu, type ServerProcess } from './procs.ts';
import { wsUrlOf, type BenchContext } from './context.ts';
import type { Row } from './report.ts';

/**
 * Restart the server under connected widgets: SIGTERM (each client gets `reconnect` + 1001), start a new
 * process on the same port and data, and let every client come back on the widget's own schedule
 * (server hint + full-jitter backoff). Back = welcome, replay caught up, and a message typed while down acked.
 */
export async function measureStorm(ctx: BenchContext): Promise<Row[]> {
  const clients = ctx.quick ? 2000 : 10_000;
  const deadlineMs = ctx.quick ? 30_000 : 60_000;
  const dataDir = mkdtempSync(path.join(ctx.tmp, 'data-'));
  const port = await reservedPort();
  const first = await startKefu({ port, dataDir, nodeArgs: ctx.serverArgs });
  let second: ServerProcess | null = null;
  try {
    const opened = await ctx.pool.connect({ target: 'kefu', wsUrl: wsUrlOf('kefu', first), origin: first.url, count: clients, handoff: false, timeoutMs: 90_000 });
    await ctx.pool.stormArm();
    const stoppedAt = Date.now();
    await first.stop();
    second = await startKefu({ port, dataDir, nodeArgs: ctx.serverArgs });
    const upAt = Date.now();
    const storm = await ctx.pool.stormWait(deadlineMs);
    const perSecond = new Map<number, number>();
    for (const t of storm.welcomes) perSecond.set(Math.floor(t / 1000), (perSecond.get(Math.floor(t / 1000)) ?? 0) + 1);
    const failures = Object.values(storm.failures).reduce((s, n) => s + n, 0);
    const section = 'reconnect storm';
    return [
      {
        section,
        figure: `${storm.total} clients back and resynced after a restart`,
        value: storm.back === storm.total ? (storm.lastBackAt - stoppedAt) / 1000 : null,
        unit: 's',
        goal: { op: '<=', target: 30 },
        note: `${storm.back}/${storm.total} back (${opened.failed} failed to connect before); server down ${((upAt - stoppedAt) / 1000).toFixed(1)} s (SIGTERM → new process healthy)`,
      },
      { section, figure: 'peak handshake rate', value: Math.max(0, ...perSecond.values()), unit: 'welcomes/s' },
      {
        section,
        figure: 'handshake failures while the server was up',
        value: failures,
        unit: '',
        goal: { op: '<=', target: 0 },
        note: `${storm.refused} refused while no process listened (expected)${failures ? `; ${JSON.stringify(storm.failures)}` : ''}`,
      },
    ];
  } finally {
    await second?.stop();
    await ctx.pool.closeSockets();
  }
}
