import { pickLocale, UI_FALLBACK } from '../protocol/locale.ts';

/**
 * The apps' translation module (the widget's and the console's): which language, its strings, and `t`. Each
 * app passes the URLs of its own JSON files (a Vite glob with `?url&no-inline`: hashed assets, never inlined),
 * keyed "./locales/<locale>.json"; only the chosen one is fetched. The files are flat i18next-style JSON
 * ("{{name}}" placeholders, no plurals). An app may keep the strings of screens few people open in parts of their own
 * (files of the same shape, per language), fetched with those screens (`need`) and, from then on, with every language.
 */
export interface I18n {
  /** The requested locale, else the browser's, matched to a language the app ships (English failing all). */
  pick(requested: string | null, browser: readonly string[]): string;
  /** Loads the first language; `onChange` redraws when strings arrive later (the English fallback). */
  init(locale: string, onChange: () => void): Promise<void>;
  /** Switches at run time (its file, and the parts needed so far, fetched once); the new strings are used once all are in. */
  change(requested: string): Promise<void>;
  /** A part's strings in the current language (and in every later one): resolves once they are in. */
  need(part: string): Promise<void>;
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

/** A language's file URL by locale, from a glob's "./…/<locale>.json" keys. */
function byLocale(files: Record<string, string>): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [file, url] of Object.entries(files)) urls[file.slice(file.lastIndexOf('/') + 1, -'.json'.length)] = url;
  return urls;
}

export function createI18n(files: Record<string, string>, parts: Record<string, Record<string, string>> = {}): I18n {
  const urls = byLocale(files);
  const partUrls = Object.fromEntries(Object.entries(parts).map(([name, partFiles]) => [name, byLocale(partFiles)]));
  const locales = Object.keys(urls);
  /** Per language, its strings with the parts needed when it was loaded (a part needed later is merged in). */
  const loaded: Record<string, Strings> = {};
  /** Each file's strings, by URL (a failed one is fetched again when next asked for). */
  const got: Record<string, Strings> = {};
  const needed: string[] = [];
  let language = UI_FALLBACK;
  let strings: Strings = {};
  let redraw = () => {};

  const get = async (url: string, what: string): Promise<Strings> => {
    if (got[url]) return got[url];
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Kefu: the ${what} strings did not load (${response.status})`);
    return (got[url] = (await response.json()) as Strings);
  };
  /** A language's file and the parts needed so far, all in before any is used (no screen shows half its strings). */
  const load = async (locale: string): Promise<Strings> =>
    (loaded[locale] = Object.assign({}, ...(await Promise.all([get(urls[locale]!, locale), ...needed.map((part) => get(partUrls[part]![locale]!, `${locale} ${part}`))]))) as Strings);
  const needing = (part: string) => needed.includes(part) || needed.push(part);
  /** Sets the document's language and direction too (the CSS uses logical properties). */
  const use = async (locale: string) => {
    strings = await load(locale);
    language = locale;
    document.documentElement.lang = locale;
    document.documentElement.dir = /^(ar|fa|he|ur)\b/.test(locale) ? 'rtl' : 'ltr';
  };
  /**
   * A key this language lacks. While some part is not in yet, it may be there: every part is fetched, then redrawn
   * (meanwhile nothing shows, never the key). Else English's, fetched (once) the first time one is missing;
   * meanwhile, and failing that, the key.
   */
  const fallback = (key: string): string => {
    if (needed.length < Object.keys(partUrls).length && loaded[language]) {
      const locale = language;
      Object.keys(partUrls).forEach(needing);
      load(locale).then((got) => locale === language && ((strings = got), redraw()), console.error);
      return '';
    }
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
    need: async (part: string) => {
      if (!partUrls[part]) throw new Error(`Kefu: no strings part "${part}"`);
      needing(part);
      const locale = language;
      const got = await load(locale);
      if (locale === language) strings = got; // (switched meanwhile: that language's load brought the part)
    },
    t: (key, values = {}) => (strings[key] ?? fallback(key)).replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => String(values[name] ?? placeholder)),
    tIn: (locale, key) => loaded[locale]?.[key] ?? strings[key] ?? fallback(key),
    language: () => language,
  };
}
