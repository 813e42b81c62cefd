import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';

export interface ListboxOption {
  id: string;
  /** What type-ahead matches: the option's name, without the rest of its line. */
  name: string;
  children: ComponentChildren;
}

/** Keys typed within this many ms of one another are one type-ahead search ("me" finds Mei, not Ana then Emma). */
const TYPE_AHEAD_MS = 700;

/**
 * A single-select listbox drawn by us (WAI-ARIA listbox pattern), for choices that carry more than a word (an
 * agent with presence and load). Focus stays on the list and `aria-activedescendant` names the active option.
 * Arrows, Home, End and type-ahead move it and select it (selection follows focus); Space or a click selects;
 * Enter selects the active option and calls `onEnter` (a dialog's main action).
 */
export function Listbox({ options, value, onChange, onEnter, labelledBy, describedBy }: {
  options: ListboxOption[];
  value: string;
  onChange: (id: string) => void;
  onEnter: (id: string) => void;
  labelledBy: string;
  describedBy?: string;
}) {
  const prefix = useId();
  const list = useRef<HTMLUListElement>(null);
  const selected = options.findIndex((o) => o.id === value);
  // The active option by id: the list may be re-sorted while open (an agent's presence or load changed).
  const [activeId, setActiveId] = useState(value);
  const typed = useRef({ text: '', at: 0 });
  const found = options.findIndex((o) => o.id === activeId);
  const at = found >= 0 ? found : Math.max(0, selected);
  const optionId = (i: number) => `${prefix}-${i}`;
  const choose = (i: number) => {
    setActiveId(options[i]!.id);
    onChange(options[i]!.id);
    list.current?.querySelector(`#${CSS.escape(optionId(i))}`)?.scrollIntoView({ block: 'nearest' });
  };
  /** The first option, from the active one on, whose name starts with what was typed; a letter alone (or again) looks past the chosen one. */
  const typeAhead = (key: string, time: number) => {
    const text = typed.current.text && time - typed.current.at < TYPE_AHEAD_MS ? typed.current.text + key.toLocaleLowerCase() : key.toLocaleLowerCase();
    typed.current = { text, at: time };
    const repeat = [...text].every((ch) => ch === text[0]);
    const search = repeat ? text[0]! : text;
    const from = repeat && selected >= 0 ? at + 1 : at;
    for (let n = 0; n < options.length; n++) {
      const i = (from + n) % options.length;
      if (options[i]!.name.toLocaleLowerCase().startsWith(search)) return choose(i);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (options.length === 0 || e.ctrlKey || e.metaKey || e.altKey) return;
    // With nothing chosen yet, an arrow chooses the active option (the first) rather than the one past it.
    const step = selected < 0 ? 0 : 1;
    const move: Record<string, number> = { ArrowDown: Math.min(at + step, options.length - 1), ArrowUp: Math.max(at - step, 0), Home: 0, End: options.length - 1 };
    if (e.key in move) {
      e.preventDefault();
      typed.current.text = ''; // a move ends a type-ahead search
      choose(move[e.key]!);
    } else if (e.key.length === 1 && (e.key !== ' ' || (typed.current.text && e.timeStamp - typed.current.at < TYPE_AHEAD_MS))) {
      e.preventDefault();
      typeAhead(e.key, e.timeStamp); // a space inside a search ("zhang w") is part of it
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(at);
      if (e.key === 'Enter') onEnter(options[at]!.id);
    }
  };
  return (
    <ul
      ref={list}
      class="listbox"
      role="listbox"
      tabIndex={0}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-activedescendant={options.length > 0 ? optionId(at) : undefined}
      onKeyDown={onKeyDown}
    >
      {options.map((o, i) => (
        <li key={o.id} id={optionId(i)} role="option" class="listbox-option" aria-selected={i === selected} data-active={i === at || undefined} onClick={() => choose(i)}>
          {o.children}
        </li>
      ))}
    </ul>
  );
}
