/**
 * `npx tsx tests/bench/faq-engine.ts [--rounds 5] [--answers FILE]`
 *
 * The FAQ engine alone, in process. Measures and prints; never fails on a figure. For each pack: the build
 * (training, and with the model the first build saved), then the CPU time of each engine.answer() call on a
 * fixed loop (3 rounds of warm-up, then `--rounds` rounds over the same questions): the wallet pack on every
 * question of tests/fixtures/faq-eval/ and, as "wallet-long", of tests/fixtures/faq-eval-long/ (long messages are
 * matched sentence by sentence too, and their requests for a person looked for clause by clause), Banking77 (../shared/datasets/banking77/, skipped when absent) on its
 * 3,080 test questions. CPU time is the process's (process.cpuUsage: garbage collection and compiler threads
 * included), so p50/p99 are per call and "answers per CPU-second" is the whole loop's. On a loaded machine a call's
 * CPU time swells with what other processes do to the caches and cores; each question's median over the rounds does
 * much less: questionMedianP99us and questionMedianMaxUs are the p99 and the largest of those medians.
 *
 * `--answers FILE` writes every result (each question with no UI locale, "ja" and "es") as JSON lines: run it on
 * two commits and diff the files to show that an optimisation changed no answer.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createFaqEngine, exportModel, readModel, type FaqPack } from '../../faq/index.ts';
import { bankingPack, readLabelled } from '../../scripts/eval.ts';
import { loadPackFromDir } from '../../server/services/faq-pack-files.ts';
import { quantile } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/faq-eval');
const LONG_FIXTURES = path.join(ROOT, 'tests/fixtures/faq-eval-long');
const BANKING = path.resolve(ROOT, '../shared/datasets/banking77');
const UI_LOCALES = [undefined, 'ja', 'es'];

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, answers: { type: 'string' } } });
const rounds = Number(args.rounds);

const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

const questionsIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { text: string }[]).map((q) => q.text));

async function workloads(): Promise<{ name: string; pack: FaqPack; questions: string[] }[]> {
  const wallet = await loadPackFromDir(path.join(ROOT, 'faq/packs/wallet'));
  const list = [
    { name: 'wallet', pack: wallet, questions: questionsIn(FIXTURES) },
    { name: 'wallet-long', pack: wallet, questions: questionsIn(LONG_FIXTURES) },
  ];
  if (existsSync(path.join(BANKING, 'test.csv'))) {
    const test = await readLabelled(path.join(BANKING, 'test.csv'));
    list.push({ name: 'banking77', pack: bankingPack(await readLabelled(path.join(BANKING, 'train.csv'))), questions: test.map((q) => q.text) });
  } else console.error(`Banking77 skipped: ${BANKING} is absent`);
  return list;
}

const answers: string[] = [];
for (const { name, pack, questions } of await workloads()) {
  let since = process.cpuUsage();
  const engine = createFaqEngine(pack);
  const trainMs = cpuMs(since);
  const model = exportModel(engine);
  since = process.cpuUsage();
  const loaded = createFaqEngine(pack, { model: readModel(model) });
  const loadMs = cpuMs(since);
  if (loaded.modelSource !== 'given') throw new Error('the saved model was not used');

  if (args.answers) for (const text of questions) for (const uiLocale of UI_LOCALES) answers.push(JSON.stringify([text, uiLocale ?? null, engine.answer(text, { uiLocale })]));
  for (let r = 0; r < 3; r++) for (const text of questions) engine.answer(text);
  const perCall: number[] = [];
  const perQuestion = questions.map((): number[] => []);
  const loop = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    questions.forEach((text, q) => {
      const t = process.cpuUsage();
      engine.answer(text);
      const d = process.cpuUsage(t);
      perCall.push(d.user + d.system);
      perQuestion[q]!.push(d.user + d.system);
    });
  }
  const meanUs = (cpuMs(loop) * 1000) / perCall.length;
  // Each question's median over the rounds: what the question costs, with little of what other processes did to one call.
  const medians = perQuestion.map((calls) => quantile(calls, 0.5));
  console.log(
    JSON.stringify({
      pack: name,
      alternates: pack.entries.reduce((n, e) => n + Object.values(e.locales).reduce((m, l) => m + 1 + l.alternates.length, 0), 0),
      buildTrainedCpuMs: Math.round(trainMs),
      buildWithModelCpuMs: Math.round(loadMs),
      modelBytes: model.length,
      answers: perCall.length,
      p50us: quantile(perCall, 0.5),
      p99us: quantile(perCall, 0.99),
      questionMedianP99us: quantile(medians, 0.99),
      questionMedianMaxUs: quantile(medians, 1),
      meanUs: Math.round(meanUs * 10) / 10,
      answersPerCpuSecond: Math.round(1e6 / meanUs),
    }),
  );
}
if (args.answers) writeFileSync(args.answers, answers.join('\n') + '\n');
