/**
 * `npm run bench [-- --quick] [--json] [--only bytes,page,capacity,relay,bot,storm,queue,search,cluster,cluster-death,cluster-history] [--cpu-prof]`
 *
 * Measures and prints; never fails on a timing. Starts the real server (and a bare ws echo server as the
 * ceiling) as child processes on 127.0.0.1 with fresh data directories, and drives them from separate
 * load processes. --cpu-prof writes the Kefu server's V8 CPU profiles into ./bench-profiles/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureBot } from './bot.ts';
import { measureBytes } from './bytes.ts';
import { measureCapacity } from './capacity.ts';
import { measureCluster, measureClusterDeath } from './cluster.ts';
import type { BenchContext } from './context.ts';
import { measurePage } from './page.ts';
import { measureQueue } from './queue.ts';
import { LoadPool, SOCKETS_PER_WORKER } from './pool.ts';
import { ROOT } from './procs.ts';
import { measureRelay } from './relay.ts';
import { met, table, type Row } from './report.ts';
import { measureStorm } from './storm.ts';
import { measureSearch } from './search.ts';

const SECTIONS: Record<string, (ctx: BenchContext) => Promise<Row[]> | Row[]> = {
  bytes: () => measureBytes(),
  page: measurePage,
  capacity: measureCapacity,
  relay: measureRelay,
  bot: measureBot,
  storm: measureStorm,
  queue: measureQueue,
  search: measureSearch,
  cluster: measureCluster,
  'cluster-death': (ctx) => measureClusterDeath(ctx),
  'cluster-history': (ctx) => measureClusterDeath(ctx, true),
};

const { values: args } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, only: { type: 'string' }, 'cpu-prof': { type: 'boolean', default: false } },
});
/** Run only when named: `cluster` already ends with the node death (cluster-history: the same with visitors who have history). */
const ON_REQUEST = new Set(['cluster-death', 'cluster-history']);
const chosen = args.only ? args.only.split(',') : Object.keys(SECTIONS).filter((name) => !ON_REQUEST.has(name));
for (const name of chosen) if (!SECTIONS[name]) throw new Error(`unknown section "${name}"; one of ${Object.keys(SECTIONS).join(', ')}`);
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

// Always measure the code in the tree: build it first (a few seconds).
log('npm run build');
if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] }).status !== 0) process.exit(1);

const profiles = path.join(ROOT, 'bench-profiles');
if (args['cpu-prof']) mkdirSync(profiles, { recursive: true });
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kefu-bench-'));
const pool = LoadPool.start(args.quick ? 2 : Math.ceil(19_000 / SOCKETS_PER_WORKER));
const ctx: BenchContext = { quick: args.quick, pool, tmp, serverArgs: args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : [] };

const started = Date.now();
const loadAtStart = os.loadavg().map((l) => Number(l.toFixed(2)));
const rows: Row[] = [];
let crashed = false;
try {
  for (const name of chosen) {
    const t0 = Date.now();
    log(`${name}…`);
    try {
      const measured = await SECTIONS[name]!(ctx);
      rows.push(...measured);
      log(`\n${table(measured)}`); // progress: each section's figures as soon as they exist
    } catch (err) {
      crashed = true;
      rows.push({ section: name, figure: 'section failed', value: null, unit: '', note: String(err instanceof Error ? err.message : err).split('\n')[0] });
      log(`${name} failed: ${err instanceof Error ? err.stack : String(err)}`);
    }
    log(`${name} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
} finally {
  await pool.stop();
  rmSync(tmp, { recursive: true, force: true });
}

const machine = { loadAverageAtStart: loadAtStart, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, os: `${os.type()} ${os.release()}` };
const seconds = Math.round((Date.now() - started) / 1000);
if (args.json) {
  console.log(JSON.stringify({ machine, quick: args.quick, seconds, rows: rows.map((r) => ({ ...r, met: met(r) })) }, null, 2));
} else {
  console.log(table(rows));
  const goals = rows.filter((r) => met(r) !== null);
  console.log(`\n${goals.filter((r) => met(r)).length}/${goals.length} goals met · ${machine.cpus} × ${machine.cpu}, Node ${machine.node}, load average at start ${loadAtStart.join(' ')} · ${seconds} s${args.quick ? ' (--quick)' : ''}`);
}
process.exitCode = crashed ? 1 : 0;
