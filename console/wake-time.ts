/**
 * A snooze's wake time as the console says it, in `locale` and the agent's own time zone: "3:00 PM" today, "tomorrow
 * 9:00 AM" (`relative`; else "Tue 9:00 AM": the menu's choice says "Tomorrow" already), "Mon 9:00 AM" within the week,
 * else "Dec 21, 9:00 AM". No i18n import: the timeline's lines use it too.
 */
export function formatWake(ms: number, now: number, locale: string, relative = true): string {
  const days = Math.round((new Date(ms).setHours(0, 0, 0, 0) - new Date(now).setHours(0, 0, 0, 0)) / 86_400_000);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(ms);
  if (days <= 0) return time;
  if (days === 1 && relative) return `${new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day')} ${time}`;
  const options: Intl.DateTimeFormatOptions = days < 7 ? { weekday: 'short', hour: 'numeric', minute: '2-digit' } : { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, options).format(ms);
}
