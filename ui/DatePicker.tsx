import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useOutsidePress } from './popup.ts';

/** A calendar day as `YYYY-MM-DD`; the maths runs in UTC so no time zone moves a day. */
const DAY = 86_400_000;
const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;
const addMonths = (iso: string, n: number) => {
  const d = new Date(toMs(monthStart(iso)));
  d.setUTCMonth(d.getUTCMonth() + n);
  return toIso(d.getTime());
};

/** Today in the browser's own time zone. */
const today = () => toIso(Date.now() - new Date().getTimezoneOffset() * 60_000);

/** The weeks (Monday first) that show `month` (its first day, ISO), as ISO days. */
export function monthGrid(month: string): string[][] {
  const first = toMs(month);
  const start = first - ((new Date(first).getUTCDay() + 6) % 7) * DAY;
  const next = toMs(addMonths(month, 1));
  const weeks: string[][] = [];
  for (let week = start; week < next; week += 7 * DAY) weeks.push(Array.from({ length: 7 }, (_, i) => toIso(week + i * DAY)));
  return weeks;
}

/**
 * A date field drawn by us, never the browser's: a button that reads the date in the page's language
 * ("2026年3月2日", "Mar 2, 2026") and opens a month calendar (WAI-ARIA date picker dialog pattern: arrows move by
 * day and week, Page Up/Down by month, Home/End to the week's ends, Enter picks, Escape closes and focus returns
 * to the button; a click elsewhere closes it). `value`, `min` and `max` are `YYYY-MM-DD`.
 */
export function DatePicker(props: {
  /** The button's id; the visible label's element must have the id `<id>-label` (the name reads "From Mar 2, 2026"). */
  id: string;
  label: string;
  value: string;
  onChange: (iso: string) => void;
  locale: string;
  min?: string;
  max?: string;
  labels: { previous: string; next: string };
}) {
  const { value, locale } = props;
  const [open, setOpen] = useState(false);
  const [focus, setFocusState] = useState(value);
  // The focused day as of the last key, read by the next key: a key pressed before Preact has rendered the previous
  // one (a fast typist, a loaded machine) still moves from, or picks, the day the previous key chose.
  const focusNow = useRef(value);
  const setFocus = (iso: string) => {
    focusNow.current = iso;
    setFocusState(iso);
  };
  const button = useRef<HTMLButtonElement>(null);
  const grid = useRef<HTMLTableElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const allowed = (iso: string) => (!props.min || iso >= props.min) && (!props.max || iso <= props.max);

  useEffect(() => {
    if (!open) return;
    // Opened near the window's end edge (the second field on a phone): line it up with the button's end instead.
    const box = popover.current!;
    if (box.getBoundingClientRect().right > document.documentElement.clientWidth) box.classList.add('date-popover-end');
  }, [open]);
  useOutsidePress(open, () => [button.current?.parentElement], () => setOpen(false));
  useLayoutEffect(() => {
    if (open) grid.current?.querySelector<HTMLButtonElement>(`[data-day="${focus}"]`)?.focus();
  }, [open, focus]);

  const close = () => (setOpen(false), button.current?.focus());
  const pick = (iso: string) => {
    if (!allowed(iso)) return;
    close();
    if (iso !== value) props.onChange(iso);
  };
  const onKey = (e: KeyboardEvent) => {
    const focus = focusNow.current;
    const weekday = (new Date(toMs(focus)).getUTCDay() + 6) % 7;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => toIso(toMs(focus) - DAY),
      ArrowRight: () => toIso(toMs(focus) + DAY),
      ArrowUp: () => toIso(toMs(focus) - 7 * DAY),
      ArrowDown: () => toIso(toMs(focus) + 7 * DAY),
      Home: () => toIso(toMs(focus) - weekday * DAY),
      End: () => toIso(toMs(focus) + (6 - weekday) * DAY),
      PageUp: () => addMonths(focus, -1),
      PageDown: () => addMonths(focus, 1),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      setFocus(move());
    } else if ((e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement).dataset.day) {
      e.preventDefault();
      pick(focus);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };

  const month = monthStart(focus);
  const weeks = monthGrid(month);
  const title = fmt({ year: 'numeric', month: 'long' }).format(toMs(month));
  const weekdays = weeks[0]!.map((d) => ({ short: fmt({ weekday: 'narrow' }).format(toMs(d)), long: fmt({ weekday: 'long' }).format(toMs(d)) }));
  return (
    <div class="date-picker">
      <button
        ref={button}
        type="button"
        class="date-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        id={props.id}
        aria-labelledby={`${props.id}-label ${props.id}`}
        data-value={value}
        onClick={() => (setFocus(value), setOpen(!open))}
      >
        {fmt({ dateStyle: 'medium' }).format(toMs(value))}
      </button>
      {open && (
        <div ref={popover} class="date-popover" role="dialog" aria-modal="false" aria-label={props.label} onKeyDown={onKey}>
          <div class="date-head">
            <button type="button" class="btn btn-sm btn-ghost btn-icon" aria-label={props.labels.previous} onClick={() => setFocus(addMonths(focus, -1))}>‹</button>
            <h2 class="date-title" aria-live="polite">{title}</h2>
            <button type="button" class="btn btn-sm btn-ghost btn-icon" aria-label={props.labels.next} onClick={() => setFocus(addMonths(focus, 1))}>›</button>
          </div>
          <table ref={grid} class="date-grid" role="grid" aria-label={title}>
            <thead>
              <tr>{weekdays.map((w) => <th key={w.long} scope="col" abbr={w.long}>{w.short}</th>)}</tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0]}>
                  {week.map((iso) => {
                    const inMonth = iso.startsWith(month.slice(0, 7));
                    return (
                      <td key={iso} role="gridcell" aria-selected={iso === value}>
                        <button
                          type="button"
                          class="date-day"
                          data-day={iso}
                          data-outside={!inMonth || undefined}
                          tabIndex={iso === focus ? 0 : -1}
                          disabled={!allowed(iso)}
                          aria-label={fmt({ dateStyle: 'full' }).format(toMs(iso))}
                          aria-current={iso === today() ? 'date' : undefined}
                          onClick={() => pick(iso)}
                        >
                          {new Date(toMs(iso)).getUTCDate()}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
