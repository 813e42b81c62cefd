/**
 * Payment card numbers (PANs) in free text: found and masked before a message is stored, sent, logged or
 * shown to the bot (server), and as the visitor types (widget). Pure and dependency-free.
 *
 * A card number is 13–19 digits (12 for Maestro, whose numbers start 50 or 56–69) that pass the Luhn check, written
 * in one piece or in the groups cards are printed in — fours (some separators may be left out: `4111 1111 11111111`),
 * Amex 4-6-5, Diners 4-6-4, old 13-digit Visa 4-3-3-3 — separated by a space, dash, dot or no-break space
 * (full-width digits and separators count too). Luhn is required because ISO/IEC 7812-1 gives every card number a
 * Luhn check digit, and without it every 13–19-digit order or transaction number would be masked, for good (masking
 * comes before storage); the exception is UnionPay (62…, 81…, 16–19 digits), which issued numbers that fail it.
 * Not cards: numbers starting 20 or 21 (no scheme issues there — Mastercard's 2-series is 2221–2720, Mir's
 * 2200–2204 — while dated references start so: `20261203…`), numbers after `+` (phones), numbers glued to letters
 * or `_` (ids like `TX4111…`, `ORD-4111…`), numbers that start with 0, digit groups in other layouts
 * (`20261203-8842`, `231203-1234567`), thousands-style amounts (`1 234 567`), decimals, mainland resident ID numbers
 * (18 digits with a province, a birth date and their own check digit: `protocol/id-numbers.ts`; masked for display
 * instead, and one in ten would pass Luhn — every one from 62… or 81… ending in a digit was a UnionPay number), and any other run of
 * digits unless it holds a card of 15–19 digits in a card layout (`4111 1111 1111 1111 123`: a card followed by
 * its security code is still a card).
 */
import { isResidentId } from './id-numbers.ts';

export type CardMaskStyle = 'last4' | 'first6last4';
export const CARD_MASK_STYLES = ['last4', 'first6last4'] as const satisfies readonly CardMaskStyle[];

export interface CardNumberMatch {
  /** UTF-16 offsets of the number in the text, from its first to its last digit. */
  start: number;
  end: number;
  /** The number's ASCII digits. */
  digits: string;
}

const DIGIT = '0-9\uFF10-\uFF19';
const SEPARATOR = ' .\\-\u00A0\u2007\u2009\u202F\u2010\u2011\u2012\u2013\u3000\uFF0D\uFF0E';
/** Maximal runs of digit groups with one separator between groups. */
const RUN = new RegExp(`[${DIGIT}]+(?:[${SEPARATOR}][${DIGIT}]+)*`, 'g');
const GROUP = new RegExp(`[${DIGIT}]+`, 'g');
/**
 * What may not touch a card number: it would be part of a word, an id (`TX4111…`, `ORD-2024…`, a resident ID's
 * 17 digits and `X`) or a phone number. Full-width letters count as letters.
 */
const GLUED_BEFORE = /[A-Za-z0-9_+\uFF0B\uFF21-\uFF3A\uFF41-\uFF5A]$|[A-Za-z0-9][-/]$/;
const GLUED_AFTER = /^[A-Za-z0-9_\uFF21-\uFF3A\uFF41-\uFF5A]/;
const MASK = '••••';

const asciiDigits = (s: string): string => s.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) d = d > 4 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** UnionPay's numbers: some do not pass the Luhn check, so the prefix and length decide (as Braintree's card-validator does). */
const UNIONPAY = /^(?:62|81)\d{14,17}$/;
/** Maestro, the one scheme whose numbers may be 12 digits long. */
const MAESTRO = /^(?:50|5[6-9]|6)/;

function isCard(digits: string): boolean {
  if (digits.length < 12 || digits.length > 19 || /^(?:0|2[01])/.test(digits) || isResidentId(digits)) return false;
  return UNIONPAY.test(digits) || ((digits.length > 12 || MAESTRO.test(digits)) && luhnValid(digits));
}

