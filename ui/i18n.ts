import { pickLocale, UI_FALLBACK } from '../protocol/locale.ts';

/**
 * The apps' translation module (the widget's and the console's): which language, its strings, and `t`. Each
 * app passes the URLs of its own JSON files (a Vite glob with `?url&no-inline`: hashed assets, never inlined),
 * keyed "./locales/<locale>.json"; only the chosen one is fetched. The files are flat i18next-style JSON
 * ("{{name}}" placeholders, no plurals). An app may add to each language's file (`Extension`): the console's strings
 * parts (ui/i18n-parts.ts) plug in there, so the widget carries none of their code.
 */
export interface I18n {
  /** The requested locale, else the browser's, matched to a language the app ships (English failing all). */
  pick(requested: string | null, browser: readonly string[]): string;
  /** Loads the first language; `onChange` redraws when strings arrive later (the English fallback). */
  init(locale: string, onChange: () => void): Promise<void>;
  /** Switches at run time (its file fetched once); the new strings are used once all are in. */
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

export type Strings = Record<string, string>;

/** A language's file URL by locale, from a glob's "./…/<locale>.json" keys. */
export function byLocale(files: Record<string, string>): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [file, url] of Object.entries(files)) urls[file.slice(file.lastIndexOf('/') + 1, -'.json'.length)] = url;
  return urls;
}

/** A strings file: a language's (`what` its locale) or a part of one; one that fails is an error naming it. */
export async function fetchStrings(url: string, what: string): Promise<Strings> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Kefu: the ${what} strings did not load (${response.status})`);
  return (await response.json()) as Strings;
}

/** What an app adds to its languages' files (the console's strings parts, ui/i18n-parts.ts). */
export interface Extension {
  /** A language's strings, whole, each time it is used: its own file and what the app adds, all in before any is used. */
  load(url: string, locale: string): Promise<Strings>;
  /** A key the current language lacks: what shows until what may hold it is in, or undefined for English's. */
  missing(): string | undefined;
}

/** `extend` gets `reload`: the current language's strings loaded again (shown once in, if it is still current). */
export function createI18n(files: Record<string, string>, extend?: (reload: () => Promise<unknown>) => Extension): I18n {
  const urls = byLocale(files);
  const locales = Object.keys(urls);
  /** Per language, its strings; the current language's are the ones shown. */
  const loaded: Record<string, Strings> = {};
  let language = UI_FALLBACK;
  let redraw = () => {};

  const load = async (locale: string): Promise<Strings> => (loaded[locale] = await (extension?.load ?? fetchStrings)(urls[locale]!, locale));
  const extension = extend?.(() => load(language));
  /** Sets the document's language and direction too (the CSS uses logical properties). */
  const use = async (locale: string) => {
    if (extension || !loaded[locale]) await load(locale);
    language = locale;
    document.documentElement.lang = locale;
    document.documentElement.dir = /^(ar|fa|he|ur)\b/.test(locale) ? 'rtl' : 'ltr';
  };
  /** A key this language lacks: English's, fetched (once) the first time one is missing; meanwhile, and failing that, the key. */
  const english = (key: string): string => {
    if (!loaded[UI_FALLBACK]) {
      loaded[UI_FALLBACK] = {};
      load(UI_FALLBACK).then(redraw, console.error);
    }
    return loaded[UI_FALLBACK][key] ?? key;
  };
  /** The extension's stand-in first (nothing while a part that may hold the key comes), else English's. */
  const fallback = (key: string) => extension?.missing() ?? english(key);
  const pick = (requested: string | null, browser: readonly string[]) => pickLocale([requested, ...browser], locales);

  return {
    locales,
    pick,
    init: (locale, onChange) => ((redraw = onChange), use(locale)),
    change: async (requested) => {
      const locale = pick(requested, []);
      if (locale !== language) await use(locale);
    },
    t: (key, values = {}) => (loaded[language]?.[key] ?? fallback(key)).replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => String(values[name] ?? placeholder)),
    tIn: (locale, key) => loaded[locale]?.[key] ?? loaded[language]?.[key] ?? fallback(key),
    language: () => language,
  };
}
