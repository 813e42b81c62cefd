/**
 * FAQ engine evaluation. Measures and prints; never fails on a figure.
 *
 *   npm run eval -- --dataset banking77 [--shots 10 [--seed 10] [--samples 8]] [--dev [--split-seed 8]] [--confusion] [--json] [--path DIR]
 *     One entry per category (alternates = train rows, or `--shots` seeded rows per category),
 *     scored on test.csv, or with --dev on a held-out 10% of train (for tuning without seeing test).
 *     `--seed`: the sample's seed (10 by default: the tests' sample); `--samples K`: K samples (seeds seed … seed+K−1),
 *     each one's figures and their mean, spread and range (a gain on one sample of ten can be noise).
 *     `--split-seed N`: the dev split drawn with seed N instead of the tuning split's (DEV_SPLIT_SEED), less the tuning
 *     split's dev questions: other seeds of the tuning split still score the same questions, so a change written from
 *     their misses is checked on questions nobody read. `--confusion`: the misses' "category → category ranked
 *     first ×n", most frequent first (over all samples).
 *   npm run eval -- --pack wallet [--json] [--misses] [--confusion] [--folds 5] [--train-seeds 77,78,79]
 *     faq/packs/wallet scored per locale on the held-out sets (tests/fixtures/faq-heldout and faq-heldout-b to -g,
 *     never used for tuning; their misses only with --misses) and the dev set (tests/fixtures/faq-eval), and
 *     k-fold cross-validation of its own alternates per entry and locale: see eval-pack.ts. With --confusion, the
 *     cross-validation's confusions per locale ("entry → entry ranked first ×n"), to find entries that overlap. With
 *     --train-seeds, one run per training seed and the mean of their figures (see meanOfRuns in eval-pack.ts).
 *   npm run eval -- --calibrate [--train-seeds 77,78,79]
 *     Fits the confidence calibration on held-out train questions (Banking77 dev split, alternates
 *     held out of the wallet and mini packs) and the out-of-scope questions of tests/fixtures/faq-mini/calibration-out-of-scope.json
 *     (generic) and calibration-out-of-scope-templates.json (shaped like in-scope questions, about another domain),
 *     asked of classifiers trained with each training seed (CALIBRATION_SEEDS by default), their samples pooled; each
 *     seed's own fit is printed beside the pooled one. The wallet's questions written apart from its pack (near scope
 *     and in scope: see WRITTEN_APART) are asked too and reported per group, not fitted.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createFaqEngine, detectLanguage, type FaqPack } from '../faq/index.ts';
import { confidence, fitCalibration, type ConfidenceInputs } from '../faq/confidence.ts';
import { seededRandom, shuffle } from '../faq/classifier.ts';
import { createMatcher } from '../faq/matcher.ts';
import { normalizeText } from '../faq/normalize.ts';
import { loadPackFromDir } from '../server/services/faq-pack-files.ts';
import { calibrationOutOfScope, evalPack, meanOfRuns } from './eval-pack.ts';
import { DEFAULT_SCORER_OPTIONS } from '../faq/scorer.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** RFC 4180: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((f) => f !== ''));
}

interface Labelled {
  text: string;
  label: string;
}

export async function readLabelled(file: string): Promise<Labelled[]> {
  const [header, ...rows] = parseCsv(await readFile(file, 'utf8'));
  const textAt = header!.indexOf('text');
  const labelAt = header!.indexOf('category');
  return rows.map((r) => ({ text: r[textAt]!, label: r[labelAt]! }));
}

const kebab = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function bankingPack(train: readonly Labelled[]): FaqPack {
  const byLabel = new Map<string, string[]>();
  for (const { text, label } of train) byLabel.set(label, [...(byLabel.get(label) ?? []), text]);
  return {
    id: 'banking77',
    name: 'Banking77',
    defaultLocale: 'en',
    locales: ['en'],
    thresholds: { answer: 0.5, suggest: 0.3 },
    entries: [...byLabel].map(([label, [question, ...alternates]]) => ({
      id: kebab(label),
      tags: [],
      followUps: [],
      locales: { en: { question: question!, alternates, answer: label } },
    })),
  };
}

/** Up to `shots` rows per label, chosen by a seeded shuffle. */
function sample(rows: readonly Labelled[], shots: number, seed: number): Labelled[] {
  const random = seededRandom(seed);
  const byLabel = new Map<string, Labelled[]>();
  for (const r of rows) byLabel.set(r.label, [...(byLabel.get(r.label) ?? []), r]);
  return [...byLabel.values()].flatMap((group) => shuffle([...group], random).slice(0, shots));
}

