/// <reference types="vite/client" />
import i18next from 'i18next';
import { matchLocale } from '../../faq/locale.ts';

/** One lazily loaded chunk per UI language: nothing but the chosen locale is fetched. */
const LOCALES = import.meta.glob<{ default: Record<string, string> }>('./locales/*.json');
export const UI_LOCALES = Object.keys(LOCALES).map((p) => p.slice('./locales/'.length, -'.json'.length));
const FALLBACK = 'en';

/** The init option's locale, else the browser's, matched to a UI language we ship. */
export function pickUiLocale(requested: string | null, browser: readonly string[]): string {
  for (const tag of [requested, ...browser]) {
    const match = matchLocale(tag, UI_LOCALES);
    if (match) return match;
  }
  return FALLBACK;
}

export async function initI18n(locale: string): Promise<typeof i18next> {
  const load = LOCALES[`./locales/${locale}.json`] ?? LOCALES[`./locales/${FALLBACK}.json`]!;
  const strings = (await load()).default;
  await i18next.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: { translation: strings } },
    interpolation: { escapeValue: false }, // Preact renders text nodes: no HTML escaping needed or wanted
    initAsync: false,
  });
  return i18next;
}

export const t = (key: string, options?: Record<string, unknown>): string => i18next.t(key, options);
