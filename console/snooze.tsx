import type { ConversationSummary } from '../protocol/index.ts';
import type { MenuItem } from '../ui/Menu.tsx';
import type { DeskClient } from './desk-client.ts';
import { language, t } from './i18n.ts';
import { formatWake as wakeTime } from './wake-time.ts';

const HOUR = 3_600_000;

/** `at`'s day (local time) `days` later, at 9:00. */
const nineOn = (at: Date, days: number) => new Date(at.getFullYear(), at.getMonth(), at.getDate() + days, 9).getTime();

/**
 * The Snooze menu's choices, in the agent's own time zone: later today (+3 h), tomorrow 9:00, Monday 9:00 (next
 * week's on a Monday) and in a week (this time).
 */
export function snoozeChoices(now = Date.now()): { key: string; until: number }[] {
  const d = new Date(now);
  const toMonday = ((8 - d.getDay()) % 7) || 7;
  return [
    { key: 'snooze_later', until: now + 3 * HOUR },
    { key: 'snooze_tomorrow', until: nineOn(d, 1) },
    { key: 'snooze_monday', until: nineOn(d, toMonday) },
    { key: 'snooze_week', until: now + 7 * 24 * HOUR },
  ];
}

/** A wake time in the console's language ("Mon 9:00 AM"; see wake-time.ts). */
export const formatWake = (ms: number, now = Date.now(), relative = true): string => wakeTime(ms, now, language(), relative);

/** The choices as menu items (each with its wake time at the row's end); `prefix`: "Snooze: " in the More menu. */
export const snoozeItems = (client: DeskClient, c: ConversationSummary, prefix = ''): MenuItem[] =>
  snoozeChoices().map(({ key, until }) => ({ label: `${prefix}${t(key)}`, badge: <span class="menu-item-end">{' '}{formatWake(until, Date.now(), false)}</span>, onSelect: () => void client.snooze(c.id, until) }));

/** Snoozed by its holder: out of their Mine until it wakes. */
export const snoozed = (c: ConversationSummary): boolean => c.status === 'assigned' && c.snoozedUntil !== null;
