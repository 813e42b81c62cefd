/**
 * A snooze's wake time as the console says it, in `locale` and the agent's own time zone, its hour always written as
 * the locale's short time ("9:00 AM", "09:00", "上午9:00"): the time alone today, "tomorrow 9:00 AM" (`relative`; else
 * "Tue 9:00 AM": the menu's choice says "Tomorrow" already), "Mon 9:00 AM" within the week, else "Dec 21, 9:00 AM"
 * (the date with the locale's own mark before a time: "12月21日 09:00"). One hour format and one spacing in every form:
 * Intl's weekday-with-time pattern alone wrote zh-CN "周二09:00" beside "12月21日 9:00". No i18n import: the
 * timeline's lines use it too.
 */
export function formatWake(ms: number, now: number, locale: string, relative = true): string {
  const days = Math.round((new Date(ms).setHours(0, 0, 0, 0) - new Date(now).setHours(0, 0, 0, 0)) / 86_400_000);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(ms);
  if (days <= 0) return time;
  if (days === 1 && relative) return `${new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day')} ${time}`;
  if (days < 7) return `${new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(ms)} ${time}`;
  return `${dateBeforeTime(locale, ms)}${time}`;
}

/** The date as `locale` writes it before a time, its mark included ("Dec 21, ", "12月21日 "). */
function dateBeforeTime(locale: string, ms: number): string {
  const parts = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).formatToParts(ms);
  const first = parts.findIndex((p) => p.type === 'hour' || p.type === 'dayPeriod');
  if (first > 0) return parts.slice(0, first).map((p) => p.value).join('');
  return `${new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(ms)} `; // a locale that writes the time first
}

const HOUR = 3_600_000;

/** `at`'s day (local time) `days` later, at `hour` o'clock, else at `at`'s own local time (kept across a daylight-saving change). */
const dayOn = (at: Date, days: number, hour?: number) => {
  const d = new Date(at);
  d.setDate(d.getDate() + days);
  if (hour !== undefined) d.setHours(hour, 0, 0, 0);
  return d.getTime();
};

/**
 * The Snooze menu's choices, in the agent's own time zone: later today (+3 h; "in 3 hours" from 9 PM, when that is
 * tomorrow: "Later today · Tue 12:33 AM" said two things), tomorrow 9:00, Monday 9:00 (next week's on a Monday; none on a
 * Sunday, when tomorrow is Monday: the menu offered the same wake time twice) and in a week (this time: the same local
 * time, 7 days of the calendar on, so 167 or 169 hours across a daylight-saving change).
 */
export function snoozeChoices(now = Date.now()): { key: string; until: number }[] {
  const d = new Date(now);
  const toMonday = ((8 - d.getDay()) % 7) || 7;
  return [
    { key: new Date(now + 3 * HOUR).getDate() === d.getDate() ? 'snooze_later' : 'snooze_hours', until: now + 3 * HOUR },
    { key: 'snooze_tomorrow', until: dayOn(d, 1, 9) },
    ...(toMonday === 1 ? [] : [{ key: 'snooze_monday', until: dayOn(d, toMonday, 9) }]),
    { key: 'snooze_week', until: dayOn(d, 7) },
  ];
}
