/**
 * Seeded generators for ID-number tests: valid mainland (and the 15-digit ones of before 1999), Taiwan (and the old
 * resident certificates) and Hong Kong ID numbers written the ways people type them, in sentences in several languages; and look-alikes that are other things (order and tracking numbers,
 * dates, amounts, phone numbers, ID-shaped numbers whose check fails).
 *
 * A valid check character is found by trying each and keeping the one `findIdNumbers` accepts (as card-fixtures.ts
 * does with Luhn); the test checks that exactly one is accepted, and published example numbers check the algorithms.
 */
import { findIdNumbers, isResidentId } from '../../protocol/id-numbers.ts';
import { seededRandom as rng } from '../../faq/classifier.ts';
import { digits, int, lookAlikes, pad, pick, type Rand } from './card-fixtures.ts';

/**
 * Real county codes of every province-level region (Gansu's 62 twice: with 81 they start UnionPay numbers), and the
 * residence permits' 810000 / 820000 / 830000.
 */
const REGIONS = [
  '110101', '110105', '120104', '130102', '140105', '150102', '210102', '220102', '230103', '310104', '320106', '330106',
  '340104', '350102', '360102', '370202', '410105', '420106', '430104', '440305', '440106', '450103', '460105', '500103',
  '510107', '520102', '530102', '540102', '610113', '620102', '620105', '630102', '640104', '650102', '810000', '820000', '830000',
];

/** A birth date from 1930-01-01 to 2025-12-31, as YYYYMMDD. */
function birthDate(r: Rand): string {
  const day = new Date(Date.UTC(1930, 0, 1) + int(r, 0, 35_063) * 86_400_000);
  return `${day.getUTCFullYear()}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}`;
}

/** The characters that can close each kind, and a test whether `id` (one written plainly) is accepted as that kind. */
export const CHECKS = {
  cn: { chars: '0123456789X', valid: (id: string) => isResidentId(id) },
  tw: { chars: '0123456789', valid: (id: string) => findIdNumbers(id)[0]?.kind === 'tw' },
  hk: { chars: '0123456789A', valid: (id: string) => findIdNumbers(id)[0]?.kind === 'hk' },
} as const;
export type IdKind = keyof typeof CHECKS;

/** `body` closed with each possible check character in turn (`(c)` for Hong Kong). */
export const closings = (kind: IdKind, body: string): string[] => [...CHECKS[kind].chars].map((c) => (kind === 'hk' ? `${body}(${c})` : body + c));

