import { maskIdNumbers } from '../../protocol/id-numbers.ts';
import type { Agent } from '../storage/agent-types.ts';

/**
 * Visitors' contact details (emails, phone numbers) and identity numbers in what agents see. The rule: every REST
 * response and every console socket frame shows them masked (`j***@example.com`, `+86 *** **** 1234`,
 * `**************851X`), for every role, so
 * a modified console cannot get them. Admins and agents with `canSeePersonalData` may unmask one
 * conversation (`POST /api/v1/conversations/:id/reveal`), and each unmasking is written to the audit log.
 * What is stored is never changed: masking is for display only (card numbers, unlike these, are masked before storage).
 */
export const mayRevealPersonalData = (agent: Agent): boolean => agent.role === 'admin' || agent.canSeePersonalData;

/**
 * Contact details are found in two linear passes, never by one regex that backtracks over visitor text: first
 * the text is cut into runs (an email-ish run, a digit-group run; each regex has one way to match and the global
 * scan never re-reads a character), then plain code checks each run. A crafted 16 KiB string costs one scan.
 */
const EMAIL_RUN = /[\p{L}\p{N}._%+@-]+/gu;
const LOCAL_PART = /^[\p{L}\p{N}._%+-]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}-]+$/u;
const LEADING_LETTERS = /^\p{L}+/u;
/** Chinese, Japanese or Korean words written against an address (`email是jane@example.com`): up to the last such character. */
const WORDS_BEFORE = /^.*[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/su;

/** The end of the email whose `@` is at `at` in `run` (its domain: labels, the last starting with 2+ letters), or -1. */
function emailEnd(run: string, at: number): number {
  const next = run.indexOf('@', at + 1);
  const labels = run.slice(at + 1, next === -1 ? run.length : next).split('.');
  let end = -1;
  let offset = at + 1;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const letters = i > 0 ? (LEADING_LETTERS.exec(label)?.[0].length ?? 0) : 0;
    if (letters >= 2) end = offset + letters;
    if (!DOMAIN_LABEL.test(label)) break;
    offset += label.length + 1;
  }
  return end;
}

/**
 * Every email address in `text`, replaced by `replace(address)`. Chinese, Japanese and Korean words written against
 * an address are not its local part, unless nothing else is (`邮箱是张三@example.com`).
 */
export function replaceEmails(text: string, replace: (address: string) => string): string {
  return text.replace(EMAIL_RUN, (run) => {
    let out = '';
    let from = 0;
    for (let at = run.indexOf('@'); at !== -1; at = run.indexOf('@', at + 1)) {
      const words = WORDS_BEFORE.exec(run.slice(from, at))?.[0].length ?? 0;
      const start = words < at - from ? from + words : from;
      const local = run.slice(start, at);
      const end = local.length > 0 && LOCAL_PART.test(local) ? emailEnd(run, at) : -1;
      if (end === -1) continue;
      out += run.slice(from, start) + replace(run.slice(start, end));
      from = end;
      at = end - 1;
    }
    return from === 0 ? run : out + run.slice(from);
  });
}

/**
 * A phone number: `+` and 7–15 digits, or 8–15 digits alone (a Chinese mobile, a local number), in groups
 * separated by one space, dash or dot, an area code maybe in brackets; not glued to letters or digits. Chinese,
 * Japanese and Korean characters do not glue: those languages write a number against their words with no space
 * (`我的手机号13800138000谢谢`, `電話番号は09012345678です`), and it is the same number as with one.
 */
const PHONE_RUN = /[+\uFF0B]?(?:\(\d{1,5}\)[ .-]?)?\d+(?:[ .-]\d+)*/gu;
const GLUED_BEFORE = /(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}_+\uFF0B]/u;
const GLUED_AFTER = /(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}_]/u;
/** Dates (`2024-01-15`, `15.01.2024`, `19900512`) and amounts with decimals are not phone numbers. */
const NOT_PHONE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}|19\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$|\.\d{1,2}$/;
/**
 * Nor is a date of this century, alone or starting a dated reference (`20261203`, `20261203-8842`, `202612038842`,
 * `2026-12-03-8842`): Chinese mobiles start with 1, a North American number's fifth digit is 2–9. (A Hong Kong line
 * written in one piece that reads as such a date is taken for one.)
 */
