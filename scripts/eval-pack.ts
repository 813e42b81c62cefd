/**
 * A FAQ pack scored on labelled question sets. Each set is one file per pack locale of rows
 * `{"text", "faqId"}`, where faqId is an entry id (in scope), null (out of scope: must not be answered)
 * or "handoff" (a request for a person: must be recognised).
 *
 *   tests/fixtures/faq-heldout/   written independently of the pack and never used for tuning (issue #18)
 *   tests/fixtures/faq-heldout-b/ a second such set, written before the next round of tuning (same rules)
 *   tests/fixtures/faq-heldout-c/ a third, written before the decision rule changed (out-of-scope class, fitted thresholds)
 *   tests/fixtures/faq-heldout-d/ a fourth, written before the out-of-scope class, the fitted thresholds and the
 *                                 safe-to-share entry were built
 *   tests/fixtures/faq-heldout-e/ a fifth, written before the tuning of session 8 (word forms, boundaries, paraphrase
 *                                 coverage, small talk)
 *   tests/fixtures/faq-heldout-f/ a sixth, written before the tuning of session 10 (Banking77 10-shot, off-topic
 *                                 templates around unknown words, alternates for the weak entries)
 *   tests/fixtures/faq-heldout-g/ a seventh, written before the tuning of session 24 (three questions an entry,
 *                                 out-of-scope questions near the domain and other parties' money matters)
 *   tests/fixtures/faq-heldout-h/ an eighth, written before the tuning of session 26 (three questions an entry, other
 *                                 companies' products and accounts off-topic, new shops, banks and situations)
 *   tests/fixtures/faq-eval/      the older dev set (per-locale files plus out-of-scope.json and handoff.json
 *                                 holding every locale's rows): used while tuning
 *   tests/fixtures/faq-eval-long/ a dev set of long messages (greetings, context before the question, amounts, two
 *                                 sentences, frustrated or polite requests for a person): used while tuning
 *   tests/fixtures/faq-eval-styles/ a dev set (en, es, ja, ko) in styles neither the alternates nor devLong use: situations
 *                                 described without the product's words, questions for a third party, regional
 *                                 variants, typos and missing accents or spaces, mixed script, very short ones: used
 *                                 while tuning
 *   tests/fixtures/faq-eval-regional/ a dev set of Chinese as written in Taiwan, Hong Kong (Cantonese-leaning) and the
 *                                 mainland (colloquial): regional vocabulary, particles, out-of-scope and requests for a
 *                                 person: used while tuning
 *   tests/fixtures/faq-eval-boundaries/ a dev set (six languages, 20-23 a language) of questions between two entries that
 *                                 overlap, each with the phrase that decides ("someone changed my password without me
 *                                 knowing" is account-security, "为什么提现最多只能提两千" transfer-limits): the tuned
 *                                 two thirds of session 15's check set (its held third stays out; so do the 4 rows an
 *                                 alternate already had word for word): used while tuning
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createFaqEngine, detectLanguage, type FaqEngine, type FaqPack } from '../faq/index.ts';
import { createMatcher } from '../faq/matcher.ts';
import type { ScorerOptions } from '../faq/scorer.ts';
import { answerThresholdSpread, heldOutConfidences } from '../faq/thresholds.ts';
import { loadPackFromDir } from '../server/services/faq-pack-files.ts';

export const HANDOFF = 'handoff';

export interface LabelledQuestion {
  text: string;
  /** An entry id, null (out of scope) or "handoff". */
  faqId: string | null;
}

interface Row extends LabelledQuestion {
  locale?: string;
}

const round = (x: number) => Math.round(x * 10) / 10;
const pct = (hits: number, n: number) => (n === 0 ? null : round((100 * hits) / n));

async function readRows(file: string): Promise<Row[]> {
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Row[]) : [];
}

/** A set's questions by locale: `<locale>.json`, plus the rows of the shared files that name that locale. */
export async function readQuestionSet(dir: string, locales: readonly string[]): Promise<Map<string, LabelledQuestion[]>> {
  const shared = [...(await readRows(join(dir, 'out-of-scope.json'))), ...(await readRows(join(dir, 'handoff.json'))).map((r) => ({ ...r, faqId: HANDOFF }))];
  const sets = new Map<string, LabelledQuestion[]>();
  for (const locale of locales) {
    const rows = [...(await readRows(join(dir, `${locale}.json`))), ...shared.filter((r) => r.locale === locale)];
    if (rows.length > 0) sets.set(locale, rows.map(({ text, faqId }) => ({ text, faqId })));
  }
  return sets;
}

