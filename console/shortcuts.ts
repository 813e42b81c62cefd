import { useLayoutEffect, useRef } from 'preact/hooks';
import { TAB_KEYS } from '../ui/Tabs.tsx';

/** Where a key works, in the order the `?` overlay shows them (headings: `keys_<where>` in the locale files). */
export const PLACES = ['inbox', 'list', 'tabs', 'composer', 'search'] as const;

/**
 * Every key the inbox answers, in the order the `?` overlay lists them (labels: `key_<name>` in the locale files).
 * The handlers find their keys here by name (`useShortcuts`, `pressed`), so a key is on the list or does nothing
 * (tests/console/shortcuts.test.ts reads the console's sources for keys read anywhere else). A key is written as
 * `KeyboardEvent.key`, after `Ctrl+`, `Meta+` (⌘) and, for a named key, `Shift+` when held.
 */
export const SHORTCUTS = {
  next: { where: 'inbox', keys: ['j'] },
  previous: { where: 'inbox', keys: ['k'] },
  claim: { where: 'inbox', keys: ['c'], writes: true },
  close: { where: 'inbox', keys: ['x'], writes: true },
  snooze: { where: 'inbox', keys: ['z'], writes: true },
  reply: { where: 'inbox', keys: ['r'], writes: true },
  canned: { where: 'inbox', keys: ['/'], writes: true },
  help: { where: 'inbox', keys: ['?'] },
  row_move: { where: 'list', keys: ['ArrowUp', 'ArrowDown'] },
  // A row is a button: the browser opens it on Enter.
  row_open: { where: 'list', keys: ['Enter'] },
  tab_move: { where: 'tabs', keys: Object.keys(TAB_KEYS) },
  send: { where: 'composer', keys: ['Enter', 'Ctrl+Enter', 'Meta+Enter'], writes: true },
  newline: { where: 'composer', keys: ['Shift+Enter'], writes: true },
  canned_pick: { where: 'composer', keys: ['ArrowUp', 'ArrowDown'], writes: true },
  canned_take: { where: 'composer', keys: ['Enter'], writes: true },
  leave_box: { where: 'composer', keys: ['Escape'], writes: true },
  mention_pick: { where: 'composer', keys: ['ArrowUp', 'ArrowDown'], writes: true },
  mention_take: { where: 'composer', keys: ['Enter', 'Tab'], writes: true },
  mention_close: { where: 'composer', keys: ['Escape'], writes: true },
  search_clear: { where: 'search', keys: ['Escape'] },
} as const satisfies Record<string, { where: (typeof PLACES)[number]; keys: readonly string[]; /** Changes something: not for a viewer (the overlay leaves it out). */ writes?: true }>;

export type ShortcutName = keyof typeof SHORTCUTS;
type InboxShortcut = { [N in ShortcutName]: (typeof SHORTCUTS)[N]['where'] extends 'inbox' ? N : never }[ShortcutName];

/** The key pressed as SHORTCUTS writes it (Ctrl, Meta and, before a named key, Shift first); null with Alt, or while an input method composes. */
function keyOf(e: KeyboardEvent): string | null {
  if (e.altKey || e.isComposing || e.keyCode === 229) return null;
  return [e.ctrlKey && 'Ctrl', e.metaKey && 'Meta', e.shiftKey && e.key.length > 1 && 'Shift', e.key].filter(Boolean).join('+');
}

/** Whether the key pressed is one of the shortcut's. */
export function pressed(e: KeyboardEvent, name: ShortcutName): boolean {
  const key = keyOf(e);
  return key !== null && (SHORTCUTS[name].keys as readonly string[]).includes(key);
}

/** For a shortcut of a key back and a key on (↑ ↓): -1 for the first, 1 for the second, 0 for any other key. */
export function direction(e: KeyboardEvent, name: 'row_move' | 'canned_pick' | 'mention_pick'): -1 | 0 | 1 {
  const [back, on] = SHORTCUTS[name].keys;
  const key = keyOf(e);
  return key === back ? -1 : key === on ? 1 : 0;
}

/** Whether a key press belongs to what has focus (typing in a field, a menu, an open dialog) rather than to us. */
function busy(e: KeyboardEvent): boolean {
  if (e.defaultPrevented) return true;
  const el = e.target as HTMLElement | null;
  if (el?.closest('input, textarea, [role="combobox"], [contenteditable="true"], [role="menu"]')) return true;
  return document.querySelector('dialog[open]') !== null;
}

/**
 * The inbox's single keys (shortcut → action) while this component is on screen, ignored while the agent types.
 * An action that returns true lets the key through (`/` focuses the composer and is typed into it). Listening from the
 * update that draws the inbox (or the chat), not after the next paint: a key pressed as it appears is not lost.
 */
export function useShortcuts(map: Partial<Record<InboxShortcut, () => boolean | void>>): void {
  const current = useRef(map);
  current.current = map;
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const name = (Object.keys(current.current) as InboxShortcut[]).find((n) => pressed(e, n));
      if (!name || busy(e)) return;
      if (current.current[name]!() !== true) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
