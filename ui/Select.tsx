import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { listMove, useTypeAhead } from './Listbox.tsx';
import { placePopup, useOutsidePress } from './popup.ts';

export interface SelectOption<T extends string = string> {
  value: T;
  label: string;
  /** Options with the same group follow one another under its name (one level, like `<optgroup>`). */
  group?: string;
  /** The option's language, when it is not the page's (a language's own name: 繁體中文). */
  lang?: string;
}

/** The list's height at the most; it scrolls inside beyond that. */
const MAX_HEIGHT = 360;

/**
 * A select drawn by us, never the browser (WAI-ARIA select-only combobox): a labelled button showing the chosen
 * option and a chevron; its list opens in the top layer (no scrolling parent clips it), under the button or above
 * it when there is no room below, never past the window's edges. Focus stays on the button while the list is open
 * and `aria-activedescendant` names the active option. Closed: Enter, Space, Alt+↓, ↑ and ↓ open it on the chosen
 * option, Home and End on the first and last, typing on the first match. Open: arrows, Page Up/Down, Home, End
 * and type-ahead move; Enter, Space or a click choose and close; Escape closes; Tab closes and moves on; a click
 * elsewhere closes. It renders its own `<label>` (`labelClass` "sr-only" hides it) so the name is the label alone;
 * `name` adds a hidden input for a form.
 */
export function Select<T extends string>(props: {
  value: T;
  options: SelectOption<T>[];
  onChange: (value: T) => void;
  label: string;
  labelClass?: string;
  /** The button's id (its label's is `<id>-label`); made up when not given. */
  id?: string;
  /** Shown on the button when the value is none of the options' (the list does not offer it). */
  placeholder?: string;
  disabled?: boolean;
  name?: string;
  describedBy?: string;
  invalid?: boolean;
}) {
  const { options, value } = props;
  const own = useId();
  const id = props.id ?? own;
  const [open, setOpen] = useState(false);
  // The active option as of the last key, read by the next one even before Preact has rendered (a fast typist); by its
  // value, so the options changing while the list is open (a label added to the chat elsewhere leaves "Add label")
  // keep it on the same option: by place, Enter then chose the one that had moved into it.
  const [activeValue, setActiveValue] = useState<T | null>(null);
  const activeNow = useRef<T | null>(null);
  const placeOf = (v: T | null) => Math.max(0, options.findIndex((o) => o.value === v));
  const active = placeOf(activeValue);
  const setActive = (i: number) => {
    const v = options[i]?.value ?? null;
    activeNow.current = v;
    setActiveValue(v);
  };
  const button = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  const label = useRef<HTMLLabelElement>(null);
  const typeAhead = useTypeAhead();
  const selected = options.findIndex((o) => o.value === value);
  const optionId = (i: number) => `${id}-option-${i}`;
  const current = options[selected];

  const show = (i: number) => {
    setActive(Math.max(0, i));
    setOpen(true);
    button.current?.focus(); // opened by a click on the label
  };
  const close = () => (setOpen(false), button.current?.focus());
  const pick = (i: number) => {
    close();
    const chosen = options[i];
    if (chosen && chosen.value !== value) props.onChange(chosen.value);
  };
  useOutsidePress(open, () => [button.current, popup.current, label.current], () => setOpen(false));

  useLayoutEffect(() => {
    const list = popup.current!;
    if (!open) return void (list.matches(':popover-open') && list.hidePopover());
    const place = () => placePopup(button.current!, list, MAX_HEIGHT);
    list.showPopover();
    place();
    const moved = (e: Event) => e.target !== list && place(); // a scrolling parent or the window: follow the button
    window.addEventListener('scroll', moved, true);
    window.addEventListener('resize', moved);
    return () => (window.removeEventListener('scroll', moved, true), window.removeEventListener('resize', moved));
  }, [open]);
  useLayoutEffect(() => {
    if (open) popup.current?.querySelector(`#${CSS.escape(optionId(active))}`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);

  const names = () => options.map((o) => o.label);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || options.length === 0) return;
    const at = placeOf(activeNow.current);
    const last = options.length - 1;
    if (!open) {
      // Enter and Space are the button's own: its click opens the list.
      const start: Record<string, number> = { ArrowDown: selected, ArrowUp: selected, Home: 0, End: last };
      if (e.key in start) (e.preventDefault(), show(start[e.key]!));
      else if (!e.altKey && e.key !== ' ' && typeAhead.takes(e)) {
        e.preventDefault();
        show(typeAhead.find(names(), e, Math.max(0, selected), selected >= 0) ?? selected);
      }
      return;
    }
    const move = e.altKey ? undefined : listMove(e.key, at, options.length);
    if (move !== undefined) {
      e.preventDefault();
      typeAhead.reset();
      setActive(move);
    } else if (e.key === 'Escape') {
      e.preventDefault(); // and not a dialog's Escape
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') setOpen(false);
    else if (e.altKey) {
      if (e.key === 'ArrowUp') (e.preventDefault(), pick(at));
    } else if (typeAhead.takes(e)) {
      e.preventDefault();
      const i = typeAhead.find(names(), e, at, true);
      if (i !== undefined) setActive(i);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault(); // no click: it would open the list again
      pick(at);
    }
  };

  const item = (o: SelectOption<T>, i: number) => (
    <div key={o.value} id={optionId(i)} role="option" class="listbox-option" aria-selected={i === selected} data-active={i === active || undefined} data-value={o.value} lang={o.lang} onClick={() => pick(i)}>
      {o.label}
    </div>
  );
  // Consecutive options of one group under its name.
  const runs: { group?: string; from: number; items: SelectOption<T>[] }[] = [];
  options.forEach((o, i) => {
    const run = runs[runs.length - 1];
    if (run && run.group === o.group) run.items.push(o);
    else runs.push({ group: o.group, from: i, items: [o] });
  });
  return (
    <>
      <label ref={label} id={`${id}-label`} for={id} class={props.labelClass ?? 'field-label'}>{props.label}</label>
      <button
        ref={button}
        type="button"
        id={id}
        class="select-button"
        role="combobox"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-labelledby={`${id}-label`}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        aria-activedescendant={open ? optionId(active) : undefined}
        disabled={props.disabled}
        data-value={value}
        onClick={() => (open ? close() : show(selected))}
        onKeyDown={onKeyDown}
      >
        <span class="select-value" lang={current?.lang} data-placeholder={!current || undefined}>{current?.label ?? props.placeholder ?? value}</span>
      </button>
      {props.name && <input type="hidden" name={props.name} value={value} />}
      {/* A press in the list keeps focus on the button. */}
      <div ref={popup} id={`${id}-list`} role="listbox" aria-labelledby={`${id}-label`} popover="manual" class="select-popup" onMouseDown={(e) => e.preventDefault()}>
        {open &&
          runs.map((run) =>
            run.group === undefined ? (
              run.items.map((o, n) => item(o, run.from + n))
            ) : (
              <div key={`g-${run.from}`} role="group" aria-labelledby={`${id}-group-${run.from}`}>
                <div id={`${id}-group-${run.from}`} class="select-group" role="presentation">{run.group}</div>
                {run.items.map((o, n) => item(o, run.from + n))}
              </div>
            ),
          )}
      </div>
    </>
  );
}
