import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useOutsidePress } from './popup.ts';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
  /** A choice of one (role="menuitemradio"): whether this one is the current. */
  checked?: boolean;
  /** The language the label is written in, where it is not the page's (a language by its own name). */
  lang?: string;
  /** A count beside the label (the navigation's badges: missed questions). */
  count?: MenuCount;
}

/** A count drawn as a badge: the number seen, and what a screen reader says for it ("3 unanswered"). */
export interface MenuCount {
  value: number;
  spoken: string;
  tone: 'warning' | 'danger';
}

/** What a menu's items count, together: a badge for its button (none when nothing inside is counted). */
export function buttonCount(items: MenuItem[]): MenuCount | undefined {
  const counted = items.filter((i) => i.count && i.count.value > 0);
  if (counted.length === 0) return undefined;
  return {
    value: counted.reduce((sum, i) => sum + i.count!.value, 0),
    spoken: counted.map((i) => `${i.label}: ${i.count!.spoken}`).join(', '),
    tone: counted.some((i) => i.count!.tone === 'danger') ? 'danger' : 'warning',
  };
}

/** A badge whose number is seen and whose words are heard (a bare "3" in a name says nothing). */
function CountBadge({ count }: { count: MenuCount }) {
  return (
    <span class={`badge badge-${count.tone} menu-count`} data-count={count.value}>
      <span aria-hidden="true">{count.value}</span>
      <span class="sr-only">, {count.spoken}</span>
    </span>
  );
}

/**
 * A menu button (WAI-ARIA menu pattern): the button opens a role="menu" list and focuses its first item; arrow
 * keys, Home and End move; Escape (the menu only, not what holds it: the widget closes on Escape) or Tab closes it and
 * focus returns to the button; a click elsewhere closes it.
 * `end`: the menu lines up with the button's end edge (for a button at the end of a bar). `menuLabel` names the list
 * when the button's words do not (a chip that shows the current choice); `menuClass` is added to the list's. With
 * `icon`, the button shows it and `label` is the button's accessible name. Items with a `count` show it as a badge, and
 * so does the button (their sum; heard as each item's name and count): a shut "More" says what waits inside it.
 */
export function Menu({ label, icon, items, buttonClass = 'btn', end = false, menuLabel = label, menuClass = '', open: openAtFirst = false }: {
  label: string;
  icon?: ComponentChildren;
  items: MenuItem[];
  buttonClass?: string;
  end?: boolean;
  menuLabel?: string;
  menuClass?: string;
  /** Open when first drawn (a menu fetched on its button's first press). */
  open?: boolean;
}) {
  const [open, setOpen] = useState(openAtFirst);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const entries = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]') ?? [])];
  // Opened on the current choice, if there is one, else the first item.
  useEffect(() => void (open && (entries().find((e) => e.getAttribute('aria-checked') === 'true') ?? entries()[0])?.focus()), [open]);
  useOutsidePress(open, () => [button.current?.parentElement], () => setOpen(false));
  const count = buttonCount(items);
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
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') setOpen(false);
  };
  return (
    <div class="menu-anchor">
      <button ref={button} type="button" class={buttonClass} aria-haspopup="menu" aria-expanded={open} aria-label={icon ? [label, count?.spoken].filter(Boolean).join(', ') : undefined} onClick={() => setOpen(!open)}>
        {icon ?? label}
        {count && <CountBadge count={count} />}
      </button>
      {open && (
        <ul ref={list} class={`menu${end ? ' menu-end' : ''}${menuClass ? ` ${menuClass}` : ''}`} role="menu" aria-label={menuLabel} onKeyDown={onKey}>
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
                {item.count && item.count.value > 0 && <CountBadge count={item.count} />}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
