import { z } from 'zod';
import { normalizeLocale } from '../protocol/locale.ts';
import type { FaqEntry, FaqPack } from './types.ts';

/**
 * Validation of FAQ packs. Every problem is reported at once, each as
 * "<source>: <field path>: <what is wrong>", e.g. "entries/refund.json: locales.ja.alternates: at least 8 required".
 */

export const MIN_ALTERNATES = 8;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A markdown link's target; `]` ends the search too, so no character is scanned from two link starts. */
const LINK_TARGET = /\]\(([^)\s\]]*)\)/g;

const text = z.string().refine((s) => s.trim().length > 0, 'must not be blank');

const EntryLocale = z.strictObject({
  question: text,
  alternates: z.array(text).min(MIN_ALTERNATES, `at least ${MIN_ALTERNATES} required`),
  answer: text.superRefine((answer, ctx) => {
    for (const [, target] of answer.matchAll(LINK_TARGET)) {
      if (!target!.startsWith('https://')) ctx.addIssue({ code: 'custom', message: `link "${target}" must start with https://` });
    }
  }),
});

const Entry = z.strictObject({
  // One message either way: an empty id is blank (not a breach of the kebab-case rule).
  id: z.string().superRefine((id, ctx) => {
    if (!id.trim()) ctx.addIssue({ code: 'custom', message: 'must not be blank' });
    else if (!KEBAB.test(id)) ctx.addIssue({ code: 'custom', message: 'must be kebab-case like "password-reset"' });
  }),
  tags: z.array(text),
  followUps: z.array(z.string()),
  locales: z.record(z.string(), EntryLocale),
});

const Locale = z.string().refine((s) => normalizeLocale(s) === s, 'must be a canonical locale like "zh-CN", "en", "pt-BR"');

/** pack.json: the pack without its entries. */
export const PackMeta = z
  .strictObject({
    id: z.string().regex(KEBAB, 'must be kebab-case'),
    name: text,
    defaultLocale: z.string(),
    locales: z.array(Locale).min(1, 'at least 1 required'),
    thresholds: z
      .strictObject({ answer: z.number().gt(0).lte(1), suggest: z.number().gte(0).lt(1) })
      .refine((t) => t.suggest <= t.answer, { message: 'suggest must not exceed answer', path: ['suggest'] })
      .optional(),
  })
  .superRefine((meta, ctx) => {
    if (!meta.locales.includes(meta.defaultLocale)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLocale'], message: `"${meta.defaultLocale}" is not one of locales` });
    }
    if (new Set(meta.locales).size !== meta.locales.length) ctx.addIssue({ code: 'custom', path: ['locales'], message: 'duplicate locale' });
  });
export type PackMeta = z.infer<typeof PackMeta>;

export interface PackIssue {
  source: string;
  path: string;
  message: string;
}

export class FaqPackError extends Error {
  readonly issues: readonly PackIssue[];
  constructor(issues: readonly PackIssue[]) {
    super(issues.map((i) => `${i.source}: ${i.path || '(root)'}: ${i.message}`).join('\n'));
    this.name = 'FaqPackError';
    this.issues = issues;
  }
}

function issuesOf(error: z.ZodError, source: string, prefix: readonly PropertyKey[] = []): PackIssue[] {
  return error.issues.map((i) => ({ source, path: [...prefix, ...i.path].map(String).join('.'), message: i.message }));
}

export interface ParseOptions {
  /** Where each entry came from (entries/<id>.json), in order: entry issues then name that file. */
  entrySources?: readonly string[];
}

/** Checks a whole pack: shape, every entry in every pack locale, unique ids, existing followUps. */
export function parseFaqPack(data: unknown, source: string, options: ParseOptions = {}): FaqPack {
  const issues: PackIssue[] = [];
  const root = z.looseObject({ entries: z.array(z.unknown()).min(1, 'at least 1 required') }).safeParse(data);
  if (!root.success) throw new FaqPackError(issuesOf(root.error, source));
  const { entries: _entries, ...rawMeta } = root.data;
  const meta = PackMeta.safeParse(rawMeta);
  if (!meta.success) issues.push(...issuesOf(meta.error, source));

  const parsed: { entry: FaqEntry; source: string; at: (path: string) => string }[] = [];
  root.data.entries.forEach((raw, i) => {
    const own = options.entrySources?.[i];
    const src = own ?? source;
    const prefix = own === undefined ? ['entries', String(i)] : [];
    const entry = Entry.safeParse(raw);
    if (!entry.success) issues.push(...issuesOf(entry.error, src, prefix));
    else parsed.push({ entry: entry.data, source: src, at: (path) => [...prefix, path].join('.') });
  });

  const ids = new Set<string>();
  for (const { entry, source: src, at } of parsed) {
    if (ids.has(entry.id)) issues.push({ source: src, path: at('id'), message: `duplicate id "${entry.id}"` });
    ids.add(entry.id);
    if (!meta.success) continue;
    for (const locale of meta.data.locales) {
      if (!(locale in entry.locales)) issues.push({ source: src, path: at(`locales.${locale}`), message: 'missing (every pack locale is required)' });
    }
    for (const locale of Object.keys(entry.locales)) {
      if (!meta.data.locales.includes(locale)) issues.push({ source: src, path: at(`locales.${locale}`), message: 'not a locale of the pack' });
    }
  }
  for (const { entry, source: src, at } of parsed) {
    entry.followUps.forEach((id, k) => {
      const path = at(`followUps.${k}`);
      if (id === entry.id) issues.push({ source: src, path, message: 'must not point at the entry itself' });
      else if (!ids.has(id)) issues.push({ source: src, path, message: `unknown entry id "${id}"` });
    });
  }

  if (issues.length > 0 || !meta.success) throw new FaqPackError(issues);
  return { ...meta.data, entries: parsed.map((p) => p.entry) };
}
