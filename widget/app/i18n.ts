/// <reference types="vite/client" />
import i18next from 'i18next';
import { pickLocale } from '../../protocol/locale.ts';

/**
 * One JSON file per UI language (a hashed asset, never inlined): nothing but the chosen locale is fetched.
 * The server picks the same language from the page's `locale` parameter and Accept-Language and preloads
 * its file with the page (server/routes/widget-page.ts), so it arrives alongside the code, not after it.
 */
const LOCALES = import.meta.glob<string>('./locales/*.json', { query: '?url&no-inline', import: 'default', eager: true });
const UI_LOCALES = Object.keys(LOCALES).map((p) => p.slice('./locales/'.length, -'.json'.length));

/** The init option's locale, else the browser's, matched to a UI language we ship. */
export const pickUiLocale = (requested: string | null, browser: readonly string[]): string => pickLocale([requested, ...browser], UI_LOCALES);

async function loadStrings(locale: string): Promise<Record<string, string>> {
  const response = await fetch(LOCALES[`./locales/${locale}.json`]!);
  if (!response.ok) throw new Error(`Kefu: the ${locale} strings did not load (${response.status})`);
  return response.json() as Promise<Record<string, string>>;
}

/** Sets the document's language and direction (Arabic is right-to-left; the CSS uses logical properties). */
function applyToDocument(locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = i18next.dir(locale);
}

export async function initI18n(locale: string): Promise<typeof i18next> {
  await i18next.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: { translation: await loadStrings(locale) } },
    interpolation: { escapeValue: false }, // Preact renders text nodes: no HTML escaping needed or wanted
    initAsync: false,
  });
  applyToDocument(locale);
  return i18next;
}

/** Switches the UI language at run time (host `setLocale`, native bridge); loads that chunk once. */
export async function changeUiLocale(requested: string): Promise<void> {
  const locale = pickUiLocale(requested, []);
  if (locale === i18next.language) return;
  if (!i18next.hasResourceBundle(locale, 'translation')) i18next.addResourceBundle(locale, 'translation', await loadStrings(locale));
  await i18next.changeLanguage(locale);
  applyToDocument(locale);
}

export const t = (key: string, options?: Record<string, unknown>): string => i18next.t(key, options);

const DAY_MS = 86_400_000;
/** A message's time in the UI language through Intl: "14:05" today, with the date when older. */
export function formatTime(ms: number, now = Date.now()): string {
  const options: Intl.DateTimeFormatOptions = now - ms < DAY_MS ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(i18next.language, options).format(ms);
}
