import { t } from './i18n.ts';

/**
 * The console's own form checking, for every form (each has `noValidate`, so the browser draws no bubble of its
 * own in its own language): on submit, and on leaving a field once the form was submitted, each field the browser
 * finds invalid (`required`, `minLength`, `type="email"`/`"url"`, `pattern`: its `validity`, the only
 * validator) shows why under itself from the console's locale files, with `aria-invalid` and `aria-describedby`;
 * focus goes to the first one and the form's own submit handler does not run. A control marked `data-own-check`
 * shows its own message as it is typed: it is only held back and focused here.
 */
type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const isControl = (el: EventTarget | null): el is Control =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;

/** Why a field is invalid, in the console language ('' when it is valid). */
export function validityText(el: Control): string {
  const v = el.validity;
  if (v.valid) return '';
  if (v.customError) return el.validationMessage; // the server's refusal (refuse)
  if (v.valueMissing) return t('check_required');
  if (v.typeMismatch && el.type === 'email') return t('check_email');
  if (v.typeMismatch && el.type === 'url') return t('check_url');
  if (v.tooShort && !(el instanceof HTMLSelectElement)) return t('check_too_short', { n: String(el.minLength - el.value.length) }); // the hint says the least
  return el.title || t('check_format'); // a pattern's rule, as the field's title says it
}

let seq = 0;

/** Shows or clears the field's message; true when it is valid. */
function mark(el: Control): boolean {
  if ('ownCheck' in el.dataset) return el.validity.valid; // it says its own message (ui/NumberStepper.tsx)
  const text = el.willValidate ? validityText(el) : '';
  if (!text && !('checkShown' in el.dataset)) return true; // not ours: a form's own aria-invalid stays
  const id = (el.dataset.checkId ??= `check-${++seq}`);
  const described = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((d) => d && d !== id);
  let note = document.getElementById(id);
  if (!text) {
    note?.remove();
    delete el.dataset.checkShown;
    el.removeAttribute('aria-invalid');
    if (described.length) el.setAttribute('aria-describedby', described.join(' '));
    else el.removeAttribute('aria-describedby');
    return true;
  }
  if (!note) {
    note = document.createElement('span');
    note.className = 'field-error';
    note.id = id;
    const field = el.closest('.field');
    if (field) field.append(note);
    else el.after(note);
  }
  note.textContent = text;
  el.dataset.checkShown = '';
  el.setAttribute('aria-invalid', 'true');
  el.setAttribute('aria-describedby', [...described, id].join(' '));
  return false;
}

function onSubmit(e: Event): void {
  const form = e.target;
  if (!(form instanceof HTMLFormElement)) return;
  form.dataset.checked = '';
  const invalid = [...form.elements].filter(isControl).filter((el) => !mark(el));
  if (!invalid.length) return;
  e.preventDefault();
  e.stopImmediatePropagation(); // capture on the document: the form's own handler never sees it
  invalid[0]!.focus();
}

/** After a first submit, leaving a field re-checks it; typing clears a message once the field is right (and the server's refusal of it). */
function onLeaveOrType(e: Event): void {
  const el = e.target;
  if (!isControl(el) || !el.form || !('checked' in el.form.dataset)) return;
  if (e.type === 'input') el.setCustomValidity('');
  if (e.type === 'focusout' || 'checkShown' in el.dataset) mark(el);
}

/**
 * The server refused what this field holds (an e-mail already taken, a wrong current password): say so under the field
 * as its own checks would, and focus it; it counts as invalid until it is edited.
 */
export function refuse(el: Control, text: string): void {
  el.setCustomValidity(text);
  mark(el);
  el.focus();
}

export function installFormCheck(root: Document): void {
  root.addEventListener('submit', onSubmit, true);
  root.addEventListener('focusout', onLeaveOrType, true);
  root.addEventListener('input', onLeaveOrType, true);
}