/** The seed of the dev split tuned on (`--dev`). */
export const DEV_SPLIT_SEED = 7;

/** A stratified 90/10 split of train for tuning. */
function devSplit(rows: readonly Labelled[], seed: number): { train: Labelled[]; dev: Labelled[] } {
  const random = seededRandom(seed);
  const train: Labelled[] = [];
  const dev: Labelled[] = [];
  const byLabel = new Map<string, Labelled[]>();
  for (const r of rows) byLabel.set(r.label, [...(byLabel.get(r.label) ?? []), r]);
  for (const group of byLabel.values()) {
    const shuffled = shuffle([...group], random);
    const cut = Math.max(1, Math.round(shuffled.length / 10));
    dev.push(...shuffled.slice(0, cut));
    train.push(...shuffled.slice(cut));
  }
  return { train, dev };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Mean, sample standard deviation and range of several samples' figures. */
function spread(xs: readonly number[]): { mean: number; sd: number; min: number; max: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / Math.max(1, xs.length - 1));
  return { mean: round(mean, 2), sd: round(sd, 2), min: Math.min(...xs), max: Math.max(...xs) };
}
const pct = (hits: number, n: number) => (n === 0 ? null : round((100 * hits) / n));

export interface BankingReport {
  dataset: string;
  split: 'test' | 'dev';
  shots: number | 'all';
  /** The sample's seed (with `shots`). */
  seed?: number;
  entries: number;
  alternates: number;
  queries: number;
  top1: number;
  top3: number;
  p50us: number;
  p99us: number;
  buildMs: number;
  heapMB: number;
  /** With `confusion`: each miss as "category → category ranked first". */
  confused?: string[];
}

export interface BankingOptions {
  /** With `dev`: the split's seed (see --split-seed). */
  splitSeed?: number;
  confusion?: boolean;
}

/** Train and the questions scored: test, the tuning dev split, or another dev split less the tuning split's questions. */
export async function bankingSplit(dir: string, dev: boolean, splitSeed: number): Promise<{ train: Labelled[]; dev: Labelled[] }> {
  const allTrain = await readLabelled(join(dir, 'train.csv'));
  if (!dev) return { train: allTrain, dev: await readLabelled(join(dir, 'test.csv')) };
  const split = devSplit(allTrain, splitSeed);
  if (splitSeed === DEV_SPLIT_SEED) return split;
  const read = new Set(devSplit(allTrain, DEV_SPLIT_SEED).dev);
  return { train: split.train, dev: split.dev.filter((q) => !read.has(q)) };
}

/** The seed of the `shots` sample the tests' floors are measured on. */
export const SAMPLE_SEED = 10;

