import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PAGES } from '../../console/pages.ts';

/**
 * The console's languages: each file has every key of en.json with the same {{placeholders}}; every key the
 * console's code asks for exists (literal `t('…')` calls, and page titles from the registry); Chinese strings use
 * full-width punctuation after Chinese text.
 */
const ROOT = path.resolve(import.meta.dirname, '../../console');
const DIR = path.join(ROOT, 'locales');
const LOCALES = readdirSync(DIR).map((f) => f.replace(/\.json$/, ''));
const read = (locale: string) => JSON.parse(readFileSync(path.join(DIR, `${locale}.json`), 'utf8')) as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const en = read('en');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'locales' ? [] : sources(path.join(dir, e.name))) : /\.tsx?$/.test(e.name) ? [readFileSync(path.join(dir, e.name), 'utf8')] : [],
  );
}

describe('console languages', () => {
  it('ships at least Simplified Chinese, Traditional Chinese and English', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['zh-CN', 'zh-TW', 'en']));
  });

  it.each(LOCALES)('%s has every key of en.json, non-empty, with the same {{placeholders}}, and nothing else', (locale) => {
    const strings = read(locale);
    expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(strings)) {
      expect(value.trim().length > 0, `${locale}.${key}`).toBe(true);
      expect(placeholders(value), `${locale}.${key}`).toEqual(placeholders(en[key]!));
    }
  });

  it('every key the code names and every page title exists in en.json', () => {
    const code = sources(ROOT).join('\n');
    const literal = [...code.matchAll(/\bt\('([\w]+)'/g)].map((m) => m[1]!);
    expect(literal.length).toBeGreaterThan(50);
    const missing = [...new Set([...literal, ...PAGES.map((p) => p.title)])].filter((k) => !(k in en));
    expect(missing).toEqual([]);
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
      for (const v of values) expect(en, `${prefix}${v}`).toHaveProperty(`${prefix}${v}`);
    }
  });

  it.each(['zh-CN', 'zh-TW'])('%s puts full-width punctuation after Chinese text', (locale) => {
    for (const [key, value] of Object.entries(read(locale))) expect(value, `${locale}.${key}`).not.toMatch(/[\u4e00-\u9fff][,.:;!?()]/);
  });
});
