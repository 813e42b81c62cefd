import { useId, useLayoutEffect, useRef } from 'preact/hooks';

/** A whole number as typed: digits alone (a sign, a point or a space is not one), at most 6 of them. */
const WHOLE = /^\d{1,6}$/;

/** The number `text` holds when it is a whole number within [min, max], else null. */
export function stepperValue(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!WHOLE.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/**
 * A whole-number field drawn by us, never the browser's number input (whose spin buttons the browser draws): a text
 * box with `inputmode="numeric"` (the phone's digit keyboard) between a − and a + button, as a WAI-ARIA spinbutton.
 * ↑ / ↓ step by one, Page Up / Page Down by ten, Home / End go to the bounds; the buttons step from the nearest bound
 * when the text is out of range, and stop at the bounds. Anything but a whole number in [min, max] says so under the
 * field at once (`rangeText`), marks it `aria-invalid`, and holds its form back (a custom validity: the console's
 * form check focuses it and adds no second message, `data-own-check`). It renders its own `<label>`.
 */
export function NumberStepper(props: {
  /** What the box holds, as typed. */
  value: string;
  onChange: (text: string) => void;
  min: number;
  max: number;
  label: string;
  /** The buttons' names ("Fewer chats", "More chats") and the message for text that is out of range or not a number. */
  labels: { decrease: string; increase: string; range: string };
  id?: string;
}) {
  const { min, max, value } = props;
  const own = useId();
  const id = props.id ?? own;
  const input = useRef<HTMLInputElement>(null);
  const n = stepperValue(value, min, max);
  const error = n === null ? props.labels.range : '';
  // Every render: a form's check may have cleared it as the text changed (console/form-check.ts).
  useLayoutEffect(() => input.current?.setCustomValidity(error));

  const typed = WHOLE.test(value.trim()) ? Number(value.trim()) : null;
  const set = (next: number) => props.onChange(String(Math.min(max, Math.max(min, next))));
  const step = (by: number) => set(typed === null ? (by > 0 ? min : max) : typed + by);
  const onKeyDown = (e: KeyboardEvent) => {
    const by: Record<string, () => void> = {
      ArrowUp: () => step(1),
      ArrowDown: () => step(-1),
      PageUp: () => step(10),
      PageDown: () => step(-10),
      Home: () => set(min),
      End: () => set(max),
    };
    const act = by[e.key];
    if (!act || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    act();
  };

  return (
    <div class="field stepper-field">
      <label class="field-label" for={id}>{props.label}</label>
      <div class="stepper">
        {/* Not in the tab order (the box steps by keyboard); a finger or a mouse presses them. */}
        <button type="button" class="stepper-button" tabIndex={-1} aria-label={props.labels.decrease} aria-controls={id} disabled={typed !== null && typed <= min} onClick={() => step(-1)}>−</button>
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="numeric"
          autocomplete="off"
          role="spinbutton"
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={n ?? undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-own-check=""
          value={value}
          onInput={(e) => props.onChange(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" class="stepper-button" tabIndex={-1} aria-label={props.labels.increase} aria-controls={id} disabled={typed !== null && typed >= max} onClick={() => step(1)}>+</button>
      </div>
      {error && <span id={`${id}-error`} class="field-error">{error}</span>}
    </div>
  );
}
