import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatWake, snoozeChoices } from '../../console/wake-time.ts';

/** The Snooze menu's wake times, in the agent's own time zone (the machine's here), and how a wake time reads. */
describe('snooze choices', () => {
  const at = (d: number, h: number, m = 0) => new Date(2026, 11, d, h, m).getTime();
  it('later today is 3 hours on, tomorrow and Monday are 9:00, a week is this time; on a Monday, Monday is next week; on a Sunday, no Monday beside tomorrow', () => {
    const friday = at(11, 16, 30);
    expect(snoozeChoices(friday)).toEqual([
      { key: 'snooze_later', until: at(11, 19, 30) },
      { key: 'snooze_tomorrow', until: at(12, 9) },
      { key: 'snooze_monday', until: at(14, 9) },
      { key: 'snooze_week', until: at(18, 16, 30) },
    ]);
    const monday = at(7, 8);
    expect(snoozeChoices(monday).find((c) => c.key === 'snooze_monday')!.until).toBe(at(14, 9));
    const sunday = at(13, 23);
    expect(snoozeChoices(sunday)).toEqual([
      { key: 'snooze_hours', until: at(14, 2) },
      { key: 'snooze_tomorrow', until: at(14, 9) },
      { key: 'snooze_week', until: at(20, 23) },
    ]);
  });

  it('says "in 3 hours", not "later today", once 3 hours on is tomorrow (from 9 PM)', () => {
    expect(snoozeChoices(at(11, 20, 59))[0]).toEqual({ key: 'snooze_later', until: at(11, 23, 59) });
    expect(snoozeChoices(at(11, 21))[0]).toEqual({ key: 'snooze_hours', until: at(12, 0) });
    expect(snoozeChoices(at(11, 21, 33))[0]).toEqual({ key: 'snooze_hours', until: at(12, 0, 33) });
  });

  it('reads a wake time as the time today, tomorrow (or its weekday in the menu), a weekday this week, else the date', () => {
    const now = at(11, 10);
    expect(formatWake(at(11, 15), now, 'en')).toBe('3:00 PM');
    expect(formatWake(at(12, 9), now, 'en')).toBe('tomorrow 9:00 AM');
    expect(formatWake(at(12, 9), now, 'en', false)).toBe('Sat 9:00 AM');
    expect(formatWake(at(14, 9), now, 'en')).toBe('Mon 9:00 AM');
    expect(formatWake(at(18, 10), now, 'en')).toBe('Dec 18, 10:00 AM');
  });

  // The console's languages (console/locales): each writes its hour one way in every form, and a weekday and a date
  // the same way before it (main wrote zh-CN "周一09:00" beside "12月18日 9:00").
  it('writes the hour one way in every form and every console language: today, tomorrow, a weekday, a date', () => {
    const now = at(11, 10);
    expect([at(11, 9), at(12, 9), at(14, 9), at(18, 9)].map((ms) => formatWake(ms, now, 'zh-CN'))).toEqual(['09:00', '明天 09:00', '周一 09:00', '12月18日 09:00']);
    expect([at(11, 9), at(12, 9), at(14, 9), at(18, 9)].map((ms) => formatWake(ms, now, 'zh-TW'))).toEqual(['上午9:00', '明天 上午9:00', '週一 上午9:00', '12月18日 上午9:00']);
    expect(formatWake(at(12, 9), now, 'zh-CN', false)).toBe('周六 09:00');
    for (const locale of ['en', 'zh-CN', 'zh-TW']) {
      const time = formatWake(at(11, 21, 30), now, locale);
      for (const ms of [at(12, 21, 30), at(15, 21, 30), at(28, 21, 30)]) {
        for (const relative of [true, false]) expect(formatWake(ms, now, locale, relative).endsWith(` ${time}`), `${locale} ${formatWake(ms, now, locale, relative)}`).toBe(true);
      }
    }
  });
});

/**
 * Across a daylight-saving change, in a zone that has one (New York: clocks back on 1 Nov 2026, forward on 14 Mar 2027):
 * Node reads TZ again when it is set, so the file sets it for these tests and puts the machine's back after them (the
 * file shares its worker with others).
 */
describe('snooze choices across a daylight-saving change', () => {
  const kept = process.env.TZ;
  beforeAll(() => void (process.env.TZ = 'America/New_York'));
  afterAll(() => void (kept === undefined ? delete process.env.TZ : (process.env.TZ = kept)));
  const HOUR = 3_600_000;
  const at = (y: number, mo: number, d: number, h: number, m = 0) => new Date(y, mo, d, h, m).getTime();
  const choice = (now: number, key: string) => snoozeChoices(now).find((c) => c.key === key)!.until;

  it('runs in a zone that changes (the test proves nothing on a machine without one)', () => {
    expect(new Date(at(2026, 9, 30, 12)).getTimezoneOffset()).toBe(240);
    expect(new Date(at(2026, 10, 6, 12)).getTimezoneOffset()).toBe(300);
  });

  it('in a week is this time of day a week on: 169 h when the clocks go back, 167 h when they go forward', () => {
    const friday = at(2026, 9, 30, 16, 30);
    expect(choice(friday, 'snooze_week')).toBe(at(2026, 10, 6, 16, 30));
    expect(new Date(choice(friday, 'snooze_week')).getHours()).toBe(16);
    expect(choice(friday, 'snooze_week') - friday).toBe(169 * HOUR);
    const march = at(2027, 2, 10, 9, 15);
    expect(choice(march, 'snooze_week')).toBe(at(2027, 2, 17, 9, 15));
    expect(choice(march, 'snooze_week') - march).toBe(167 * HOUR);
  });

  it('tomorrow and Monday are 9:00 on the clock after the change; later today is 3 hours of time', () => {
    const saturday = at(2026, 9, 31, 22);
    const [later, tomorrow, monday] = snoozeChoices(saturday).map((c) => c.until);
    expect(later! - saturday).toBe(3 * HOUR);
    expect(tomorrow).toBe(at(2026, 10, 1, 9));
    expect(new Date(tomorrow!).getHours()).toBe(9);
    expect(tomorrow! - saturday).toBe(12 * HOUR); // 11 hours on the clock, the hour 1:00 twice
    expect(monday).toBe(at(2026, 10, 2, 9));
    expect(new Date(monday!).getHours()).toBe(9);
  });
});
