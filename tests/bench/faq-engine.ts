/**
 * `npx tsx tests/bench/faq-engine.ts [--rounds 5] [--warmup 3] [--steady-calls 10000] [--only wallet-long] [--answers FILE]
 *   [--alternates-times N]`
 *
 * The FAQ engine alone, in process. Measures and prints; never fails on a figure. For each workload: the build (training,
 * and with the model the first build saved), then engine.answer() on a fixed loop over the workload's questions: the
 * wallet pack on every question of tests/fixtures/faq-eval/ and, as "wallet-long", of tests/fixtures/faq-eval-long/ (long
 * messages are matched sentence by sentence too, and their requests for a person looked for clause by clause), Banking77
 * (../shared/datasets/banking77/, skipped when absent) on its 3,080 test questions. Three phases, each its own figures:
 * - firstPass: a fresh process (a child) builds the engine from the saved model, as a server restarts, and answers each
 *   question once: what the first visitors after a start meet, every first compile of code and regexes included.
 * - warm (the top-level figures): after `--warmup` rounds over the questions, `--rounds` rounds.
 * - steady: after `--steady-calls` more calls, `--rounds` rounds again: a server that has run a while, V8's optimising
 *   compiler done with the hot code (it still compiles during the first few thousand long messages).
 * A call is timed two ways. CPU time is the process's (process.cpuUsage: garbage collection and V8's compiler threads
 * included, so a call that runs beside a background compile is charged for it); wall time is what the caller waits (on
 * a busy machine it holds other processes' turns too). "answers per CPU-second" is the whole loop's. On a loaded machine
 * a call's CPU time swells with what other processes do to the caches and cores; each question's median over the rounds
 * does much less: questionMedianP99us and questionMedianMaxUs are the p99 and the largest of those medians.
 *
 * `--answers FILE` writes every result (each question with no UI locale, "ja" and "es") as JSON lines: run it on
 * two commits and diff the files to show that an optimisation changed no answer.
 *
 * `--alternates-times N` (wallet workloads): the pack as it would be with N times its alternates, to see how a cost grows
 * with them: each entry's alternates in each language, then N − 1 copies of them, the k-th copy of an alternate with its
 * last word (without spaces: its last character) that of the alternate k places after it in the list.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createFaqEngine, exportModel, readModel, type FaqEngine, type FaqPack } from '../../faq/index.ts';
import { bankingPack, readLabelled } from '../../scripts/eval.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';
import { quantile } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/faq-eval');
const LONG_FIXTURES = path.join(ROOT, 'tests/fixtures/faq-eval-long');
const BANKING = path.resolve(ROOT, '../shared/datasets/banking77');
const UI_LOCALES = [undefined, 'ja', 'es'];

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '3' },
    'steady-calls': { type: 'string', default: '10000' },
    only: { type: 'string' },
    answers: { type: 'string' },
    'alternates-times': { type: 'string', default: '1' },
    // The child that measures a first pass: the workload and the saved model's file.
    'first-pass': { type: 'string' },
    model: { type: 'string' },
  },
});
const rounds = Number(args.rounds);

const cpuUs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return d.user + d.system;
};

const questionsIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { text: string }[]).map((q) => q.text));

interface Workload {
  name: string;
  load: () => Promise<{ pack: FaqPack; questions: string[] }>;
}

const wanted = (name: string) => args.only === undefined || args.only.split(',').includes(name);

/** The pack with `times` times its alternates (see --alternates-times). */
function withAlternatesTimes(pack: FaqPack, times: number): FaqPack {
  if (!Number.isInteger(times) || times < 1) throw new Error(`--alternates-times takes a whole number from 1, not ${times}`);
  const spaced = (text: string) => text.trim().includes(' ');
  const words = (text: string) => (spaced(text) ? text.trim().split(/ +/) : Array.from(text.trim()));
  const copies = (alternates: readonly string[]) =>
    Array.from({ length: times - 1 }, (_, k) =>
      alternates.map((text, i) => {
        const last = words(alternates[(i + k + 1) % alternates.length]!).at(-1)!;
        return [...words(text).slice(0, -1), last].join(spaced(text) ? ' ' : '');
      }),
    ).flat();
  return {
    ...pack,
    entries: pack.entries.map((entry) => ({
      ...entry,
      locales: Object.fromEntries(Object.entries(entry.locales).map(([locale, content]) => [locale, { ...content, alternates: [...content.alternates, ...copies(content.alternates)] }])),
    })),
  };
}

function workloads(): Workload[] {
  const wallet = async () => withAlternatesTimes(await loadPackFromDir(path.join(ROOT, 'faq/packs/wallet')), Number(args['alternates-times']));
  const list: Workload[] = [
    { name: 'wallet', load: async () => ({ pack: await wallet(), questions: questionsIn(FIXTURES) }) },
    { name: 'wallet-long', load: async () => ({ pack: await wallet(), questions: questionsIn(LONG_FIXTURES) }) },
  ];
  if (existsSync(path.join(BANKING, 'test.csv'))) {
    list.push({
      name: 'banking77',
      load: async () => ({
        pack: bankingPack(await readLabelled(path.join(BANKING, 'train.csv'))),
        questions: (await readLabelled(path.join(BANKING, 'test.csv'))).map((q) => q.text),
      }),
    });
  } else if (wanted('banking77')) console.error(`Banking77 skipped: ${BANKING} is absent`);
  return list.filter((w) => wanted(w.name));
}

