/**
 * National identity numbers in free text: found so they are masked for display like phone numbers
 * (`server/services/personal-data.ts`), and so the card rule leaves them alone (`protocol/card-numbers.ts`).
 * Pure and dependency-free.
 *
 * - Mainland China's resident ID (居民身份证号码, GB 11643): 18 characters — a 6-digit region whose province exists
 *   (11–15, 21–23, 31–37, 41–46, 50–54, 61–65; 810000 / 820000 / 830000 for the residence permits of Hong Kong,
 *   Macao and Taiwan residents), a birth date YYYYMMDD from 1900 to today, a 3-digit sequence and the ISO 7064
 *   MOD 11-2 check character (0–9 or X) — in one piece or as 6-8-4 with spaces or dashes.
 * - Taiwan's national ID (身分證字號): a letter, 1 or 2 (8 or 9: the resident certificates issued since 2021 in the
 *   same form), 8 digits, the last a check digit over the letter's code and the digits.
 * - Hong Kong's identity card number: 1 or 2 letters, 6 digits and a check digit (0–9 or A, mod 11) in brackets.
 *
 * Letters in either case, full-width digits, letters and brackets count too; a number glued to letters, digits or `_`
 * is part of something else. Not found: the 15-digit resident ID issued before 1999 (no check digit: see the README).
 */
export type IdNumberKind = 'cn' | 'tw' | 'hk';

export interface IdNumberMatch {
  /** UTF-16 offsets of the number in the text. */
  start: number;
  end: number;
  kind: IdNumberKind;
}

/**
 * The three shapes, each with one way to match: Hong Kong (letters, 6 digits, the check digit in brackets), Taiwan
 * (a letter, 1/2/8/9 and 8 digits), mainland (6 + 8 + 4, the 8 starting 1 or 2, maybe separated by a space or dash).
 */
const ID_SHAPE =
  /(?<![0-9A-Za-z_０-９Ａ-Ｚａ-ｚ])(?:[A-Za-zＡ-Ｚａ-ｚ]{1,2}[0-9０-９]{6} ?[(（][0-9AaＡａ０-９][)）]|[A-Za-zＡ-Ｚａ-ｚ][1289１２８９][0-9０-９]{8}|[1-8１-８][0-9０-９]{5}[ -]?[12１２][0-9０-９]{7}[ -]?[0-9０-９]{3}[0-9XxＸｘ０-９])(?![0-9A-Za-z_０-９Ａ-Ｚａ-ｚ])/gu;

const PROVINCES = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '81', '82', '83']);
const MOD_11_2_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const MOD_11_2_CHECK = '10X98765432';

/** A birth date `YYYYMMDD` that exists, from 1900 to today (UTC). */
function bornBy(date: string): boolean {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8))];
  const today = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  return y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate() && date <= today;
}

/** 17 ASCII digits and a check character (0–9 or X) making a mainland resident ID number. */
export function isResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id) || !PROVINCES.has(id.slice(0, 2)) || (id[0] === '8' && id.slice(2, 6) !== '0000') || !bornBy(id.slice(6, 14))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * MOD_11_2_WEIGHTS[i]!;
  return MOD_11_2_CHECK[sum % 11] === id[17];
}

/** Taiwan's letter codes 10–35, in this order (I and O, added last, come last). */
const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

function isTaiwanId(id: string): boolean {
  const code = TW_LETTERS.indexOf(id[0]!) + 10;
  let sum = Math.floor(code / 10) + (code % 10) * 9 + Number(id[9]);
  for (let i = 1; i <= 8; i++) sum += Number(id[i]) * (9 - i);
  return sum % 10 === 0;
}

/** Letters and digits, with the check digit (after its brackets were taken off) last. */
function isHongKongId(id: string): boolean {
  const value = (c: string) => c.charCodeAt(0) - 55; // A = 10 … Z = 35
  const letters = id.length - 7;
  let sum = letters === 1 ? 36 * 9 + value(id[0]!) * 8 : value(id[0]!) * 9 + value(id[1]!) * 8;
  for (let i = 0; i < 6; i++) sum += Number(id[letters + i]) * (7 - i);
  const check = (11 - (sum % 11)) % 11;
  return id.at(-1) === (check === 10 ? 'A' : String(check));
}

/** The kind of ID number `written` (an ID_SHAPE match) is, or null when its check fails. */
function kindOf(written: string): IdNumberKind | null {
  const id = written.normalize('NFKC').toUpperCase().replace(/[ ()-]/g, '');
  if (id.length === 18) return isResidentId(id) ? 'cn' : null;
  if (id.length === 10 && /^[A-Z]\d/.test(id)) return isTaiwanId(id) ? 'tw' : null;
  return isHongKongId(id) ? 'hk' : null;
}

export function findIdNumbers(text: string): IdNumberMatch[] {
  const found: IdNumberMatch[] = [];
  for (const m of text.matchAll(ID_SHAPE)) {
    const kind = kindOf(m[0]);
    if (kind) found.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  return found;
}

/** One ID number masked: every letter and digit but the last four becomes `*`; separators and brackets stay. */
function maskId(written: string): string {
  let keep = 4;
  let out = '';
  for (let i = written.length - 1; i >= 0; i--) {
    const c = written[i]!;
    out = (/[\p{L}\p{N}]/u.test(c) && keep-- <= 0 ? '*' : c) + out;
  }
  return out;
}

/** The text with every ID number masked (`**************851X`, `****456(3)`, `******6789`). */
export function maskIdNumbers(text: string): string {
  let out = '';
  let last = 0;
  for (const m of findIdNumbers(text)) {
    out += text.slice(last, m.start) + maskId(text.slice(m.start, m.end));
    last = m.end;
  }
  return out + text.slice(last);
}