export interface LocaleScore {
  questions: number;
  /** In-scope questions: answered with the right entry, answered at all, right entry answered or suggested. */
  inScope: { questions: number; correct: number | null; answered: number | null; top3: number | null };
  /** Out-of-scope questions not answered (kind other than "answer"). */
  outOfScope: { questions: number; notAnswered: number | null };
  handoff: { questions: number; recognised: number | null };
  /**
   * Replies in the question's language (every question). Chinese written the same in both scripts ("退款多久到") is
   * as much zh-TW as zh-CN: either script counts for it (the server answers it in the visitor's UI script).
   */
  language: number | null;
  misses: string[];
}

const isChinese = (locale: string | null) => locale === 'zh-CN' || locale === 'zh-TW';

export function scoreLocale(engine: FaqEngine, locale: string, rows: readonly LabelledQuestion[]): LocaleScore {
  let inScope = 0, correct = 0, answered = 0, top3 = 0, oos = 0, oosOk = 0, handoff = 0, handoffOk = 0, language = 0;
  const misses: string[] = [];
  for (const { text, faqId } of rows) {
    const r = engine.answer(text);
    if (r.locale === locale || (isChinese(locale) && isChinese(r.locale) && detectLanguage(text).eitherScript)) language++;
    else misses.push(`[language ${r.locale}] ${text}`);
    if (faqId === HANDOFF) {
      handoff++;
      if (r.kind === 'handoff') handoffOk++;
      else misses.push(`[handoff → ${r.kind}] ${text}`);
    } else if (faqId === null) {
      oos++;
      if (r.kind !== 'answer') oosOk++;
      else misses.push(`[out of scope → ${r.faqId} ${r.confidence.toFixed(2)}] ${text}`);
    } else {
      inScope++;
      if (r.kind === 'answer') answered++;
      if (r.kind === 'answer' && r.faqId === faqId) correct++;
      else misses.push(`[${faqId} → ${r.kind} ${r.faqId ?? r.suggestions[0]?.faqId ?? '-'} ${r.confidence.toFixed(2)}] ${text}`);
      if ((r.kind === 'answer' && r.faqId === faqId) || r.suggestions.some((s) => s.faqId === faqId)) top3++;
    }
  }
  return {
    questions: rows.length,
    inScope: { questions: inScope, correct: pct(correct, inScope), answered: pct(answered, inScope), top3: pct(top3, inScope) },
    outOfScope: { questions: oos, notAnswered: pct(oosOk, oos) },
    handoff: { questions: handoff, recognised: pct(handoffOk, handoff) },
    language: pct(language, rows.length),
    misses,
  };
}

export async function scoreSet(engine: FaqEngine, dir: string, withMisses: boolean): Promise<Record<string, LocaleScore | Omit<LocaleScore, 'misses'>>> {
  const out: Record<string, LocaleScore | Omit<LocaleScore, 'misses'>> = {};
  for (const [locale, rows] of await readQuestionSet(dir, engine.pack.locales)) {
    const { misses, ...score } = scoreLocale(engine, locale, rows);
    out[locale] = withMisses ? { ...score, misses } : score;
  }
  return out;
}

/**
 * The calibration's out-of-scope questions by locale: generic ones (weather, recipes, chit-chat) and ones shaped like an
 * in-scope question about another domain ("I forgot my netflix password", "golf tips").
 */
export async function calibrationOutOfScope(root: string): Promise<Record<string, string[]>> {
  const read = async (name: string) => JSON.parse(await readFile(join(root, 'tests/fixtures/faq-mini', name), 'utf8')) as Record<string, string[]>;
  const generic = await read('calibration-out-of-scope.json');
  const templates = await read('calibration-out-of-scope-templates.json');
  return Object.fromEntries([...new Set([...Object.keys(generic), ...Object.keys(templates)])].map((l) => [l, [...(generic[l] ?? []), ...(templates[l] ?? [])]]));
}

/**
 * Out-of-scope questions for tuning, by locale: the dev set's and the calibration set's (never the held-out sets').
 */
async function outOfScopeQuestions(root: string, locales: readonly string[]): Promise<Map<string, string[]>> {
  const dev = await readQuestionSet(join(root, 'tests/fixtures/faq-eval'), locales);
  const calibration = await calibrationOutOfScope(root);
  return new Map(
    locales.map((locale) => [locale, [...(dev.get(locale) ?? []).filter((q) => q.faqId === null).map((q) => q.text), ...(calibration[locale] ?? [])]]),
  );
}

