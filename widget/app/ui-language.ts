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

const DAY_MS = 86_400_000;
/** A message's time in the UI language through Intl: "14:05" today, with the date when older. */
export function formatTime(ms: number, now = Date.now()): string {
  const options: Intl.DateTimeFormatOptions = now - ms < DAY_MS ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(i18n.language(), options).format(ms);
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