interface Group {
  start: number;
  end: number;
  digits: string;
  /** The separator before this group ('' for the first). */
  sep: string;
}

/** `1 234 567`, `12.345.678`, `1234567890123.45`: an amount, not a card. */
function looksLikeAmount(groups: readonly Group[]): boolean {
  const [first, ...rest] = groups;
  const thousands = groups.length >= 3 && first!.digits.length <= 3 && rest.every((g) => g.digits.length === 3 && g.sep === rest[0]!.sep);
  const decimal = groups.length === 2 && rest[0]!.sep === '.' && rest[0]!.digits.length <= 2;
  return thousands || decimal;
}

const matchOf = (groups: readonly Group[]): CardNumberMatch => ({
  start: groups[0]!.start,
  end: groups.at(-1)!.end,
  digits: groups.map((g) => g.digits).join(''),
});

/** Groups laid out like a card: one piece; fours, some separators maybe left out (a separator only after every 4th digit); Amex 4-6-5, Diners 4-6-4, 13-digit Visa 4-3-3-3. */
function cardShaped(sizes: readonly number[]): boolean {
  return sizes.slice(0, -1).every((n) => n % 4 === 0) || /^4,6,[45]$|^4,3,3,3$/.test(sizes.join(','));
}

/**
 * Card numbers inside a run that is not one as a whole (`4111 1111 1111 1111 123`): a first group of 15–19
 * digits, or a card-shaped window of 15–19 digits (shorter windows would find "cards" in most long numbers).
 */
function cardsInside(groups: readonly Group[]): CardNumberMatch[] {
  const found: CardNumberMatch[] = [];
  for (let i = 0; i < groups.length; ) {
    let take = i === 0 && groups[0]!.digits.length >= 15 && isCard(groups[0]!.digits) ? 1 : 0;
    const sizes: number[] = [];
    for (let n = 1, total = 0; !take && i + n <= groups.length && total <= 19; n++) {
      sizes.push(groups[i + n - 1]!.digits.length);
      total += sizes.at(-1)!;
      if (n > 1 && total >= 15 && cardShaped(sizes) && isCard(matchOf(groups.slice(i, i + n)).digits)) take = n;
    }
    if (take === 0) i++;
    else {
      found.push(matchOf(groups.slice(i, i + take)));
      i += take;
    }
  }
  return found;
}

export function findCardNumbers(text: string): CardNumberMatch[] {
  const found: CardNumberMatch[] = [];
  for (const run of text.matchAll(RUN)) {
    const start = run.index;
    const end = start + run[0].length;
    if (GLUED_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || GLUED_AFTER.test(text.slice(end, end + 1))) continue;
    const groups: Group[] = [...run[0].matchAll(GROUP)].map((g) => ({
      start: start + g.index,
      end: start + g.index + g[0].length,
      digits: asciiDigits(g[0]),
      sep: g.index === 0 ? '' : run[0][g.index - 1]!.replace('\uFF0E', '.'),
    }));
    if (looksLikeAmount(groups)) continue;
    const whole = matchOf(groups);
    if (isCard(whole.digits) && cardShaped(groups.map((g) => g.digits.length))) found.push(whole);
    else if (groups.length > 1) found.push(...cardsInside(groups));
  }
  return found;
}

export function maskedCard(digits: string, style: CardMaskStyle): string {
  const last4 = `${MASK} ${digits.slice(-4)}`;
  return style === 'first6last4' ? `${digits.slice(0, 6)} ${last4}` : last4;
}

/** The text with every card number (or the given matches) replaced by `•••• 1234` (or `411111 •••• 1234`). */
export function maskCardNumbers(text: string, style: CardMaskStyle = 'last4', matches: readonly CardNumberMatch[] = findCardNumbers(text)): string {
  let out = '';
  let last = 0;
  for (const m of matches) {
    out += text.slice(last, m.start) + maskedCard(m.digits, style);
    last = m.end;
  }
  return out + text.slice(last);
}
