import type { z } from 'zod';
import type { FaqEntryDoc } from '../../protocol/index.ts';

/**
 * The FAQ editor's model: an entry as its form holds it (alternates one per line, tags as chips), the
 * conversion to and from the pack's entry format, the server's field errors by field, the difference between two
 * versions of an entry (the history), and the search over entries. No DOM: tests/console/faq-draft.test.ts.
 */
export type EntryDoc = z.infer<typeof FaqEntryDoc>;

export interface LocaleDraft {
  question: string;
  /** One alternate per line. */
  alternates: string;
  answer: string;
}

export interface EntryDraft {
  id: string;
  /** Each a chip: lower case, none blank, none twice (see `withTags`). */
  tags: string[];
  followUps: string[];
  locales: Record<string, LocaleDraft>;
}

export const fromDoc = (doc: EntryDoc): EntryDraft => ({
  id: doc.id,
  tags: [...doc.tags],
  followUps: [...doc.followUps],
  locales: Object.fromEntries(Object.entries(doc.locales).map(([l, c]) => [l, { question: c.question, alternates: c.alternates.join('\n'), answer: c.answer }])),
});

/**
 * An entry as the editor names it, in its list and in another entry's follow-ups alike: its question in the console's
 * language, else in the first language shown, else in any; else its id.
 */
export const entryTitle = (e: Pick<EntryDoc, 'id' | 'locales'>, shown: readonly string[], consoleLanguage: string): string =>
  (e.locales[consoleLanguage] ?? e.locales[shown[0] ?? ''] ?? Object.values(e.locales)[0])?.question ?? e.id;

const items = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * The tags after an agent typed or pasted `text`: split at any comma (a Chinese comma or 、 too), each trimmed and in
 * lower case (the topics of labels and teams, and the matcher's tags such as `own-money`, are), the blank ones and those
 * already there dropped. The server asks only that none be blank.
 */
export const withTags = (tags: readonly string[], text: string): string[] => [...new Set([...tags, ...items(text.toLowerCase(), /[,，、]/)])];

/** The entry as the API takes it. Blank lines are dropped; nothing else is changed (the server judges). */
export const toDoc = (d: EntryDraft): EntryDoc => ({
  id: d.id.trim(),
  tags: d.tags,
  followUps: d.followUps,
  locales: Object.fromEntries(Object.entries(d.locales).map(([l, c]) => [l, { question: c.question.trim(), alternates: items(c.alternates, /\n/), answer: c.answer.trim() }])),
});

/** A new entry: every language of the pack, empty; `seed` puts a question (from the missed-questions inbox) in its language. */
export function emptyDraft(locales: readonly string[], seed?: { locale: string; question: string }): EntryDraft {
  const draft: EntryDraft = { id: '', tags: [], followUps: [], locales: Object.fromEntries(locales.map((l) => [l, { question: '', alternates: '', answer: '' }])) };
  if (seed && draft.locales[seed.locale]) draft.locales[seed.locale]!.question = seed.question;
  return draft;
}

export const sameEntry = (a: EntryDoc, b: EntryDoc): boolean => JSON.stringify(a) === JSON.stringify(b);

export type FieldErrors = ReadonlyMap<string, string[]>;

/** The server's issues by path ("locales.en.alternates.3" counts for "locales.en.alternates" too). */
export function fieldErrors(issues: readonly { path: string; message: string }[]): FieldErrors {
  const out = new Map<string, string[]>();
  for (const { path, message } of issues) {
    const parts = path.split('.');
    for (let n = 1; n <= parts.length; n++) {
      const key = parts.slice(0, n).join('.');
      out.set(key, [...(out.get(key) ?? []), message]);
    }
  }
  return out;
}

/** The messages for one field, or for any field under it. */
export const errorsAt = (errors: FieldErrors, path: string): string[] => errors.get(path) ?? [];

/** One field that differs between two versions of an entry; alternates and lists as what was removed and added. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
  removed?: string[];
  added?: string[];
}

const listChange = (field: string, before: readonly string[], after: readonly string[]): FieldChange | null => {
  const removed = before.filter((x) => !after.includes(x));
  const added = after.filter((x) => !before.includes(x));
  if (removed.length === 0 && added.length === 0 && before.join('\n') === after.join('\n')) return null;
  return { field, before: before.join(', '), after: after.join(', '), removed, added };
};

/** What an edit changed, field by field (`before`/`after` null: the entry did not exist, so every field of the other). */
export function entryChanges(before: EntryDoc | null, after: EntryDoc | null): FieldChange[] {
  const empty: EntryDoc = { id: '', tags: [], followUps: [], locales: {} };
  const a = before ?? empty;
  const b = after ?? empty;
  const out: (FieldChange | null)[] = [listChange('tags', a.tags, b.tags), listChange('followUps', a.followUps, b.followUps)];
  for (const locale of [...new Set([...Object.keys(a.locales), ...Object.keys(b.locales)])]) {
    const x = a.locales[locale];
    const y = b.locales[locale];
    for (const field of ['question', 'answer'] as const) {
      const [was, now] = [x?.[field] ?? '', y?.[field] ?? ''];
      if (was !== now) out.push({ field: `${locale}.${field}`, before: was, after: now });
    }
    out.push(listChange(`${locale}.alternates`, x?.alternates ?? [], y?.alternates ?? []));
  }
  return out.filter((c): c is FieldChange => c !== null);
}

/** Lower case, full-width folded (ＡＢＣ → abc), so a search finds what a person typed either way. */
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** The entries whose id, tags, questions, alternates or answers (any language) contain every word of `query`. */
export function searchEntries<T extends EntryDoc>(entries: readonly T[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((e) => {
    const hay = fold([e.id, ...e.tags, ...Object.values(e.locales).flatMap((c) => [c.question, ...c.alternates, c.answer])].join('\n'));
    return words.every((w) => hay.includes(w));
  });
}
