import { byLocale, createI18n, fetchStrings, type I18n, type Strings } from './i18n.ts';

/**
 * Strings parts on the translation module (ui/i18n.ts), for an app that keeps the strings of screens few people open
 * apart from each language's file (the console's admin screens, console/locales/admin/): files of the same shape, per
 * language, fetched with those screens (`need`) and, from then on, with every language switched to (`change` uses the
 * new strings once its file and every part needed so far are in). Only the console imports it: the widget's bundle
 * carries none of it.
 */
export interface I18nWithParts extends I18n {
  /** A part's strings in the current language (and in every later one): resolves once they are in. */
  need(part: string): Promise<void>;
}

export function createI18nWithParts(files: Record<string, string>, parts: Record<string, Record<string, string>>): I18nWithParts {
  const partUrls = Object.fromEntries(Object.entries(parts).map(([name, partFiles]) => [name, byLocale(partFiles)]));
  /** Each file's strings, by URL (a failed one is fetched again when next asked for). */
  const got: Record<string, Strings> = {};
  const get = async (url: string, what: string) => got[url] ?? (got[url] = await fetchStrings(url, what));
  const needed: string[] = [];
  const needing = (part: string) => needed.includes(part) || needed.push(part);
  /** The redraw, once the first language is in (a key missing before that is English's). */
  let redraw: (() => void) | undefined;
  let reload: () => Promise<unknown> = async () => {};

  const i18n = createI18n(files, (reloadCurrent) => {
    reload = reloadCurrent;
    return {
      /** A language's file and the parts needed so far, all in before any is used (no screen shows half its strings). */
      load: async (url, locale) =>
        Object.assign({}, ...(await Promise.all([get(url, locale), ...needed.map((part) => get(partUrls[part]![locale]!, `${locale} ${part}`))]))) as Strings,
      /** While some part is not in yet, a key may be there: every part is fetched, then redrawn (meanwhile nothing shows, never the key). */
      missing: () => {
        if (!redraw || needed.length === Object.keys(partUrls).length) return undefined;
        Object.keys(partUrls).forEach(needing);
        reload().then(redraw, console.error);
        return '';
      },
    };
  });

  return {
    ...i18n,
    init: async (locale, onChange) => {
      await i18n.init(locale, onChange);
      redraw = onChange;
    },
    need: async (part) => {
      if (!partUrls[part]) throw new Error(`Kefu: no strings part "${part}"`);
      needing(part);
      await reload();
    },
  };
}