/** Each call's process CPU and wall time over `rounds` rounds of the questions, and each question's CPU by round. */
function timeRounds(engine: FaqEngine, questions: readonly string[], count: number) {
  const cpu: number[] = [];
  const wall: number[] = [];
  const perQuestion = questions.map((): number[] => []);
  const loop = process.cpuUsage();
  for (let r = 0; r < count; r++) {
    questions.forEach((text, q) => {
      const start = process.hrtime.bigint();
      const t = process.cpuUsage();
      engine.answer(text);
      const us = cpuUs(t);
      wall.push(Number(process.hrtime.bigint() - start) / 1000);
      cpu.push(us);
      perQuestion[q]!.push(us);
    });
  }
  const meanUs = cpuUs(loop) / cpu.length;
  // Each question's median over the rounds: what the question costs, with little of what other processes did to one call.
  const medians = perQuestion.map((calls) => quantile(calls, 0.5));
  const over1ms = (xs: number[]) => xs.filter((x) => x > 1000).length;
  return {
    answers: cpu.length,
    p50us: quantile(cpu, 0.5),
    p99us: quantile(cpu, 0.99),
    maxUs: quantile(cpu, 1),
    over1ms: over1ms(cpu),
    questionMedianP99us: quantile(medians, 0.99),
    questionMedianMaxUs: quantile(medians, 1),
    meanUs: Math.round(meanUs * 10) / 10,
    answersPerCpuSecond: Math.round(1e6 / meanUs),
    wallP50us: Math.round(quantile(wall, 0.5)),
    wallP99us: Math.round(quantile(wall, 0.99)),
    wallOver1ms: over1ms(wall),
  };
}

/** The child: a fresh process builds the engine from the saved model and answers each question once. */
async function firstPass(name: string, modelFile: string): Promise<void> {
  const { pack, questions } = await workloads()
    .find((w) => w.name === name)!
    .load();
  const since = process.cpuUsage();
  const engine = createFaqEngine(pack, { model: readModel(new Uint8Array(readFileSync(modelFile))) });
  const buildCpuMs = Math.round(cpuUs(since) / 1000);
  if (engine.modelSource !== 'given') throw new Error('the saved model was not used');
  const { answers, p50us, p99us, maxUs, over1ms, meanUs, wallP99us, wallOver1ms } = timeRounds(engine, questions, 1);
  console.log(JSON.stringify({ buildCpuMs, answers, p50us, p99us, maxUs, over1ms, totalCpuMs: Math.round((meanUs * answers) / 1000), wallP99us, wallOver1ms }));
}

/** Runs firstPass in a child process (the same runtime and loader) and returns its figures. */
function firstPassInChild(name: string, model: Uint8Array): unknown {
  const dir = mkdtempSync(path.join(tmpdir(), 'kefu-faq-bench-'));
  try {
    const file = path.join(dir, 'model.bin');
    writeFileSync(file, model);
    const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--first-pass', name, '--model', file, '--alternates-times', args['alternates-times']!], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`the first-pass child failed: ${child.stderr}`);
    return JSON.parse(child.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const answers: string[] = [];
  for (const workload of workloads()) {
    const { pack, questions } = await workload.load();
    let since = process.cpuUsage();
    const engine = createFaqEngine(pack);
    const trainMs = cpuUs(since) / 1000;
    const model = exportModel(engine);
    since = process.cpuUsage();
    const loaded = createFaqEngine(pack, { model: readModel(model) });
    const loadMs = cpuUs(since) / 1000;
    if (loaded.modelSource !== 'given') throw new Error('the saved model was not used');
    const first = firstPassInChild(workload.name, model);

    if (args.answers) for (const text of questions) for (const uiLocale of UI_LOCALES) answers.push(JSON.stringify([text, uiLocale ?? null, engine.answer(text, { uiLocale })]));
    for (let r = 0; r < Number(args.warmup); r++) for (const text of questions) engine.answer(text);
    const warm = timeRounds(engine, questions, rounds);
    const steadyCalls = Number(args['steady-calls']);
    for (let i = 0; i < steadyCalls; i++) engine.answer(questions[i % questions.length]!);
    const steady = steadyCalls > 0 ? { afterCalls: steadyCalls, ...timeRounds(engine, questions, rounds) } : undefined;
    console.log(
      JSON.stringify({
        pack: workload.name,
        alternates: pack.entries.reduce((n, e) => n + Object.values(e.locales).reduce((m, l) => m + 1 + l.alternates.length, 0), 0),
        buildTrainedCpuMs: Math.round(trainMs),
        buildWithModelCpuMs: Math.round(loadMs),
        modelBytes: model.length,
        firstPass: first,
        ...warm,
        steady,
      }),
    );
  }
  if (args.answers) writeFileSync(args.answers, answers.join('\n') + '\n');
}

if (args['first-pass']) await firstPass(args['first-pass'], args.model!);
else await main();
