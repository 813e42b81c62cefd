import { useState } from 'preact/hooks';
import type { ConversationSummary } from '../protocol/index.ts';
import { SNOOZE_MAX_DAYS } from '../protocol/snooze-window.ts';
import { ModalDialog } from '../ui/Dialog.tsx';
import { Select } from '../ui/Select.tsx';
import { language, t } from './i18n.ts';
import { snoozed } from './snooze.tsx';

const DAY = 86_400_000;

/** Midnight (local) `days` after today's. */
const dayStart = (days: number) => {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
};

/** Where the chooser starts: a chat's wake time (its day, the nearest half hour), else tomorrow at 9:00. */
const startAt = (c: ConversationSummary): [day: string, time: string] => {
  if (!snoozed(c)) return ['1', String(9 * 60)];
  const wake = new Date(c.snoozedUntil!);
  const day = Math.round((new Date(wake.getFullYear(), wake.getMonth(), wake.getDate()).getTime() - dayStart(0)) / DAY);
  const time = Math.min(47 * 30, Math.round((wake.getHours() * 60 + wake.getMinutes()) / 30) * 30);
  return [String(Math.min(Math.max(day, 0), SNOOZE_MAX_DAYS - 1)), String(time)];
};

/**
 * "A date and time of my own": two of the console's own selects (never a browser's date picker) — a day of the next
 * 90, a time of the day every half hour, in the agent's own time zone — and Snooze, which waits for a time to come.
 * Opened on a chat already snoozed (its menu's "Change wake time"), it says so (its title and its button) and starts at
 * the wake time it changes.
 * Loaded when first asked for (the console's first load carries none of it).
 */
export default function SnoozeChooser({ c, onSnooze, onDone }: { c: ConversationSummary; onSnooze: (until: number) => void; onDone: () => void }) {
  const [[startDay, startTime]] = useState(() => startAt(c));
  const [day, setDay] = useState(startDay);
  const [time, setTime] = useState(startTime);
  const lang = language();
  const days = Array.from({ length: SNOOZE_MAX_DAYS }, (_, i) => ({
    value: String(i),
    label: new Intl.DateTimeFormat(lang, { weekday: 'short', month: 'short', day: 'numeric' }).format(dayStart(i)),
  }));
  const times = Array.from({ length: 48 }, (_, i) => ({ value: String(i * 30), label: new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(dayStart(0) + i * 1_800_000) }));
  const d = new Date(dayStart(Number(day)));
  const until = new Date(d.getFullYear(), d.getMonth(), d.getDate(), 0, Number(time)).getTime();
  const past = until <= Date.now();
  const hint = `snooze-pick-hint-${c.id}`;
  const changing = snoozed(c);
  return (
    <ModalDialog
      open
      title={t(changing ? 'snooze_change_title' : 'snooze_pick_title')}
      titleId={`snooze-pick-${c.id}`}
      onCancel={onDone}
      actions={
        <>
          <button type="button" class="btn" onClick={onDone}>{t('confirm_cancel')}</button>
          <button type="button" class="btn btn-primary" disabled={past} onClick={() => (onDone(), onSnooze(until))}>{t(changing ? 'snooze_change_confirm' : 'snooze')}</button>
        </>
      }
    >
      {/* Each line its gap from the next (the dialog's own spacing put "Time" and the wake line right under the select above). */}
      <div class="form-stack">
        <div class="field">
          <Select label={t('snooze_pick_day')} value={day} onChange={setDay} options={days} describedBy={past ? hint : undefined} />
        </div>
        <div class="field">
          <Select label={t('snooze_pick_time')} value={time} onChange={setTime} options={times} describedBy={past ? hint : undefined} />
        </div>
        {past && <p class="field-hint" id={hint}>{t('refusal_snooze_past')}</p>}
        <p class="muted">{t('wakes', { time: new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short' }).format(until) })}</p>
      </div>
    </ModalDialog>
  );
}
