import { describe, expect, it } from 'vitest';
import { formatWake, snoozeChoices } from '../../console/wake-time.ts';

/** The Snooze menu's wake times, in the agent's own time zone (the machine's here), and how a wake time reads. */
describe('snooze choices', () => {
  const at = (d: number, h: number, m = 0) => new Date(2026, 11, d, h, m).getTime();
  it('later today is 3 hours on, tomorrow and Monday are 9:00, a week is this time; on a Monday, Monday is next week', () => {
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
    expect(snoozeChoices(sunday).map((c) => c.until).slice(0, 3)).toEqual([at(14, 2), at(14, 9), at(14, 9)]);
  });

  it('reads a wake time as the time today, tomorrow (or its weekday in the menu), a weekday this week, else the date', () => {
    const now = at(11, 10);
    expect(formatWake(at(11, 15), now, 'en')).toBe('3:00 PM');
    expect(formatWake(at(12, 9), now, 'en')).toBe('tomorrow 9:00 AM');
    expect(formatWake(at(12, 9), now, 'en', false)).toBe('Sat 9:00 AM');
    expect(formatWake(at(14, 9), now, 'en')).toBe('Mon 9:00 AM');
    expect(formatWake(at(18, 10), now, 'en')).toBe('Dec 18, 10:00 AM');
    expect(formatWake(at(14, 9), now, 'zh-CN')).toBe('周一09:00');
  });
});
