/**
 * National identity numbers in free text: found so they are masked for display like phone numbers
 * (`server/services/personal-data.ts`), and so the card rule leaves them alone (`protocol/card-numbers.ts`).
 * Pure and dependency-free.
 *
 * - Mainland China's resident ID (居民身份证号码, GB 11643): 18 characters — a 6-digit region whose province exists
 *   (11–15, 21–23, 31–37, 41–46, 50–54, 61–65; 810000 / 820000 / 830000 for the residence permits of Hong Kong,
 *   Macao and Taiwan residents), a birth date YYYYMMDD from 1900 to today, a 3-digit sequence and the ISO 7064
 *   MOD 11-2 check character (0–9 or X) — in one piece or in groups after the 3rd, 6th, 10th and 14th digit (6-8-4,
 *   3-3-8-4, 6-4-4-4) with spaces or dashes. The 15-digit number issued before 1999 (the region, a birth date YYMMDD
 *   of the 1900s, a 3-digit sequence; no check character), in one piece or 6-6-3, when no decimal part follows.
 * - Taiwan's national ID (身分證字號): a letter, 1 or 2 (8 or 9: the resident certificates issued since 2021 in the
 *   same form), 8 digits, the last a check digit over the letter's code and the digits; the resident certificates
 *   issued before, two letters (the second A–D) and 8 digits, the second letter's code counting its last digit.
 * - Hong Kong's identity card number: 1 or 2 letters, 6 digits and a check digit (0–9 or A, mod 11), in brackets or
 *   not (`A123456(3)`, `A1234563`; without brackets two letters only as the cards have them: W or X first).
 *
 * Letters in either case, full-width digits, letters and brackets count too; a number glued to letters, digits or `_`
 * is part of something else.
 */
export type IdNumberKind = 'cn' | 'tw' | 'hk';

export interface IdNumberMatch {
  /** UTF-16 offsets of the number in the text. */
  start: number;
  end: number;
  kind: IdNumberKind;
}

/**
 * The shapes, each with one way to match: Hong Kong (letters, 6 digits, the check digit in brackets or not), Taiwan
 * (a letter, then 1/2/8/9 or A–D, and 8 digits), mainland (18: 3 + 3 + 4 + 4 + 4, the 4 after the 6th digit starting
 * 1 or 2; 15: 3 + 3 + 6 + 3; each group maybe after a space or dash). The lookbehind keeps a digit run from starting
 * mid-run.
 */
const ID_SHAPE =
  /(?<![0-9A-Za-z_０-９Ａ-Ｚａ-ｚ])(?:[A-Za-zＡ-Ｚａ-ｚ]{1,2}[0-9０-９]{6} ?[(（][0-9AaＡａ０-９][)）]|(?:[A-Za-zＡ-Ｚａ-ｚ]|[WXwxＷＸｗｘ][A-Za-zＡ-Ｚａ-ｚ])[0-9０-９]{6}[0-9AaＡａ０-９]|[A-Za-zＡ-Ｚａ-ｚ][1289１２８９A-Da-dＡ-Ｄａ-ｄ][0-9０-９]{8}|[1-8１-８][0-9０-９]{2}[ -]?[0-9０-９]{3}[ -]?(?:[12１２][0-9０-９]{3}[ -]?[0-9０-９]{4}[ -]?[0-9０-９]{3}[0-9XxＸｘ０-９]|[0-9０-９]{6}[ -]?[0-9０-９]{3}))(?![0-9A-Za-z_０-９Ａ-Ｚａ-ｚ])/gu;

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

/** The resident ID number issued before 1999 (no residence permits then): 15 ASCII digits, a province that exists, a birth date 19YYMMDD. */
function isOldResidentId(id: string): boolean {
  return /^\d{15}$/.test(id) && id[0] !== '8' && PROVINCES.has(id.slice(0, 2)) && bornBy(`19${id.slice(6, 12)}`);
}

/** Taiwan's letter codes 10–35, in this order (I and O, added last, come last). */
const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

/** A national ID or resident certificate; on the old certificates the second letter counts as its code's last digit. */
function isTaiwanId(id: string): boolean {
  const code = TW_LETTERS.indexOf(id[0]!) + 10;
  const second = /\d/.test(id[1]!) ? Number(id[1]) : (TW_LETTERS.indexOf(id[1]!) + 10) % 10;
  let sum = Math.floor(code / 10) + (code % 10) * 9 + second * 8 + Number(id[9]);
  for (let i = 2; i <= 8; i++) sum += Number(id[i]) * (9 - i);
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

/** The kind of ID number `written` (an ID_SHAPE match, `after` what follows it) is, or null when its check fails. */
function kindOf(written: string, after: string): IdNumberKind | null {
  const id = written.normalize('NFKC').toUpperCase().replace(/[ ()-]/g, '');
  if (id.length === 18) return isResidentId(id) ? 'cn' : null;
  // Without a check character, 15 digits followed by a decimal part are an amount (`310105491231002.50`).
  if (id.length === 15) return isOldResidentId(id) && !/^[.,][0-9０-９]/.test(after) ? 'cn' : null;
  if (id.length === 10) return isTaiwanId(id) ? 'tw' : null;
  return isHongKongId(id) ? 'hk' : null;
}

export function findIdNumbers(text: string): IdNumberMatch[] {
  const found: IdNumberMatch[] = [];
  for (const m of text.matchAll(ID_SHAPE)) {
    const end = m.index + m[0].length;
    const kind = kindOf(m[0], text.slice(end, end + 2));
    if (kind) found.push({ start: m.index, end, kind });
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

/**
 * The text with every ID number masked (`**************851X`, `****456(3)`, `******6789`), and `between` applied to
 * each stretch of text around them, on its own (a phone number after an ID number is not read with its last digits).
 */
export function maskIdNumbers(text: string, between: (part: string) => string = (part) => part): string {
  let out = '';
  let last = 0;
  for (const m of findIdNumbers(text)) {
    out += between(text.slice(last, m.start)) + maskId(text.slice(m.start, m.end));
    last = m.end;
  }
  return out + between(text.slice(last));
}