export async function evalBanking(dir: string, shots: number | null, dev: boolean, seed = SAMPLE_SEED, options: BankingOptions = {}): Promise<BankingReport> {
  const split = await bankingSplit(dir, dev, options.splitSeed ?? DEV_SPLIT_SEED);
  const train = shots === null ? split.train : sample(split.train, shots, seed);
  const pack = bankingPack(train);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const matcher = createMatcher(pack);
  const buildMs = performance.now() - started;
  gc?.();
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  // The matcher's weights: the engine does not train a second time.
  const engine = createFaqEngine(pack, { model: matcher.model });

  let top1 = 0;
  let top3 = 0;
  const confused: string[] = [];
  for (const { text, label } of split.dev) {
    const ranked = matcher.match(text, 'en', 3)?.ranked ?? [];
    const ids = ranked.map((r) => pack.entries[r.index]!.id);
    if (ids[0] === kebab(label)) top1++;
    else confused.push(`${kebab(label)} → ${ids[0] ?? 'none'}`);
    if (ids.includes(kebab(label))) top3++;
  }
  const times: number[] = [];
  for (const { text } of split.dev) {
    const t = performance.now();
    engine.answer(text);
    times.push((performance.now() - t) * 1000);
  }
  times.sort((a, b) => a - b);
  const n = split.dev.length;
  return {
    dataset: 'banking77',
    split: dev ? 'dev' : 'test',
    shots: shots ?? 'all',
    ...(shots === null ? {} : { seed }),
    entries: pack.entries.length,
    alternates: train.length,
    queries: n,
    top1: round((100 * top1) / n),
    top3: round((100 * top3) / n),
    p50us: round(percentile(times, 50), 0),
    p99us: round(percentile(times, 99), 0),
    buildMs: round(buildMs, 0),
    heapMB: round(heapMB),
    ...(options.confusion ? { confused } : {}),
  };
}

/** "a → b ×n" of the runs' misses, most frequent first (ties by name). */
function confusionOf(runs: readonly BankingReport[]): string[] {
  const counts = new Map<string, number>();
  for (const pair of runs.flatMap((r) => r.confused ?? [])) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([pair, n]) => `${pair} ×${n}`);
}

/** The other script's locale of a Chinese one. */
const OTHER_SCRIPT: Readonly<Record<string, string>> = { 'zh-CN': 'zh-TW', 'zh-TW': 'zh-CN' };

/** The character pairs of a text as the matcher reads it (Traditional folded to Simplified). */
function charPairs(text: string): Set<string> {
  const chars = Array.from(normalizeText(text).replace(/ /g, ''));
  return new Set(chars.slice(1).map((char, i) => chars[i]! + char));
}

/** The same question in the other script: at least half of the two texts' character pairs shared. */
function twins(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared++;
  return shared > 0 && shared >= 0.5 * (a.size + b.size - shared);
}

/**
 * The pack minus up to 3 alternates per entry and locale (keeping at least 6), and those questions. A Chinese alternate
 * is held out with its twin in the other script (the wallet's zh-CN and zh-TW alternates are partly one another's
 * transliteration), so that it is never asked of a classifier trained on its own twin.
 */
export function holdOut(pack: FaqPack): { pack: FaqPack; heldOut: { text: string; faqId: string }[] } {
  const heldOut: { text: string; faqId: string }[] = [];
  const last = (alternates: readonly string[]) => alternates.slice(Math.max(6, alternates.length - 3));
  const entries = pack.entries.map((entry) => {
    const locales = Object.fromEntries(
      Object.entries(entry.locales).map(([locale, content]) => {
        const other = entry.locales[OTHER_SCRIPT[locale] ?? '']?.alternates ?? [];
        const otherHeld = last(other).map(charPairs);
        const own = last(content.alternates);
        const held = content.alternates.filter((text) => own.includes(text) || otherHeld.some((pairs) => twins(charPairs(text), pairs)));
        heldOut.push(...held.map((text) => ({ text, faqId: entry.id })));
        return [locale, { ...content, alternates: content.alternates.filter((text) => !held.includes(text)) }];
      }),
    );
    return { ...entry, locales };
  });
  return { pack: { ...pack, entries }, heldOut };
}

/** `fitted`: false for a group only measured (see WRITTEN_APART). */
export type CalibrationSample = ConfidenceInputs & { correct: boolean; group: string; fitted: boolean };

const calibrationFixture = async (name: string): Promise<unknown> => JSON.parse(await readFile(join(ROOT, 'tests/fixtures', name), 'utf8'));