/** The body of a number of each kind, before its check character. */
export const BODIES: Record<IdKind, (r: Rand) => string> = {
  cn: (r) => pick(r, REGIONS) + birthDate(r) + digits(r, 3),
  // A national ID (1, 2), a resident certificate since 2021 (8, 9) or before (A–D: two letters and 8 digits).
  tw: (r) => pick(r, [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']) + pick(r, ['1', '2', '1', '2', '8', '9', 'A', 'B', 'C', 'D']) + digits(r, 7),
  hk: (r) => (r() < 0.8 ? pick(r, [...'ACDEGHKMPRVYZ']) : pick(r, ['WX', 'XA', 'XB', 'XC'])) + digits(r, 6),
};

/** The mainland number of before 1999: a region (no residence permits then), a birth date YYMMDD of the 1900s, a sequence. */
const oldResidentId = (r: Rand) => `${pick(r, REGIONS.slice(0, -3))}${String(int(r, 1930, 1999)).slice(2)}${birthDate(r).slice(4)}${digits(r, 3)}`;

/** A valid number of that kind (a mainland one of before 1999 one time in four). */
export function idNumber(r: Rand, kind: IdKind): string {
  if (kind === 'cn' && r() < 0.25) return oldResidentId(r);
  return closings(kind, BODIES[kind](r)).find(CHECKS[kind].valid)!;
}

const toFullWidth = (s: string) => s.replace(/[0-9A-Za-z()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Where a mainland number is cut into groups: 6-8-4 (twice as often), 3-3-8-4, 6-4-4-4; 6-6-3 for 15 digits. */
const GROUPINGS = [[6, 14], [6, 14], [3, 6, 14], [6, 10, 14]];

/**
 * How people write each kind: mainland plain or in groups with spaces or dashes, a small x; letters in either case;
 * Hong Kong's check digit without brackets; full-width.
 */
export function formatId(r: Rand, kind: IdKind, id: string): string {
  const style = int(r, 0, 9);
  if (style === 0) return toFullWidth(id);
  if (kind === 'cn') {
    const sep = pick(r, ['', '', '', ' ', '-']);
    const cuts = id.length === 15 ? [6, 12] : pick(r, GROUPINGS);
    const written = [0, ...cuts].map((from, i) => id.slice(from, cuts[i])).join(sep);
    return style === 1 ? written.toLowerCase() : written;
  }
  if (kind === 'tw') return style === 1 ? id.toLowerCase() : id;
  return style === 1 ? id.replace('(', ' (') : style === 2 ? id.replace('(', '（').replace(')', '）') : style === 3 ? id.replace(/[()]/g, '') : id;
}

const SENTENCES = [
  '我的身份证号是{}，实名认证一直失败',
  '身份证：{} 帮我查一下',
  '身分證字號 {} 無法驗證',
  '香港身份證號碼係{}，唔該',
  'My ID number is {}, please verify my account',
  'ID: {}',
  '{}',
  '本人確認の番号は{}です。',
  '신분증 번호 {} 입니다',
  'Mi documento es {}. Gracias',
  'id {} and my phone 13800138000',
];

export interface IdCase {
  text: string;
  /** The number as written in the text. */
  written: string;
  kind: IdKind;
}

export function idCases(seed: number, count: number): IdCase[] {
  const r = rng(seed);
  const kinds = Object.keys(CHECKS) as IdKind[];
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    const written = formatId(r, kind, idNumber(r, kind));
    return { text: pick(r, SENTENCES).replace('{}', written), written, kind };
  });
}

/** `body` closed with a check character its kind rejects. */
const wrongCheck = (r: Rand, kind: IdKind, body: string) => pick(r, closings(kind, body).filter((id) => !CHECKS[kind].valid(id)));

/** Look-alikes that are not ID numbers, by kind: each must be left to its own rule (or to none). */
export const NOT_ID_KINDS: Record<string, (r: Rand) => string> = {
  'dated order number': (r) => {
    const date = `20${pad(int(r, 10, 26))}${pad(int(r, 1, 12))}${pad(int(r, 1, 28))}`;
    return pick(r, [`${date}${digits(r, int(r, 6, 12))}`, `${date}-${digits(r, int(r, 4, 10))}`, `${date.slice(2)}${digits(r, 12)}`, `ORD${date}${digits(r, 6)}`]);
  },
  'tracking number': (r) =>
    pick(r, [
      () => `SF${digits(r, 13)}`,
      () => `JD${digits(r, 13)}`,
      () => `YT${digits(r, 13)}`,
      () => `7${digits(r, 11)}`,
      () => `${pick(r, ['43', '46', '31'])}${digits(r, 13)}`,
      () => `E${pick(r, ['A', 'B', 'E'])}${digits(r, 9)}CN`,
      () => `1Z${digits(r, 3)}${pick(r, ['AA', 'E1', 'X4'])}${digits(r, 10)}`,
      () => `9${digits(r, 21)}`,
    ])(),
  date: (r) => {
    const [y, m, d] = [int(r, 1930, 2035), pad(int(r, 1, 12)), pad(int(r, 1, 28))];
    return pick(r, [`${y}-${m}-${d}`, `${d}.${m}.${y}`, `${y}${m}${d}`, `${y}年${Number(m)}月${Number(d)}日`, `${y}/${m}/${d} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}`]);
  },
  amount: (r) => {
    const n = int(r, 1, 999_999_999);
    return pick(r, [`¥${n.toLocaleString('en-US')}.${pad(int(r, 0, 99))}`, `NT$${n.toLocaleString('en-US')}`, `HK$${n}.${pad(int(r, 0, 99))}`, `${n}${digits(r, 6)}.${pad(int(r, 0, 99))}元`]);
  },
  'phone number': (r) =>
    pick(r, [
      () => `1${int(r, 3, 9)}${digits(r, 9)}`,
      () => `+86 1${int(r, 3, 9)}${digits(r, 1)} ${digits(r, 4)} ${digits(r, 4)}`,
      () => `0${int(r, 10, 99)}-${digits(r, 8)}`,
      () => `+852 ${int(r, 5, 9)}${digits(r, 3)} ${digits(r, 4)}`,
      () => `09${digits(r, 2)}-${digits(r, 3)}-${digits(r, 3)}`,
      () => `+886 9${digits(r, 2)} ${digits(r, 3)} ${digits(r, 3)}`,
      () => `(0${digits(r, 1)}) ${digits(r, 4)}-${digits(r, 4)}`,
    ])(),
  'mainland ID with a wrong check character': (r) => wrongCheck(r, 'cn', BODIES.cn(r)),
  'mainland ID with an impossible birth date or province': (r) => {
    const body = BODIES.cn(r);
    const broken = pick(r, [
      `${pick(r, ['00', '19', '24', '71', '90'])}${body.slice(2)}`,
      `${body.slice(0, 6)}${pick(r, ['1899', '2031'])}${body.slice(10)}`,
      `${body.slice(0, 10)}${pick(r, ['00', '13', '19'])}${body.slice(12)}`,
      `${body.slice(0, 10)}0230${body.slice(14)}`,
    ]);
    return closings('cn', broken)[int(r, 0, 10)]!;
  },
  'Taiwan ID with a wrong check digit': (r) => wrongCheck(r, 'tw', BODIES.tw(r)),
  'Hong Kong ID with a wrong check digit': (r) => wrongCheck(r, 'hk', BODIES.hk(r)).replace(/[()]/g, pick(r, ['', '$&'])),
  'mainland ID in groups with a wrong check character': (r) => formatId(r, 'cn', wrongCheck(r, 'cn', BODIES.cn(r))),
  'old 15-digit mainland ID with an impossible birth date or province': (r) => {
    const id = oldResidentId(r);
    return pick(r, [`${pick(r, ['00', '19', '24', '71', '81', '90'])}${id.slice(2)}`, `${id.slice(0, 8)}${pick(r, ['00', '13', '19'])}${id.slice(10)}`, `${id.slice(0, 8)}0230${id.slice(12)}`]);
  },
};

export const notIds = (seed: number, count: number) =>
  lookAlikes(seed, count, NOT_ID_KINDS, ['{}', '订单号{}', '單號：{} 謝謝', 'tracking {} please', '参照番号: {}。', 'ref {} and nothing else']);
