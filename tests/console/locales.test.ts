import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PAGES } from '../../console/pages.ts';

/**
 * The console's languages: each language has every key of English (its file plus the admin screens' part,
 * console/locales/admin/) with the same {{placeholders}}; every key the console's code asks for exists (literal
 * `t('…')` calls, and page titles from the registry), and every key the code outside the admin screens names is in the
 * file a first load fetches; Chinese strings use full-width punctuation after Chinese text.
 */
const ROOT = path.resolve(import.meta.dirname, '../../console');
const DIR = path.join(ROOT, 'locales');
const LOCALES = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const readFile = (file: string) => JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as Record<string, string>;
/** A language's strings: its file and its admin part. */
const read = (locale: string) => ({ ...readFile(`${locale}.json`), ...readFile(`admin/${locale}.json`) });
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const en = read('en');

/** The admin screens: their pages come with the admin part (pages.ts). */
const ADMIN_SCREENS = /^(admin|faq)\/|^security\/(AuditLog\.tsx|audit-values\.ts)$|^pages\/(Reports|ReportChart)\.tsx$/;

function sources(dir: string, admin: boolean | null = null, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'locales' ? [] : sources(path.join(dir, e.name), admin, `${prefix}${e.name}/`))
    : /\.tsx?$/.test(e.name) && (admin === null || ADMIN_SCREENS.test(prefix + e.name) === admin) ? [readFileSync(path.join(dir, e.name), 'utf8')] : [],
  );
}

describe('console languages', () => {
  it('ships at least Simplified Chinese, Traditional Chinese and English', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['zh-CN', 'zh-TW', 'en']));
  });

  it.each(LOCALES)('%s has every key of English, non-empty, with the same {{placeholders}}, and nothing else; its admin part and file share no key and split as English does', (locale) => {
    const strings = read(locale);
    const [file, part] = [readFile(`${locale}.json`), readFile(`admin/${locale}.json`)];
    expect(Object.keys(file).filter((k) => k in part)).toEqual([]);
    expect(Object.keys(part).sort()).toEqual(Object.keys(readFile('admin/en.json')).sort());
    expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(strings)) {
      expect(value.trim().length > 0, `${locale}.${key}`).toBe(true);
      expect(placeholders(value), `${locale}.${key}`).toEqual(placeholders(en[key]!));
    }
  });

  it('every key the code names and every page title exists in English; what the code outside the admin screens names is in the first-load file', () => {
    const code = sources(ROOT).join('\n');
    const literal = [...code.matchAll(/\bt\('([\w]+)'/g)].map((m) => m[1]!);
    expect(literal.length).toBeGreaterThan(50);
    const first = readFile('en.json');
    const missing = [...new Set([...literal, ...PAGES.map((p) => p.title)])].filter((k) => !(k in en));
    expect(missing).toEqual([]);
    // What the code outside the admin screens names is in the file a first load fetches (never waiting on the part).
    const outside = sources(ROOT, false).join('\n');
    const named = [...outside.matchAll(/\bt\('([\w]+)'/g)].map((m) => m[1]!);
    expect([...new Set([...named, ...PAGES.map((p) => p.title)])].filter((k) => !(k in first))).toEqual([]);
    // (and no admin key appears there quoted at all: in a ternary, a table of keys…)
    expect(Object.keys(readFile('admin/en.json')).filter((k) => new RegExp(`['"\`]${k}['"\`]`).test(outside))).toEqual([]);
    // Keys built from a prefix: every value the code can produce.
    const families: Record<string, string[]> = {
      status_: ['bot', 'waiting', 'assigned', 'closed'],
      view_: ['waiting', 'mine', 'open', 'closed'],
      conn_: ['connecting', 'online', 'reconnecting', 'closed'],
      presence_: ['online', 'away', 'offline'],
      role_: ['agent', 'admin'],
      theme_: ['system', 'light', 'dark'],
      author_: ['visitor', 'bot', 'agent', 'system'],
    };
    for (const [prefix, values] of Object.entries(families)) {
      expect(code).toContain(`\`${prefix}\${`);
      for (const v of values) expect(first, `${prefix}${v}`).toHaveProperty(`${prefix}${v}`);
    }
  });

  it.each(['zh-CN', 'zh-TW'])('%s puts full-width punctuation after Chinese text', (locale) => {
    for (const [key, value] of Object.entries(read(locale))) expect(value, `${locale}.${key}`).not.toMatch(/[\u4e00-\u9fff][,.:;!?()]/);
  });

  it('an empty list says what fills it or what to do next, in every language (session 45: "No labels yet." and "Pick a conversation." said nothing an agent could act on)', () => {
    const EMPTY = ['labels_empty', 'canned_empty', 'webhooks_empty', 'tickets_empty', 'pick_conversation', 'teams_empty', 'inbox_empty_snoozed', 'mentions_empty'];
    for (const locale of LOCALES) {
      const strings = read(locale);
      // A bare "No tickets yet." is one sentence; each of these says what to do after it (its second part).
      const bare = EMPTY.filter((key) => strings[key]!.split(/[.。:：,，]\s*/u).filter(Boolean).length < 2);
      expect(bare, locale).toEqual([]);
    }
  });
});
