import { pickLocale, UI_FALLBACK } from '../protocol/locale.ts';

/**
 * The apps' translation module (the widget's and the console's): which language, its strings, and `t`. Each
 * app passes the URLs of its own JSON files (a Vite glob with `?url&no-inline`: hashed assets, never inlined),
 * keyed "./locales/<locale>.json"; only the chosen one is fetched. The files are flat i18next-style JSON
 * ("{{name}}" placeholders, no plurals).
 */
export interface I18n {
  /** The requested locale, else the browser's, matched to a language the app ships (English failing all). */
  pick(requested: string | null, browser: readonly string[]): string;
  /** Loads the first language; `onChange` redraws when strings arrive later (the English fallback). */
  init(locale: string, onChange: () => void): Promise<void>;
  /** Switches at run time (its file fetched once). */
  change(requested: string): Promise<void>;
  /** The string for `key`, its "{{name}}" placeholders filled from `values` (unescaped: Preact renders text). */
  t(key: string, values?: Record<string, unknown>): string;
  /** The string for `key` in a language loaded before (the one the app started in), else in the current one. */
  tIn(locale: string, key: string): string;
  /** The current language. */
  language(): string;
  /** The languages this app ships. */
  readonly locales: readonly string[];
}

type Strings = Record<string, string>;

export function createI18n(files: Record<string, string>): I18n {
  const urls: Record<string, string> = {};
  for (const [file, url] of Object.entries(files)) urls[file.slice(file.lastIndexOf('/') + 1, -'.json'.length)] = url;
  const locales = Object.keys(urls);
  const loaded: Record<string, Strings> = {};
  let language = UI_FALLBACK;
  let strings: Strings = {};
  let redraw = () => {};

  const load = async (locale: string): Promise<Strings> => {
    const response = await fetch(urls[locale]!);
    if (!response.ok) throw new Error(`Kefu: the ${locale} strings did not load (${response.status})`);
    return (loaded[locale] = (await response.json()) as Strings);
  };
  /** Sets the document's language and direction too (the CSS uses logical properties). */
  const use = async (locale: string) => {
    strings = loaded[locale] ?? (await load(locale));
    language = locale;
    document.documentElement.lang = locale;
    document.documentElement.dir = /^(ar|fa|he|ur)\b/.test(locale) ? 'rtl' : 'ltr';
  };
  /** A key this language lacks: English's, fetched (once) the first time one is missing; meanwhile, and failing that, the key. */
  const fallback = (key: string): string => {
    if (!loaded[UI_FALLBACK]) {
      loaded[UI_FALLBACK] = {};
      load(UI_FALLBACK).then(redraw, console.error);
    }
    return loaded[UI_FALLBACK][key] ?? key;
  };
  const pick = (requested: string | null, browser: readonly string[]) => pickLocale([requested, ...browser], locales);

  return {
    locales,
    pick,
    init: (locale, onChange) => ((redraw = onChange), use(locale)),
    change: async (requested) => {
      const locale = pick(requested, []);
      if (locale !== language) await use(locale);
    },
    t: (key, values = {}) => (strings[key] ?? fallback(key)).replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => String(values[name] ?? placeholder)),
    tIn: (locale, key) => loaded[locale]?.[key] ?? strings[key] ?? fallback(key),
    language: () => language,
  };
}
