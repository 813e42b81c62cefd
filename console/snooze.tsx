import type { ConversationSummary } from '../protocol/index.ts';
import type { MenuItem } from '../ui/Menu.tsx';
import { language, t } from './i18n.ts';
import { snoozeChoices, formatWake as wakeTime } from './wake-time.ts';

/** A wake time in the console's language ("Mon 9:00 AM"; see wake-time.ts). */
export const formatWake = (ms: number, now = Date.now(), relative = true): string => wakeTime(ms, now, language(), relative);

/** The choices as menu items (each with its wake time at the row's end), each calling `snooze`; `prefix`: "Snooze: " in the More menu. */
export const snoozeItems = (snooze: (until: number) => void, prefix = ''): MenuItem[] =>
  snoozeChoices().map(({ key, until }) => ({ label: `${prefix}${t(key)}`, badge: <span class="menu-item-end">{' '}{formatWake(until, Date.now(), false)}</span>, onSelect: () => snooze(until) }));

/** Snoozed by its holder: out of their Mine until it wakes. */
export const snoozed = (c: ConversationSummary): boolean => c.status === 'assigned' && c.snoozedUntil !== null;