/**
 * `npm run eval -- --pack NAME`: the held-out sets' figures (their misses only with `misses`, so that tuning never
 * reads them by default) and the dev set's figures with its misses. `scorer`: the engine's options (another training
 * seed: see meanOfRuns), for the engine, its thresholds and every cross-validation fold.
 */
export async function evalPack(root: string, name: string, options: { heldOutMisses?: boolean; folds?: number; confusion?: boolean; scorer?: ScorerOptions } = {}) {
  const pack = await loadPackFromDir(join(root, 'faq/packs', name));
  const started = performance.now();
  const engine = createFaqEngine(pack, { scorer: options.scorer });
  const buildMs = Math.round(performance.now() - started);
  return {
    pack: name,
    entries: engine.pack.entries.length,
    buildMs,
    thresholds: engine.thresholds,
    // The plateau the answer threshold is the top of, and the threshold refitted on bootstrap resamples of the same
    // held-out confidences: how far a content change may move it.
    answerThresholdSpread: answerThresholdSpread(heldOutConfidences(pack, options.scorer)),
    heldOut: await scoreSet(engine, join(root, 'tests/fixtures/faq-heldout'), options.heldOutMisses ?? false),
    heldOutB: await scoreSet(engine, join(root, 'tests/fixtures/faq-heldout-b'), options.heldOutMisses ?? false),
    heldOutC: await scoreSet(engine, join(root, 'tests/fixtures/faq-heldout-c'), options.heldOutMisses ?? false),
    heldOutD: await scoreSet(engine, join(root, 'tests/fixtures/faq-heldout-d'), options.heldOutMisses ?? false),
    heldOutE: await scoreSet(engine, join(root, 'tests/fixtures/faq-heldout-e'), options.heldOutMisses ?? false),
    heldOutF: await scoreSet(engine, join(root, 'tests/fixtures/faq-heldout-f'), options.heldOutMisses ?? false),
    heldOutG: await scoreSet(engine, join(root, 'tests/fixtures/faq-heldout-g'), options.heldOutMisses ?? false),
    heldOutH: await scoreSet(engine, join(root, 'tests/fixtures/faq-heldout-h'), options.heldOutMisses ?? false),
    dev: await scoreSet(engine, join(root, 'tests/fixtures/faq-eval'), true),
    devLong: await scoreSet(engine, join(root, 'tests/fixtures/faq-eval-long'), true),
    devStyles: await scoreSet(engine, join(root, 'tests/fixtures/faq-eval-styles'), true),
    devRegional: await scoreSet(engine, join(root, 'tests/fixtures/faq-eval-regional'), true),
    devBoundaries: await scoreSet(engine, join(root, 'tests/fixtures/faq-eval-boundaries'), true),
    crossValidation: withoutConfusion(crossValidate(pack, options.folds ?? 5, await outOfScopeQuestions(root, pack.locales), options.scorer), options.confusion ?? false),
  };
}

/**
 * The mean of the same report from several runs (`npm run eval -- --pack NAME --train-seeds 77,78,79`: one training seed
 * each): every number is averaged where it sits (null where a run has none), so the mean reads as one run's report.
 * Lists (misses, confusions, the weakest entries) differ from run to run and are left out. A content or ranking change
 * moves the wallet pack's figures about as much as another training seed does (main 6379327, seed 77 → 78, the same
 * content: dev off-topic not answered 489 → 481 of 520, devRegional zh-CN 80 → 72 %, held-out F ±2 questions a
 * language): judged on one seed, it is judged on the seed's luck.
 */
export function meanOfRuns(runs: readonly unknown[]): unknown {
  const first = runs[0];
  if (typeof first === 'number') return runs.every((r) => typeof r === 'number') ? Math.round(((runs as number[]).reduce((a, b) => a + b, 0) / runs.length) * 1e4) / 1e4 : null;
  if (first === null || typeof first !== 'object' || Array.isArray(first)) return Array.isArray(first) ? undefined : first;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first)) {
    const mean = meanOfRuns(runs.map((r) => (r as Record<string, unknown> | null)?.[key] ?? null));
    if (mean !== undefined) out[key] = mean;
  }
  return out;
}

function withoutConfusion(cv: CrossValidation, keep: boolean): CrossValidation | Omit<CrossValidation, 'confusion'> {
  if (keep) return cv;
  const { confusion: _, ...rest } = cv;
  return rest;
}

