/// <reference types="vite/client" />
import { createI18n } from '../../ui/i18n.ts';

/**
 * The widget's UI language on the shared translation module (ui/i18n.ts), over its own JSON files. The server
 * picks the same language from the page's `locale` parameter and Accept-Language and preloads its file with
 * the page (server/routes/widget-page.ts), so it arrives alongside the code, not after it. Every file has every
 * key (tests/widget/locales.test.ts).
 */
const i18n = createI18n(import.meta.glob<string>('./locales/*.json', { query: '?url&no-inline', import: 'default', eager: true }));

/** The init option's locale, else the browser's, matched to a UI language we ship. */
export const pickUiLocale = i18n.pick;
/** Loads the first language; `onChange` redraws when strings arrive later (the English fallback). */
export const initUiLanguage = i18n.init;
/** Switches the UI language at run time (host `setLocale`, native bridge). */
export const changeUiLocale = i18n.change;
export const t = i18n.t;
/** A string in the language the widget started in (its way back from a language it switched to), whatever it shows now. */
export const tIn = i18n.tIn;
/** The language the widget's words are in now. */
export const uiLanguage = i18n.language;

const DAY_MS = 86_400_000;
/**
 * A message's time in the UI language through Intl, by calendar day (23:54 last night is not "23:54" after
 * midnight): "14:05" today, "Yesterday 23:54" ("昨天 23:54"), else with the date.
 */
export function formatTime(ms: number, now = Date.now()): string {
  const language = i18n.language();
  const days = Math.round((new Date(now).setHours(0, 0, 0, 0) - new Date(ms).setHours(0, 0, 0, 0)) / DAY_MS);
  if (days === 1) {
    const yesterday = new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(-1, 'day');
    return `${yesterday.charAt(0).toLocaleUpperCase(language)}${yesterday.slice(1)} ${formatTime(ms, ms)}`;
  }
  const options: Intl.DateTimeFormatOptions = days <= 0 ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(language, options).format(ms);
}

/**
 * A time ahead, in the visitor's own time zone and language: "09:00" today, "Mon 09:00" within the week,
 * else with the date ("12 Dec, 09:00").
 */
export function formatWhen(ms: number, now = Date.now()): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { timeStyle: 'short' }
    : ms - now < 6 * DAY_MS
      ? { weekday: 'short', hour: 'numeric', minute: '2-digit' }
      : { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(i18n.language(), options).format(ms);
}