/**
 * The wallet's questions written for the calibration apart from its pack, by one hand: its own business that no entry
 * answers (faq-calibration-near-scope.json: interest, cashback, loans, bills, a shop's QR code, a physical card…) and
 * in-scope questions in the same styles (faq-calibration-in-scope.json), so that a figure on them cannot be told by
 * their author. Measured, not fitted: in the shared fit they cost every language's held-out F in scope (ten seeds,
 * session 20: 254.9 → 246.6 of 276 for 5.7 more near-scope check questions a seed left unanswered) — the five inputs
 * set them apart from held-out alternates only through the bias — and a Chinese unknown-share term fitted with them
 * turned negative (−1.75 against 1.34 without: session 19's term answered more Chinese near-scope questions).
 */
const WRITTEN_APART = { inScope: 'wallet in-scope (written apart)', nearScope: 'wallet near-scope (written apart)' };

/**
 * The calibration's samples for one training seed of the classifiers: the top entry's evidence for held-out train
 * questions and generic out-of-scope ones, and whether it was right; and the wallet's questions written apart, measured.
 */
export async function calibrationSamples(bankingDir: string, seed: number): Promise<CalibrationSample[]> {
  const samples: CalibrationSample[] = [];
  const options = { ...DEFAULT_SCORER_OPTIONS, seed };
  const collect = (group: string, pack: FaqPack, questions: readonly { text: string; faqId: string | null }[], fitted = true) => {
    const matcher = createMatcher(pack, options);
    for (const { text, faqId } of questions) {
      const top = matcher.match(text, detectLanguage(text).locale, 2)?.ranked[0];
      if (top) samples.push({ ...top.evidence, correct: pack.entries[top.index]!.id === faqId, group, fitted });
    }
  };
  const outOfScope = await calibrationOutOfScope(ROOT);
  const oos = (locales: readonly string[]) => locales.flatMap((l) => outOfScope[l] ?? []).map((text) => ({ text, faqId: null }));
  const banking = devSplit(await readLabelled(join(bankingDir, 'train.csv')), DEV_SPLIT_SEED);
  const bankingTrain = bankingPack(banking.train);
  collect('banking77 dev', bankingTrain, banking.dev.map((q) => ({ text: q.text, faqId: kebab(q.label) })));
  collect('banking77 out-of-scope', bankingTrain, oos(['en']));
  const wallet = holdOut(await loadPackFromDir(join(ROOT, 'faq/packs/wallet')));
  collect('wallet held-out', wallet.pack, wallet.heldOut);
  collect('wallet out-of-scope', wallet.pack, oos(wallet.pack.locales));
  const inScope = (await calibrationFixture('faq-calibration-in-scope.json')) as Record<string, { text: string; faqId: string }[]>;
  collect(WRITTEN_APART.inScope, wallet.pack, wallet.pack.locales.flatMap((l) => inScope[l] ?? []), false);
  const nearScope = (await calibrationFixture('faq-calibration-near-scope.json')) as Record<string, string[]>;
  collect(WRITTEN_APART.nearScope, wallet.pack, wallet.pack.locales.flatMap((l) => (nearScope[l] ?? []).map((text) => ({ text, faqId: null }))), false);
  // A three-entry pack: the classifier is sure of anything there, so similarity must carry the weight.
  const mini = holdOut(await loadPackFromDir(join(ROOT, 'tests/fixtures/faq-mini')));
  collect('mini held-out', mini.pack, mini.heldOut);
  collect('mini out-of-scope', mini.pack, oos(mini.pack.locales));
  return samples;
}

/** The training seeds whose samples the calibration is fitted on, pooled (one seed's fit swings with it). */
export const CALIBRATION_SEEDS = [77, 78, 79, 80, 81, 82, 83, 84, 85, 86];

/**
 * Fits faq/confidence.ts's logistic calibration on the samples of every training seed pooled, and reports each seed's
 * own fit beside it (how far the weights move with the seed) and, per group, how the pooled fit answers.
 */
