/**
 * A FAQ pack scored on labelled question sets. Each set is one file per pack locale of rows
 * `{"text", "faqId"}`, where faqId is an entry id (in scope), null (out of scope: must not be answered)
 * or "handoff" (a request for a person: must be recognised).
 *
 *   tests/fixtures/faq-heldout/   written independently of the pack and never used for tuning (issue #18)
 *   tests/fixtures/faq-eval/      the older dev set (per-locale files plus out-of-scope.json and handoff.json
 *                                 holding every locale's rows): used while tuning
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createFaqEngine, type FaqEngine } from '../faq/index.ts';
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
  /** Replies in the question's language (every question). */
  language: number | null;
  misses: string[];
}

export function scoreLocale(engine: FaqEngine, locale: string, rows: readonly LabelledQuestion[]): LocaleScore {
  let inScope = 0, correct = 0, answered = 0, top3 = 0, oos = 0, oosOk = 0, handoff = 0, handoffOk = 0, language = 0;
  const misses: string[] = [];
  for (const { text, faqId } of rows) {
    const r = engine.answer(text);
    if (r.locale === locale) language++;
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
 * `npm run eval -- --pack NAME`: the held-out set's figures (its misses only with `misses`, so that tuning never
 * reads them by default) and the dev set's figures with its misses.
 */
export async function evalPack(root: string, name: string, options: { heldOutMisses?: boolean } = {}) {
  const started = performance.now();
  const engine = createFaqEngine(await loadPackFromDir(join(root, 'faq/packs', name)));
  const buildMs = Math.round(performance.now() - started);
  return {
    pack: name,
    entries: engine.pack.entries.length,
    buildMs,
    heldOut: await scoreSet(engine, join(root, 'tests/fixtures/faq-heldout'), options.heldOutMisses ?? false),
    dev: await scoreSet(engine, join(root, 'tests/fixtures/faq-eval'), true),
  };
}
