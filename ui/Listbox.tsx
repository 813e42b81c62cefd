import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';

export interface ListboxOption {
  id: string;
  /** What type-ahead matches: the option's name, without the rest of its line. */
  name: string;
  children: ComponentChildren;
}

/** Keys typed within this many ms of one another are one type-ahead search ("me" finds Mei, not Ana then Emma). */
const TYPE_AHEAD_MS = 700;

/**
 * Where a key moves the active option of a list of `count`: arrows by one (by `step`: 0 when nothing is chosen yet,
 * so an arrow lands on the active option), Page Up/Down by ten, Home and End to the ends; undefined for other keys.
 */
export function listMove(key: string, at: number, count: number, step = 1): number | undefined {
  const last = count - 1;
  const moves: Record<string, number> = { ArrowDown: Math.min(at + step, last), ArrowUp: Math.max(at - step, 0), PageDown: Math.min(at + 10, last), PageUp: Math.max(at - 10, 0), Home: 0, End: last };
  return moves[key];
}

/**
 * A list's type-ahead: the keys typed within TYPE_AHEAD_MS are one search, matched against the start of each
 * option's name from the active one on; a letter alone, or the same letter again, looks past the active option
 * when it is a chosen one (m, m, m steps through the Ms).
 */
export function useTypeAhead() {
  const typed = useRef({ text: '', at: 0 });
  return {
    /** Whether the key is part of a search: a printable character; a space only inside a search ("zhang w"). */
    takes: (e: KeyboardEvent) => e.key.length === 1 && (e.key !== ' ' || (typed.current.text !== '' && e.timeStamp - typed.current.at < TYPE_AHEAD_MS)),
    /** A move by arrow, Home or End ends a search. */
    reset: () => void (typed.current.text = ''),
    find: (names: string[], e: KeyboardEvent, at: number, chosen: boolean): number | undefined => {
      const key = e.key.toLocaleLowerCase();
      const text = typed.current.text && e.timeStamp - typed.current.at < TYPE_AHEAD_MS ? typed.current.text + key : key;
      typed.current = { text, at: e.timeStamp };
      const repeat = [...text].every((ch) => ch === text[0]);
      const search = repeat ? text[0]! : text;
      const from = repeat && chosen ? at + 1 : at;
      for (let n = 0; n < names.length; n++) {
        const i = (from + n) % names.length;
        if (names[i]!.toLocaleLowerCase().startsWith(search)) return i;
      }
      return undefined;
    },
  };
}

/**
 * A single-select listbox drawn by us (WAI-ARIA listbox pattern), for choices that carry more than a word (an
 * agent with presence and load). Focus stays on the list and `aria-activedescendant` names the active option, which
 * is always the chosen one (selection follows focus): with nothing chosen yet no option is active, so no row is
 * ringed while the dialog's main action is still disabled; the first arrow, Home, End, letter or Space chooses. Page
 * Up/Down move by ten; a click chooses; Enter calls `onEnter` (a dialog's main action) once something is chosen.
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
  // The active option is the chosen one, by id: the list may be re-sorted while open (an agent's presence or load changed).
  const at = options.findIndex((o) => o.id === value);
  const typeAhead = useTypeAhead();
  const optionId = (i: number) => `${prefix}-${i}`;
  const choose = (i: number) => {
    onChange(options[i]!.id);
    list.current?.querySelector(`#${CSS.escape(optionId(i))}`)?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (options.length === 0 || e.ctrlKey || e.metaKey || e.altKey) return;
    // With nothing chosen yet, an arrow chooses the first option rather than the one past it.
    const move = listMove(e.key, Math.max(at, 0), options.length, at < 0 ? 0 : 1);
    if (move !== undefined) {
      e.preventDefault();
      typeAhead.reset();
      choose(move);
    } else if (typeAhead.takes(e)) {
      e.preventDefault();
      const i = typeAhead.find(options.map((o) => o.name), e, Math.max(at, 0), at >= 0);
      if (i !== undefined) choose(i);
    } else if (e.key === ' ') {
      e.preventDefault();
      choose(Math.max(at, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (at >= 0) onEnter(options[at]!.id);
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
      aria-activedescendant={at >= 0 ? optionId(at) : undefined}
      onKeyDown={onKeyDown}
    >
      {options.map((o, i) => (
        <li key={o.id} id={optionId(i)} role="option" class="listbox-option" aria-selected={i === at} data-active={i === at || undefined} onClick={() => choose(i)}>
          {o.children}
        </li>
      ))}
    </ul>
  );
}