const DATE_FIRST = /^20\d\d[-./]?(?:0[1-9]|1[0-2])[-./]?(?:0[1-9]|[12]\d|3[01])/;
/**
 * A first group of 5+ digits not starting with 0 ends a phone number: in one, only a trunk prefix's group is that long
 * and followed by more (`07700 900123`). It is masked on its own if it is one (`13800138000`); after a space comes
 * another number (`13800138000 13900139000`, masked on its own too), after a dash or a dot the rest of a reference,
 * which stays (`231203-123456`, ZIP+4 `94105-1234`, `20261203-8842`).
 */
const LONG_FIRST = /^([1-9]\d{4,})([ .-])(.+)$/;
const SEPARATORS = /[ .-]/g;

/** The run, trimmed group by group at its end until what follows is not glued to it (nor a decimal part). */
function phoneIn(run: string, after: string): string {
  let candidate = run;
  let next = after;
  while (GLUED_AFTER.test(next.slice(0, 1)) || /^[.,]\d/.test(next)) {
    const cut = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('.'), candidate.lastIndexOf('-'));
    if (cut <= 0) return '';
    next = candidate.slice(cut);
    candidate = candidate.slice(0, cut);
  }
  return candidate;
}

/** A run that continues a Latin code through a dash, slash or underscore ("TX-2024-0917", "ORD/20240917"): a reference, not a phone. */
function insideIdentifier(text: string, offset: number): boolean {
  return offset > 1 && /[-/_]/.test(text[offset - 1]!) && /[A-Za-z0-9]/.test(text[offset - 2]!);
}

function maskPhones(text: string): string {
  return text.replace(PHONE_RUN, (run, offset: number) => {
    let start = 0;
    // Glued to what precedes it: the number can only start after its first separator (as a lookbehind would).
    if (offset > 0 && (GLUED_BEFORE.test(text[offset - 1]!) || insideIdentifier(text, offset))) {
      SEPARATORS.lastIndex = 0;
      const first = SEPARATORS.exec(run);
      if (!first) return run;
      start = first.index + 1;
    }
    const phone = phoneIn(run.slice(start), text.slice(offset + run.length, offset + run.length + 2));
    if (!phone) return run;
    return run.slice(0, start) + maskPhone(phone) + run.slice(start + phone.length);
  });
}

/**
 * An international number followed by more digits (`+86 13800138000 1234`, `+86-138-0013-8000-1234`: too long for
 * one): the number is the longest part up to a space, dash or dot that has at most 15 digits; what follows is masked
 * on its own if it is a phone number. The number, the separator and what follows, or null.
 */
function internationalThenMore(match: string): [string, string, string] | null {
  let cut = -1;
  for (let i = 0, digits = 0; i < match.length && digits <= 15; i++) {
    if (/\d/.test(match[i]!)) digits++;
    else if (/[ .-]/.test(match[i]!)) cut = i;
  }
  return cut === -1 ? null : [match.slice(0, cut), match[cut]!, match.slice(cut + 1)];
}

/** One phone number masked (the country code and the last four digits stay); anything else comes back unchanged. */
export function maskPhone(match: string): string {
  const digits = match.replace(/\D/g, '').length;
  const international = /^[+\uFF0B]/.test(match);
  const long = international ? null : LONG_FIRST.exec(match);
  if (long) return maskPhone(long[1]!) + long[2]! + (long[2] === ' ' ? maskPhone(long[3]!) : long[3]!);
  const more = international && digits > 15 ? internationalThenMore(match) : null;
  if (more) return maskPhone(more[0]) + more[1] + maskPhone(more[2]);
  if (digits > 15 || digits < (international ? 7 : 8) || NOT_PHONE.test(match) || (!international && DATE_FIRST.test(match))) return match;
  // The country code (`+86 …`) and the last four digits stay; every other digit becomes `*`.
  const keepFrom = international ? (/^[+\uFF0B](\d{1,3})[ .(-]/.exec(match)?.[0].length ?? 1) : 0;
  let toMask = digits - 4 - (international ? match.slice(0, keepFrom).replace(/\D/g, '').length : 0);
  let out = match.slice(0, keepFrom);
  for (const ch of match.slice(keepFrom)) {
    out += /\d/.test(ch) && toMask-- > 0 ? '*' : ch;
  }
  return out;
}

/**
 * Emails, phone numbers and ID numbers in free text, masked for display. ID numbers are found before phone numbers,
 * which are looked for in the text between them: an ID number in groups (`620102 1985 0615 1237`) is not read as a
 * phone number's digits, and a number after one (`110101199003078515 13800138000`) is masked on its own.
 */
export function maskPersonalText(text: string): string {
  return maskIdNumbers(replaceEmails(text, (address) => `${address.slice(0, 1)}***${address.slice(address.lastIndexOf('@'))}`), maskPhones);
}
