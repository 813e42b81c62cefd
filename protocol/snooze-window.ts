/**
 * How far ahead a conversation may be snoozed, and why a wake time is refused. No zod: the console's Snooze menu
 * reads it too (a chosen time past the window is said before it is sent).
 */
export const SNOOZE_MAX_DAYS = 90;
export const SNOOZE_MAX_MS = SNOOZE_MAX_DAYS * 86_400_000;

/** Why `until` (Unix ms) cannot be a wake time at `now`, or null when it can: in the future, at most 90 days ahead. */
export function snoozeRefusal(until: number, now: number): 'snooze_past' | 'snooze_too_far' | null {
  if (until <= now) return 'snooze_past';
  if (until > now + SNOOZE_MAX_MS) return 'snooze_too_far';
  return null;
}
