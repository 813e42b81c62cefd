import { useEffect, useRef, useState } from 'preact/hooks';
import { useOutsidePress } from './popup.ts';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
}

/**
 * A menu button (WAI-ARIA menu pattern): the button opens a role="menu" list and focuses its first item; arrow
 * keys, Home and End move; Escape or Tab closes it and focus returns to the button; a click elsewhere closes it.
 * `end`: the menu lines up with the button's end edge (for a button at the end of a bar).
 */
export function Menu({ label, items, buttonClass = 'btn', end = false }: { label: string; items: MenuItem[]; buttonClass?: string; end?: boolean }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const entries = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  useEffect(() => void (open && entries()[0]?.focus()), [open]);
  useOutsidePress(open, () => [button.current?.parentElement], () => setOpen(false));
  const close = () => (setOpen(false), button.current?.focus());
  const onKey = (e: KeyboardEvent) => {
    const all = entries();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1 + all.length, Home: 0, End: all.length - 1 };
    if (e.key in move) {
      e.preventDefault();
      all[move[e.key]! % all.length]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') setOpen(false);
  };
  return (
    <div class="menu-anchor">
      <button ref={button} type="button" class={buttonClass} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && (
        <ul ref={list} class={`menu${end ? ' menu-end' : ''}`} role="menu" aria-label={label} onKeyDown={onKey}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button type="button" role="menuitem" tabIndex={-1} class={`menu-item${item.danger ? ' menu-item-danger' : ''}`} onClick={() => (close(), item.onSelect())}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