export async function calibrate(bankingDir: string, seeds: readonly number[] = CALIBRATION_SEEDS) {
  const perSeed = [];
  for (const seed of seeds) perSeed.push({ seed, samples: await calibrationSamples(bankingDir, seed) });
  const samples = perSeed.flatMap((s) => s.samples);
  const fit = fitCalibration(samples.filter((s) => s.fitted));
  const groups = [...new Set(samples.map((s) => s.group))].map((group) => {
    const rows = samples.filter((s) => s.group === group);
    const answered = rows.filter((s) => confidence(s, fit) >= 0.55);
    return { group, fitted: rows[0]!.fitted, questions: rows.length, top1: pct(rows.filter((s) => s.correct).length, rows.length), answeredAt055: pct(answered.length, rows.length), answeredCorrect: pct(answered.filter((s) => s.correct).length, answered.length) };
  });
  const digits = (c: object) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, round(v as number, 3)]));
  return { seeds, calibration: digits(fit), perSeed: perSeed.map(({ seed, samples }) => ({ seed, calibration: digits(fitCalibration(samples.filter((s) => s.fitted))) })), groups };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string' },
      pack: { type: 'string' },
      shots: { type: 'string' },
      seed: { type: 'string' },
      'split-seed': { type: 'string' },
      samples: { type: 'string' },
      path: { type: 'string' },
      dev: { type: 'boolean', default: false },
      calibrate: { type: 'boolean', default: false },
      misses: { type: 'boolean', default: false },
      confusion: { type: 'boolean', default: false },
      folds: { type: 'string' },
      'train-seeds': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  let report: object;
  const bankingDir = resolve(ROOT, values.path ?? '../shared/datasets/banking77/');
  if (values.calibrate) report = await calibrate(bankingDir, values['train-seeds']?.split(',').map(Number));
  else if (values.pack) {
    const options = { heldOutMisses: values.misses, confusion: values.confusion, folds: values.folds === undefined ? 5 : Number(values.folds) };
    const seeds = values['train-seeds']?.split(',').map(Number);
    if (!seeds) report = await evalPack(ROOT, values.pack, options);
    else {
      const runs = [];
      for (const seed of seeds) runs.push(await evalPack(ROOT, values.pack, { ...options, scorer: { ...DEFAULT_SCORER_OPTIONS, seed } }));
      report = { trainSeeds: seeds, answerThresholds: runs.map((r) => r.thresholds.answer), ...(meanOfRuns(runs) as object) };
    }
  }
  else if (values.dataset === 'banking77') {
    const shots = values.shots === undefined ? null : Number(values.shots);
    const seed = values.seed === undefined ? SAMPLE_SEED : Number(values.seed);
    const samples = shots === null ? 1 : values.samples === undefined ? 1 : Number(values.samples);
    const options: BankingOptions = { confusion: values.confusion, ...(values['split-seed'] === undefined ? {} : { splitSeed: Number(values['split-seed']) }) };
    const runs: BankingReport[] = [];
    for (let k = 0; k < samples; k++) runs.push(await evalBanking(bankingDir, shots, values.dev, seed + k, options));
    const confusion = values.confusion ? { confusion: confusionOf(runs) } : {};
    const plain = runs.map(({ confused: _, ...run }) => run);
    report = samples === 1 ? { ...plain[0]!, ...confusion } : { runs: plain, top1: spread(runs.map((r) => r.top1)), top3: spread(runs.map((r) => r.top3)), ...confusion };
  } else {
    console.error('usage: npm run eval -- --dataset banking77 [--shots 10 [--seed 10] [--samples 8]] [--dev [--split-seed 8]] [--confusion] [--json] [--path DIR] | --pack wallet [--json] [--misses] [--confusion] [--folds 5] [--train-seeds 77,78,79] | --calibrate [--train-seeds 77,78,79]');
    process.exit(2);
  }
  if (values.json) console.log(JSON.stringify(report));
  else console.dir(report, { depth: null, maxArrayLength: null });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();
