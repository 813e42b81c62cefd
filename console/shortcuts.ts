import { useEffect, useRef } from 'preact/hooks';

/** The console's keyboard shortcuts, in the order the `?` overlay lists them (labels: `key_<name>` in the locale files). */
export const SHORTCUTS = [
  { keys: ['j'], name: 'next' },
  { keys: ['k'], name: 'previous' },
  { keys: ['c'], name: 'claim' },
  { keys: ['x'], name: 'close' },
  { keys: ['r'], name: 'reply' },
  { keys: ['/'], name: 'canned' },
  { keys: ['↑', '↓', 'Enter'], name: 'canned_pick' },
  { keys: ['Esc'], name: 'leave_box' },
  { keys: ['?'], name: 'help' },
] as const;

/** Whether a key press belongs to what has focus (typing in a field, a menu, an open dialog) rather than to us. */
function busy(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return true;
  const el = e.target as HTMLElement | null;
  if (el?.closest('input, textarea, [role="combobox"], [contenteditable="true"], [role="menu"]')) return true;
  return document.querySelector('dialog[open]') !== null;
}

/**
 * Single-key shortcuts (`key` → action) while this component is on screen, ignored while the agent types. An
 * action that returns true lets the key through (`/` focuses the composer and is typed into it).
 */
export function useShortcuts(map: Record<string, () => boolean | void>): void {
  const current = useRef(map);
  current.current = map;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = current.current[e.key];
      if (!action || busy(e)) return;
      if (action() !== true) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
