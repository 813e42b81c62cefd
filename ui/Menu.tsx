import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useOutsidePress } from './popup.ts';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
  /** A choice of one (role="menuitemradio"): whether this one is the current. */
  checked?: boolean;
  /** The language the label is written in, where it is not the page's (a language by its own name). */
  lang?: string;
  /** Shown after the label, at the row's end (the console's count badges). */
  badge?: ComponentChildren;
}

/**
 * A menu button (WAI-ARIA menu pattern): the button opens a role="menu" list and focuses its first item; arrow
 * keys, Home and End move (from the button too, while the menu is open); Escape (the menu only, not what holds it: the widget closes on Escape) or Tab closes it and
 * focus returns to the button; a click elsewhere closes it.
 * `end`: the menu lines up with the button's end edge (for a button at the end of a bar). `menuLabel` names the list
 * when the button's words do not (a chip that shows the current choice); `menuClass` is added to the list's. With
 * `icon`, the button shows it and `label` is the button's accessible name. `badge` follows the button's words (a shut
 * "More" says what waits inside it), as an item's `badge` follows its label.
 */
export function Menu({ label, icon, items, buttonClass = 'btn', end = false, menuLabel = label, menuClass = '', open: openAtFirst = false, start = 0, badge }: {
  label: string;
  icon?: ComponentChildren;
  items: MenuItem[];
  buttonClass?: string;
  end?: boolean;
  menuLabel?: string;
  menuClass?: string;
  /** Open when first drawn (a menu fetched on its button's first press). */
  open?: boolean;
  /** The item a menu opened without a current choice focuses first (a shortcut naming the items further down). */
  start?: number;
  badge?: ComponentChildren;
}) {
  const [open, setOpen] = useState(openAtFirst);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const entries = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]') ?? [])];
  // Opened on the current choice, if there is one, else the `start`th item: in the commit that drew the list, not after
  // the next paint (Enter pressed at once reached the button, which shut the menu again, rather than the item).
  useLayoutEffect(() => void (open && (entries().find((e) => e.getAttribute('aria-checked') === 'true') ?? entries()[start])?.focus()), [open]);
  useOutsidePress(open, () => [button.current?.parentElement], () => setOpen(false));
  const close = () => (setOpen(false), button.current?.focus());
  // On the anchor, not the list: a key pressed while the button still holds the focus (before the list has taken it)
  // reaches the open menu too.
  const onKey = (e: KeyboardEvent) => {
    if (!open) return;
    const all = entries();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1 + all.length, Home: 0, End: all.length - 1 };
    if (e.key in move) {
      e.preventDefault();
      all[move[e.key]! % all.length]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') setOpen(false);
  };
  return (
    <div class="menu-anchor" onKeyDown={onKey}>
      <button ref={button} type="button" class={buttonClass} aria-haspopup="menu" aria-expanded={open} aria-label={icon ? label : undefined} onClick={() => setOpen(!open)}>
        {icon ?? label}
        {badge}
      </button>
      {open && (
        <ul ref={list} class={`menu${end ? ' menu-end' : ''}${menuClass ? ` ${menuClass}` : ''}`} role="menu" aria-label={menuLabel}>
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
                aria-checked={item.checked}
                lang={item.lang}
                tabIndex={-1}
                class={`menu-item${item.danger ? ' menu-item-danger' : ''}`}
                onClick={() => (close(), item.onSelect())}
              >
                {item.label}
                {item.badge}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