export interface CrossValidation {
  folds: number;
  /**
   * Per locale: the share of held-out alternates ranked first to their own entry, and the weakest entries. With
   * out-of-scope questions: the share of held-out alternates the whole engine answers with their own entry, and the
   * share of the out-of-scope questions it answers (with any entry) in each fold.
   */
  locales: Record<string, { alternates: number; top1: number; answered?: number; outOfScopeAnswered?: number; weakest: { faqId: string; top1: number }[] }>;
  /** Per entry and locale: top-1 of its held-out alternates (%). */
  entries: Record<string, Record<string, number>>;
  /** Per locale: the off-diagonal of the confusion matrix, "entry → entry ranked first ×n", most frequent first. */
  confusion: Record<string, string[]>;
}

/**
 * K-fold stand-in for leave-one-out (one training per fold instead of one per alternate): every alternate is held
 * out once, the pack is built without its fold, and the alternate is ranked by the matcher. The per-entry figures are
 * the confusion matrix's diagonal; an entry low here overlaps another or lacks paraphrases.
 */
export function crossValidate(pack: FaqPack, folds: number, outOfScope?: ReadonlyMap<string, readonly string[]>, scorer?: ScorerOptions): CrossValidation {
  const hits = new Map<string, { n: number; right: number }>();
  const confused = new Map<string, number>();
  const answers = new Map<string, { n: number; right: number; oos: number; oosAnswered: number }>();
  const answerCount = (locale: string) => answers.get(locale) ?? answers.set(locale, { n: 0, right: 0, oos: 0, oosAnswered: 0 }).get(locale)!;
  for (let fold = 0; fold < folds; fold++) {
    const held: { text: string; faqId: string; locale: string }[] = [];
    const entries = pack.entries.map((entry) => ({
      ...entry,
      locales: Object.fromEntries(
        Object.entries(entry.locales).map(([locale, content]) => {
          content.alternates.forEach((text, i) => i % folds === fold && held.push({ text, faqId: entry.id, locale }));
          return [locale, { ...content, alternates: content.alternates.filter((_, i) => i % folds !== fold) }];
        }),
      ),
    }));
    const matcher = createMatcher({ ...pack, entries }, scorer);
    // The same weights: the engine does not train again.
    const engine = outOfScope && createFaqEngine({ ...pack, entries }, { model: matcher.model, scorer });
    for (const { text, faqId, locale } of held) {
      const top = matcher.match(text, locale, 1)?.ranked[0];
      const key = `${faqId}\t${locale}`;
      const h = hits.get(key) ?? hits.set(key, { n: 0, right: 0 }).get(key)!;
      h.n++;
      const ranked = top && pack.entries[top.index]!.id;
      if (ranked === faqId) h.right++;
      else {
        const pair = `${locale}\t${faqId} → ${ranked ?? 'nothing'}`;
        confused.set(pair, (confused.get(pair) ?? 0) + 1);
      }
      if (engine) {
        const r = engine.answer(text);
        const a = answerCount(locale);
        a.n++;
        if (r.kind === 'answer' && r.faqId === faqId) a.right++;
      }
    }
    if (engine) {
      for (const [locale, questions] of outOfScope!) {
        const a = answerCount(locale);
        for (const text of questions) {
          a.oos++;
          if (engine.answer(text).kind === 'answer') a.oosAnswered++;
        }
      }
    }
  }
  const result: CrossValidation = { folds, locales: {}, entries: {}, confusion: {} };
  for (const locale of pack.locales) {
    let n = 0;
    let right = 0;
    const perEntry: { faqId: string; top1: number }[] = [];
    for (const entry of pack.entries) {
      const h = hits.get(`${entry.id}\t${locale}`) ?? { n: 0, right: 0 };
      n += h.n;
      right += h.right;
      const top1 = pct(h.right, h.n) ?? 0;
      perEntry.push({ faqId: entry.id, top1 });
      (result.entries[entry.id] ??= {})[locale] = top1;
    }
    const a = answers.get(locale);
    const answered = a && { answered: pct(a.right, a.n) ?? 0, outOfScopeAnswered: pct(a.oosAnswered, a.oos) ?? 0 };
    result.locales[locale] = { alternates: n, top1: pct(right, n) ?? 0, ...answered, weakest: perEntry.sort((x, y) => x.top1 - y.top1).slice(0, 3) };
    result.confusion[locale] = [...confused]
      .filter(([pair]) => pair.startsWith(`${locale}\t`))
      .sort((x, y) => y[1] - x[1])
      .map(([pair, count]) => `${pair.slice(locale.length + 1)} ×${count}`);
  }
  return result;
}
