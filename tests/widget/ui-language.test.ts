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

  it("a message's time by calendar day: last night's 23:54 after midnight is yesterday's, not a bare 23:54", async () => {
    const { ui } = await fresh();
    const at = (day: number, h: number, m: number) => new Date(2026, 11, day, h, m).getTime();
    const now = at(5, 0, 4); // four minutes past midnight
    await ui.initUiLanguage('zh-CN', () => {});
    expect(ui.formatTime(at(5, 0, 1), now)).toBe('00:01');
    expect(ui.formatTime(at(4, 23, 54), now)).toBe('昨天 23:54'); // 10 minutes ago, but yesterday
    expect(ui.formatTime(at(3, 23, 54), now)).toMatch(/^2026年12月3日 23:54$/);
    await ui.changeUiLocale('en');
    expect(ui.formatTime(at(4, 23, 54), now).replace(/\s/g, ' ')).toBe('Yesterday 11:54 PM');
    expect(ui.formatTime(at(4, 0, 30), now).replace(/\s/g, ' ')).toBe('Yesterday 12:30 AM');
    expect(ui.formatTime(at(3, 23, 54), now).replace(/\s/g, ' ')).toBe('Dec 3, 2026, 11:54 PM');
  });
});
