/// <reference types="vite/client" />
import { pickLocale, UI_FALLBACK } from '../../protocol/locale.ts';

/**
 * The UI language: which one, its strings, and `t`. One JSON file per UI language (a hashed asset, never
 * inlined): nothing but the chosen locale is fetched. The server picks the same language from the page's
 * `locale` parameter and Accept-Language and preloads its file with the page (server/routes/widget-page.ts),
 * so it arrives alongside the code, not after it. The files are flat i18next-style JSON ("{{name}}"
 * placeholders, no plurals); every file has every key (tests/widget/locales.test.ts).
 */
const LOCALES = import.meta.glob<string>('./locales/*.json', { query: '?url&no-inline', import: 'default', eager: true });
const UI_LOCALES = Object.keys(LOCALES).map((p) => p.slice('./locales/'.length, -'.json'.length));

type Strings = Record<string, string>;
const loaded: Record<string, Strings> = {};
let language = UI_FALLBACK;
let strings: Strings = {};
let redraw = () => {};

/** The init option's locale, else the browser's, matched to a UI language we ship. */
export const pickUiLocale = (requested: string | null, browser: readonly string[]): string => pickLocale([requested, ...browser], UI_LOCALES);

async function load(locale: string): Promise<Strings> {
  const response = await fetch(LOCALES[`./locales/${locale}.json`]!);
  if (!response.ok) throw new Error(`Kefu: the ${locale} strings did not load (${response.status})`);
  return (loaded[locale] = (await response.json()) as Strings);
}

/** Switches to `locale` (its file fetched once) and sets the document's language and direction (the CSS uses logical properties). */
async function use(locale: string): Promise<void> {
  strings = loaded[locale] ?? (await load(locale));
  language = locale;
  document.documentElement.lang = locale;
  document.documentElement.dir = /^(ar|fa|he|ur)\b/.test(locale) ? 'rtl' : 'ltr';
}

/** Loads the first language; `onChange` redraws when strings arrive later (the English fallback). */
export function initUiLanguage(locale: string, onChange: () => void): Promise<void> {
  redraw = onChange;
  return use(locale);
}

/** Switches the UI language at run time (host `setLocale`, native bridge). */
export async function changeUiLocale(requested: string): Promise<void> {
  const locale = pickUiLocale(requested, []);
  if (locale !== language) await use(locale);
}

/** A key this language lacks: English's, whose file is fetched (once) the first time one is missing; meanwhile, and failing that, the key. */
function fallback(key: string): string {
  if (!loaded[UI_FALLBACK]) {
    loaded[UI_FALLBACK] = {};
    load(UI_FALLBACK).then(redraw, console.error);
  }
  return loaded[UI_FALLBACK][key] ?? key;
}

/** The string for `key` in the UI language, its "{{name}}" placeholders filled from `values` (unescaped: Preact renders text). */
export const t = (key: string, values: Record<string, unknown> = {}): string =>
  (strings[key] ?? fallback(key)).replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));

const DAY_MS = 86_400_000;
/** A message's time in the UI language through Intl: "14:05" today, with the date when older. */
export function formatTime(ms: number, now = Date.now()): string {
  const options: Intl.DateTimeFormatOptions = now - ms < DAY_MS ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(language, options).format(ms);
}
