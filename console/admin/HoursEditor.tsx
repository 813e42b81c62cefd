import { useState } from 'preact/hooks';
import { WEEKDAYS, type Hours, type Weekday } from '../../protocol/index.ts';
import { t } from '../i18n.ts';
import { Select } from '../../ui/Select.tsx';

/** Monday first, as a support team plans its week. */
const DAYS: Weekday[] = [...WEEKDAYS.slice(1), WEEKDAYS[0]];
/** Every half hour, and 24:00 (the end of the day): picked from a list, never a browser time input. */
const CLOCK = Array.from({ length: 49 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const DEFAULT_HOURS: Hours = {
  timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  weekly: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] },
  holidays: [],
};

const zones = (): string[] => {
  const all = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return all.includes('UTC') ? all : ['UTC', ...all];
};

function ClockSelect({ value, label, onChange }: { value: string; label: string; onChange: (v: string) => void }) {
  const options = CLOCK.includes(value) ? CLOCK : [value, ...CLOCK];
  return <Select label={label} labelClass="sr-only" value={value} onChange={onChange} options={options.map((c) => ({ value: c, label: c }))} />;
}

/** A weekly schedule in a time zone, and holidays: what a site or a team is open by. */
export function HoursEditor({ value, onChange, idPrefix }: { value: Hours; onChange: (h: Hours) => void; idPrefix: string }) {
  const [holiday, setHoliday] = useState('');
  const [holidayError, setHolidayError] = useState(false);
  const setDay = (day: Weekday, spans: [string, string][]) => {
    const weekly = { ...value.weekly };
    if (spans.length === 0) delete weekly[day];
    else weekly[day] = spans;
    onChange({ ...value, weekly });
  };
  const addHoliday = () => {
    const day = holiday.trim();
    if (!ISO_DAY.test(day) || Number.isNaN(Date.parse(day))) return setHolidayError(true);
    setHolidayError(false);
    setHoliday('');
    if (!value.holidays.includes(day)) onChange({ ...value, holidays: [...value.holidays, day].sort() });
  };
  return (
    <div class="hours-editor">
      <div class="field">
        <Select id={`${idPrefix}-timezone`} label={t('hours_timezone')} value={value.timezone} onChange={(timezone) => onChange({ ...value, timezone })} options={zones().map((z) => ({ value: z, label: z }))} />
      </div>
      <fieldset class="weekly">
        <legend class="field-label">{t('hours_weekly')}</legend>
        {DAYS.map((day) => {
          const spans = value.weekly[day] ?? [];
          const dayName = t(`day_${day}`);
          return (
            <div key={day} class="day-row" data-day={day}>
              <label class="choice day-name">
                <input type="checkbox" role="switch" checked={spans.length > 0} onChange={(e) => setDay(day, e.currentTarget.checked ? [['09:00', '18:00']] : [])} />
                <span>{dayName}</span>
              </label>
              {spans.length === 0 ? (
                <span class="muted">{t('hours_closed')}</span>
              ) : (
                <div class="spans">
                  {spans.map(([from, to], i) => (
                    <span key={i} class="span">
                      <ClockSelect value={from} label={t('hours_from', { day: dayName })} onChange={(v) => setDay(day, spans.map((s, j) => (j === i ? [v, s[1]] : s)))} />
                      <span aria-hidden="true">–</span>
                      <ClockSelect value={to} label={t('hours_to', { day: dayName })} onChange={(v) => setDay(day, spans.map((s, j) => (j === i ? [s[0], v] : s)))} />
                      {spans.length > 1 && (
                        <button type="button" class="btn btn-sm btn-ghost" aria-label={t('hours_remove_span', { day: dayName })} onClick={() => setDay(day, spans.filter((_, j) => j !== i))}>×</button>
                      )}
                    </span>
                  ))}
                  {spans.length < 6 && (
                    <button type="button" class="btn btn-sm btn-ghost" onClick={() => setDay(day, [...spans, ['13:00', '18:00']])}>{t('hours_add_span')}</button>
                  )}
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      <div class="field">
        <span class="field-label" id={`${idPrefix}-holidays`}>{t('hours_holidays')}</span>
        {value.holidays.length > 0 && (
          <ul class="tag-list holiday-list" aria-labelledby={`${idPrefix}-holidays`}>
            {value.holidays.map((d) => (
              <li key={d} class="tag">
                <time dateTime={d}>{d}</time>
                <button type="button" class="tag-remove" aria-label={t('hours_remove_holiday', { day: d })} onClick={() => onChange({ ...value, holidays: value.holidays.filter((x) => x !== d) })}>×</button>
              </li>
            ))}
          </ul>
        )}
        <div class="inline-add">
          <input
            aria-label={t('hours_holiday_new')}
            aria-invalid={holidayError}
            aria-describedby={`${idPrefix}-holiday-hint`}
            inputMode="numeric"
            placeholder="2026-12-25"
            value={holiday}
            onInput={(e) => setHoliday(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), addHoliday())}
          />
          <button type="button" class="btn btn-sm" onClick={addHoliday}>{t('hours_holiday_add')}</button>
        </div>
        <span id={`${idPrefix}-holiday-hint`} class={holidayError ? 'field-error' : 'field-hint'}>{t('hours_holiday_hint')}</span>
      </div>
    </div>
  );
}
