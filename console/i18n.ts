/// <reference types="vite/client" />
import { createI18nWithParts } from '../ui/i18n-parts.ts';

/**
 * The console's language, on the apps' translation module with strings parts (ui/i18n-parts.ts) over console/locales/*.json: the
 * agent's choice (their profile), else the browser's, else English. The strings of the admin screens (people, teams,
 * sites, webhooks, security and audit, canned replies, the FAQ editor, reports) are a part of their own
 * (console/locales/admin/*.json), fetched with those screens' chunks (pages.ts). Every language has every key
 * (tests/console/locales.test.ts).
 */
const i18n = createI18nWithParts(import.meta.glob<string>('./locales/*.json', { query: '?url&no-inline', import: 'default', eager: true }), {
  admin: import.meta.glob<string>('./locales/admin/*.json', { query: '?url&no-inline', import: 'default', eager: true }),
});

export const { t, pick: pickLocale, init: initLanguage, change: changeLanguage, need: needStrings, language, locales } = i18n;

export { languageName } from './language-name.ts';

/** "14:05" in the console language. */
export const formatTime = (ms: number): string => new Intl.DateTimeFormat(language(), { timeStyle: 'short' }).format(ms);

/** Whole calendar days from `ms` to `now` (0 today, 1 yesterday). */
const daysAgo = (ms: number, now: number) => Math.round((new Date(now).setHours(0, 0, 0, 0) - new Date(ms).setHours(0, 0, 0, 0)) / 86_400_000);
/** "today" / "yesterday" in the console language ("今天" / "昨天"). */
const relativeDay = (days: 0 | 1) => new Intl.RelativeTimeFormat(language(), { numeric: 'auto' }).format(-days, 'day');

/** "14:05" today, "yesterday 14:05" ("昨天 14:05"), "Mon 14:05" this week, else the date. */
export function formatWhen(ms: number, now = Date.now()): string {
  const day = 86_400_000;
  const days = daysAgo(ms, now);
  if (days === 0) return formatTime(ms);
  if (days === 1) return `${relativeDay(1)} ${formatTime(ms)}`;
  const options: Intl.DateTimeFormatOptions = now - ms < 6 * day ? { weekday: 'short', hour: 'numeric', minute: '2-digit' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(language(), options).format(ms);
}

/** "5 min", "1 hr, 5 min" (a wait), in the console language. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  const unit = (value: number, u: 'minute' | 'hour') => new Intl.NumberFormat(language(), { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  return minutes < 60 ? unit(minutes, 'minute') : `${unit(Math.floor(minutes / 60), 'hour')} ${minutes % 60 ? unit(minutes % 60, 'minute') : ''}`.trim();
}

/** A day divider: "Today", "Yesterday", else the date ("Monday, 30 November"). */
export function formatDay(ms: number, now = Date.now()): string {
  const days = daysAgo(ms, now);
  if (days === 0 || days === 1) return relativeDay(days);
  return new Intl.DateTimeFormat(language(), { weekday: 'long', month: 'long', day: 'numeric', ...(days > 300 ? { year: 'numeric' } : {}) }).format(ms);
}
