import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../widget/app/locales');
const file = (url: string) => JSON.parse(readFileSync(path.join(DIR, path.basename(url).replace(/\?.*/, '')), 'utf8')) as Record<string, string>;
const en = file('en.json');

/** A fresh module per test (its language is module state), with `fetch` serving the locale files, or `edit`ed ones. */
async function fresh(edit: (locale: string, strings: Record<string, string>) => Record<string, string> = (_, s) => s) {
  vi.resetModules();
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const locale = path.basename(url).replace(/\.json.*/, '');
    fetched.push(locale);
    return { ok: true, json: async () => edit(locale, file(url)) };
  });
  return { ui: await import('../../widget/app/ui-language.ts'), fetched };
}

describe('the UI language', () => {
  beforeEach(() => vi.stubGlobal('document', { documentElement: {} }));
  afterEach(() => vi.unstubAllGlobals());

  it('loads the chosen language only, fills {{placeholders}} unescaped, and keeps a placeholder it has no value for', async () => {
    const { ui, fetched } = await fresh();
    await ui.initUiLanguage(ui.pickUiLocale(null, ['fr-CA', 'en']), () => {});
    expect(fetched).toEqual(['fr']);
    expect(ui.t('title')).toBe(file('fr.json').title);
    expect(ui.t('agent_typing', { name: '<b>Ana</b>' })).toBe(file('fr.json').agent_typing!.replace('{{name}}', '<b>Ana</b>'));
    expect(ui.t('queue_estimate')).toContain('{{minutes}}');
    expect(ui.t('queue_position', { position: 2 })).toContain('2');
  });

  it('sets lang and dir: right-to-left for Arabic, back to left-to-right, each file fetched once', async () => {
    const { ui, fetched } = await fresh();
    await ui.initUiLanguage('en', () => {});
    await ui.changeUiLocale('ar-EG');
    expect(document.documentElement).toEqual({ lang: 'ar', dir: 'rtl' });
    await ui.changeUiLocale('zh-Hant-HK');
    expect(document.documentElement).toEqual({ lang: 'zh-TW', dir: 'ltr' });
    await ui.changeUiLocale('ar');
    expect(ui.t('send')).toBe(file('ar.json').send);
    expect(fetched).toEqual(['en', 'ar', 'zh-TW']);
  });

  it('a key the language lacks: the key until English arrives (fetched once, then a redraw), then English; a key no file has stays the key', async () => {
    const { ui, fetched } = await fresh((locale, s) => (locale == 'de' ? Object.fromEntries(Object.entries(s).filter(([k]) => k != 'send')) : s));
    const redraw = vi.fn();
    await ui.initUiLanguage('de', redraw);
    expect(ui.t('send')).toBe('send');
    await vi.waitFor(() => expect(redraw).toHaveBeenCalledTimes(1));
    expect(ui.t('send')).toBe(en.send);
    expect(ui.t('no_such_key')).toBe('no_such_key');
    expect(ui.t('title')).toBe(file('de.json').title);
    expect(fetched).toEqual(['de', 'en']);
  });
});
