import { WEEKDAYS, type Hours } from '../../protocol/sites.ts';

/** Whether a site is within its business hours at an instant, and when that changes (ms since epoch). */
export type Opening = { open: true; closesAt: number } | { open: false; opensAt: number | null };

/** How far ahead an opening is looked for (a site closed for longer is "away" with no known return). */
const HORIZON_DAYS = 60;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at instant `t`, as if it were UTC (so offsets are plain subtractions). */
function wallClock(timeZone: string, t: number): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(t)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
}

const offsetAt = (timeZone: string, t: number) => wallClock(timeZone, t) - (t - (t % 1000));

/**
 * The instant a wall-clock time in `timeZone` happens (`minute` may be 1440: the end of the day). In the hour
 * skipped when clocks go forward, the time an hour later; in the hour repeated when they go back, the first.
 */
export function zonedInstant(timeZone: string, year: number, month: number, day: number, minute: number): number {
  const asUtc = Date.UTC(year, month - 1, day, 0, minute);
  // The offsets a day before and after: equal but near a change; a candidate is right if it shows this wall clock.
  const before = asUtc - offsetAt(timeZone, asUtc - DAY_MS);
  const after = asUtc - offsetAt(timeZone, asUtc + DAY_MS);
  const valid = [before, after].filter((t) => wallClock(timeZone, t) === asUtc);
  // Repeated: the earlier. Skipped (none shows it): the offset before the change, which lands after the gap.
  return valid.length > 0 ? Math.min(...valid) : before;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const isoDate = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The opening intervals (instants) of the local days from the one holding `now` on, in order. */
function* intervalsFrom(hours: Hours, now: number): Generator<[number, number]> {
  const today = new Date(wallClock(hours.timezone, now));
  const holidays = new Set(hours.holidays);
  for (let i = 0; i <= HORIZON_DAYS; i++) {
    const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + i));
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    if (holidays.has(isoDate(y, m, d))) continue;
    const spans = [...(hours.weekly[WEEKDAYS[day.getUTCDay()]!] ?? [])].sort((a, b) => minutesOf(a[0]) - minutesOf(b[0]));
    for (const [from, to] of spans) {
      const interval: [number, number] = [zonedInstant(hours.timezone, y, m, d, minutesOf(from)), zonedInstant(hours.timezone, y, m, d, minutesOf(to))];
      // An interval inside the hour skipped when clocks go forward (London's Sunday 01:00–02:00 on the last Sunday of
      // March) never happens: both ends are the same instant. It is no opening ("opens at 01:00 UTC", closed then).
      if (interval[0] < interval[1]) yield interval;
    }
  }
}

/**
 * Open or closed at `now`: when open, the time it closes (the end of a run of touching intervals, so
 * Mon 18:00–24:00 + Tue 00:00–02:00 closes Tue 02:00); when closed, the next opening, or null when there is
 * none within 60 days. Pure: the same hours and instant give the same answer on any machine.
 */
export function opening(hours: Hours, now: number): Opening {
  let closesAt: number | null = null;
  for (const [start, end] of intervalsFrom(hours, now)) {
    if (closesAt !== null) {
      if (start > closesAt) break; // a gap: the run ends
      closesAt = Math.max(closesAt, end);
    } else if (end > now) {
      if (start > now) return { open: false, opensAt: start };
      closesAt = end;
    }
  }
  return closesAt === null ? { open: false, opensAt: null } : { open: true, closesAt };
}
