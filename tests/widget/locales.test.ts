import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOADER_LOCALES, dismissLabel, launcherLabel } from '../../widget/loader/strings.ts';

const DIR = path.resolve(import.meta.dirname, '../../widget/app/locales');
const UI = ['zh-CN', 'zh-TW', 'en', 'ja', 'ko', 'es', 'fr', 'de', 'pt-BR', 'id', 'vi', 'ar'];
const read = (locale: string) => JSON.parse(readFileSync(path.join(DIR, `${locale}.json`), 'utf8')) as Record<string, unknown>;
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI languages', () => {
  it('ships exactly the twelve UI languages, one file each', () => {
    expect(readdirSync(DIR).map((f) => f.replace(/\.json$/, '')).sort()).toEqual([...UI].sort());
  });

  const en = read('en');
  it.each(UI)('%s has every key of en.json, non-empty, with the same {{placeholders}}, and nothing else', (locale) => {
    const strings = read(locale);
    expect(Object.keys(strings).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(strings)) {
      expect(typeof value === 'string' && value.trim().length > 0, `${locale}.${key}`).toBe(true);
      expect(placeholders(value as string), `${locale}.${key}`).toEqual(placeholders(en[key] as string));
    }
  });

  it('the loader has its launcher strings in all twelve, matched through the shared locale normaliser', () => {
    expect([...LOADER_LOCALES].sort()).toEqual([...UI].sort());
    for (const label of [launcherLabel, dismissLabel]) {
      expect(label('zh-Hant-HK')).toBe(label('zh-TW'));
      expect(label('zh')).toBe(label('zh-CN'));
      expect(label('pt')).toBe(label('pt-BR'));
      expect(label('ar-EG')).toBe(label('ar'));
      expect(label('xx-YY')).toBe(label('en'));
    }
    expect(new Set(UI.map(launcherLabel)).size).toBe(UI.length);
    expect(UI.map(dismissLabel).every((s) => s.length > 0)).toBe(true);
  });
});
