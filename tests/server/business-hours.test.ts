import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Hours, type Hours as HoursT } from '../../protocol/sites.ts';
import { opening, zonedInstant } from '../../server/sites/hours.ts';

const hours = (h: unknown): HoursT => Hours.parse(h);
const at = (iso: string) => Date.parse(iso);
const WEEKDAYS_9_TO_18 = { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] };

describe('business hours: open now, next opening', () => {
  const shanghai = hours({ timezone: 'Asia/Shanghai', weekly: WEEKDAYS_9_TO_18, holidays: ['2026-12-25'] });

  it('is open inside a weekday interval and says when it closes (in UTC: Shanghai is +8, no DST)', () => {
    expect(opening(shanghai, at('2026-12-01T03:00:00Z'))).toEqual({ open: true, closesAt: at('2026-12-01T10:00:00Z') });
  });

  it('before opening on a weekday: opens at 09:00 local the same day', () => {
    expect(opening(shanghai, at('2026-11-30T23:59:00Z'))).toEqual({ open: false, opensAt: at('2026-12-01T01:00:00Z') });
  });

  it('the closing minute itself is closed (intervals are half-open)', () => {
    expect(opening(shanghai, at('2026-12-01T10:00:00Z'))).toEqual({ open: false, opensAt: at('2026-12-02T01:00:00Z') });
  });

  it('on a Saturday: back Monday 09:00 (a day missing from weekly is closed)', () => {
    expect(opening(shanghai, at('2026-12-05T06:00:00Z'))).toEqual({ open: false, opensAt: at('2026-12-07T01:00:00Z') });
  });

  it('a holiday is closed all day: Friday 25 December → Monday 28 December', () => {
    expect(opening(shanghai, at('2026-12-25T03:00:00Z'))).toEqual({ open: false, opensAt: at('2026-12-28T01:00:00Z') });
  });

  it('the local date decides, not the UTC one: Sunday 20:00 UTC is already Monday 04:00 in Shanghai', () => {
    expect(opening(shanghai, at('2026-12-06T20:00:00Z'))).toEqual({ open: false, opensAt: at('2026-12-07T01:00:00Z') });
  });

  it('New York across the spring-forward Sunday: 09:00 is 14:00 UTC on Friday and 13:00 UTC on Monday', () => {
    const ny = hours({ timezone: 'America/New_York', weekly: WEEKDAYS_9_TO_18 });
    expect(opening(ny, at('2026-03-06T13:00:00Z'))).toEqual({ open: false, opensAt: at('2026-03-06T14:00:00Z') });
    expect(opening(ny, at('2026-03-07T12:00:00Z'))).toEqual({ open: false, opensAt: at('2026-03-09T13:00:00Z') });
    expect(opening(ny, at('2026-03-09T21:59:00Z'))).toEqual({ open: true, closesAt: at('2026-03-09T22:00:00Z') });
  });

  it('a day with the clock change: 01:00–05:00 local lasts 3 hours in spring and 5 in autumn (London)', () => {
    const london = hours({ timezone: 'Europe/London', weekly: { sun: [['01:00', '05:00']] } });
    // 29 March 2026: 01:00 GMT → 02:00 BST. 01:00 local does not exist; it opens at 01:00 UTC (02:00 BST).
    const spring = opening(london, at('2026-03-29T00:30:00Z'));
    expect(spring).toEqual({ open: false, opensAt: at('2026-03-29T01:00:00Z') });
    expect(opening(london, at('2026-03-29T01:00:00Z'))).toEqual({ open: true, closesAt: at('2026-03-29T04:00:00Z') });
    // 25 October 2026: 02:00 BST → 01:00 GMT. 01:00 local happens twice: the first (00:00 UTC) opens.
    expect(opening(london, at('2026-10-24T23:00:00Z'))).toEqual({ open: false, opensAt: at('2026-10-25T00:00:00Z') });
    expect(opening(london, at('2026-10-25T00:00:00Z'))).toEqual({ open: true, closesAt: at('2026-10-25T05:00:00Z') });
  });

  it('a time in the skipped hour means the hour after: New York 02:30 on 8 March 2026 is 03:30 EDT', () => {
    expect(zonedInstant('America/New_York', 2026, 3, 8, 150)).toBe(at('2026-03-08T07:30:00Z'));
    expect(zonedInstant('America/New_York', 2026, 11, 1, 90)).toBe(at('2026-11-01T05:30:00Z')); // first 01:30 (EDT)
  });

  it('touching intervals across midnight are one opening: Mon 18:00–24:00 + Tue 00:00–02:00 closes Tue 02:00', () => {
    const late = hours({ timezone: 'Asia/Tokyo', weekly: { mon: [['18:00', '24:00']], tue: [['00:00', '02:00']] } });
    expect(opening(late, at('2026-11-30T14:00:00Z'))).toEqual({ open: true, closesAt: at('2026-11-30T17:00:00Z') });
  });

  it('two intervals in a day (a lunch break) and an unsorted list', () => {
    const lunch = hours({ timezone: 'Asia/Hong_Kong', weekly: { tue: [['14:00', '18:00'], ['09:00', '12:00']] } });
    expect(opening(lunch, at('2026-12-01T04:30:00Z'))).toEqual({ open: false, opensAt: at('2026-12-01T06:00:00Z') });
  });

  it('an opening inside the hour the clocks skip never happens: the next one is the week after', () => {
    // London goes from 01:00 GMT to 02:00 BST on Sunday 29 March 2026: a Sunday 01:00–02:00 opening has no instant that day.
    const skipped = hours({ timezone: 'Europe/London', weekly: { sun: [['01:00', '02:00']] } });
    expect(opening(skipped, at('2026-03-22T02:00:00Z'))).toEqual({ open: false, opensAt: at('2026-04-05T00:00:00Z') });
    expect(opening(skipped, at('2026-03-29T01:00:00Z'))).toEqual({ open: false, opensAt: at('2026-04-05T00:00:00Z') });
  });

  it('no opening within 60 days: closed with no known return', () => {
    const never = hours({ timezone: 'UTC', weekly: {} });
    expect(opening(never, at('2026-12-01T00:00:00Z'))).toEqual({ open: false, opensAt: null });
  });

  it('property: in any zone, an opening is open from its first millisecond and closed the one before; a closing is closed', () => {
    const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'America/Santiago', 'Asia/Kolkata', 'Pacific/Chatham'];
    const clock = fc.integer({ min: 0, max: 47 }).map((h) => `${String(Math.floor(h / 2)).padStart(2, '0')}:${h % 2 ? '30' : '00'}`);
    const day = fc.option(fc.tuple(clock, clock).filter(([a, b]) => a < b).map((i) => [i]), { nil: undefined });
    const schedule = fc.record({ timezone: fc.constantFrom(...zones), weekly: fc.record({ mon: day, wed: day, sat: day, sun: day }, { requiredKeys: [] }) });
    fc.assert(
      fc.property(schedule, fc.integer({ min: at('2026-01-01T00:00:00Z'), max: at('2027-12-31T00:00:00Z') }), (raw, now) => {
        const h = hours(JSON.parse(JSON.stringify(raw)));
        const o = opening(h, now);
        if (o.open) {
          expect(o.closesAt).toBeGreaterThan(now);
          expect(opening(h, o.closesAt).open).toBe(false);
        } else if (o.opensAt !== null) {
          expect(o.opensAt).toBeGreaterThan(now);
          expect(opening(h, o.opensAt).open).toBe(true);
          expect(opening(h, o.opensAt - 1)).toEqual({ open: false, opensAt: o.opensAt });
        }
      }),
      { numRuns: 150 },
    );
  });
});
