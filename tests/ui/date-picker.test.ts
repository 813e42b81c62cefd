import { describe, expect, it } from 'vitest';
import { monthGrid } from '../../ui/DatePicker.tsx';

describe('the date picker’s month', () => {
  it('lays out whole weeks, Monday first, from the week of the 1st to the week of the last day', () => {
    const march = monthGrid('2026-03-01'); // a Sunday
    expect(march[0]).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01']);
    expect(march.at(-1)).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05']);
    expect(march).toHaveLength(6);
    expect(monthGrid('2027-02-01')).toHaveLength(4); // 1 February 2027 is a Monday, 28 days
    expect(monthGrid('2026-06-01')[0]![0]).toBe('2026-06-01');
  });

  it('does not lose or repeat a day across a daylight-saving change (the maths is in UTC)', () => {
    const days = monthGrid('2026-10-01').flat();
    expect(new Set(days).size).toBe(days.length);
    expect(days).toContain('2026-10-25');
    expect(days).toContain('2026-10-26');
  });
});
