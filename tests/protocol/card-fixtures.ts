/**
 * Seeded generators for card-number tests: Luhn-valid numbers across brands and the ways people write
 * them, embedded in sentences in several languages; and look-alikes that are not card numbers.
 */
import { luhnValid } from '../../protocol/card-numbers.ts';
import { seededRandom as rng } from '../../faq/classifier.ts';

export type Rand = () => number;
export const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T,>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
export const digits = (r: Rand, n: number) => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');

/** Brand → issuer prefixes (as ranges) and lengths; `luhn: false` for numbers issued without a valid check digit. */
export const BRANDS: Record<string, { prefixes: readonly [number, number][]; lengths: readonly number[]; luhn?: false }> = {
  visa: { prefixes: [[4, 4]], lengths: [13, 16, 19] },
  mastercard: { prefixes: [[51, 55], [2221, 2720]], lengths: [16] },
  amex: { prefixes: [[34, 34], [37, 37]], lengths: [15] },
  discover: { prefixes: [[6011, 6011], [644, 649], [65, 65]], lengths: [16, 19] },
  jcb: { prefixes: [[3528, 3589]], lengths: [16, 17, 18, 19] },
  unionpay: { prefixes: [[62, 62], [81, 81]], lengths: [16, 17, 18, 19] },
  'unionpay without Luhn': { prefixes: [[62, 62]], lengths: [16, 19], luhn: false },
  mir: { prefixes: [[2200, 2204]], lengths: [16, 17, 18, 19] },
  diners: { prefixes: [[36, 36], [38, 38], [300, 305]], lengths: [14, 16] },
  maestro: { prefixes: [[5018, 5018], [5020, 5020], [5038, 5038], [6304, 6304], [6759, 6759], [6761, 6763]], lengths: [12, 13, 15, 16, 18, 19] },
};

function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(body + d)) return body + d;
  throw new Error('unreachable');
}

export function cardNumber(r: Rand, brand: string): string {
  const { prefixes, lengths, luhn } = BRANDS[brand]!;
  const [lo, hi] = pick(r, prefixes);
  const prefix = String(int(r, lo, hi));
  const length = pick(r, lengths);
  const body = prefix + digits(r, length - prefix.length - 1);
  return luhn === false ? body + digits(r, 1) : withCheckDigit(body);
}

const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

function groupBy(number: string, sizes: readonly number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= number.length) break;
    out.push(number.slice(at, at + size));
    at += size;
  }
  if (at < number.length) out.push(number.slice(at));
  return out;
}

/**
 * How people write a card number: plain, in fours (some with a separator left out), in the Amex/Diners/13-digit Visa
 * layout, with various separators, full-width.
 */
export function formatCard(r: Rand, number: string): string {
  const fours = pick(r, [[4, 4, 4, 4, 4], [4, 4, 4, 4, 4], [4, 8, 4, 4], [8, 8, 4], [4, 4, 8, 4]]);
  const layouts: Record<number, number[][]> = { 13: [[4, 3, 3, 3], fours], 14: [[4, 6, 4], [4, 4, 4, 2]], 15: [[4, 6, 5]] };
  const layout = pick(r, layouts[number.length] ?? [fours]);
  const style = int(r, 0, 9);
  if (style === 0) return number;
  if (style === 1) return toFullWidth(groupBy(number, layout).join('\u3000'));
  if (style === 2) return toFullWidth(number);
  const sep = pick(r, [' ', ' ', '-', '.', '\u00A0', '\u202F']);
  return groupBy(number, layout).join(sep);
}

const SENTENCES = [
  'My card number is {} please check it',
  'card: {}',
  '{}',
  'I paid with {}. It failed twice.',
  'Refund to my card ({}) has not arrived',
  '我的卡号是{}，帮我查一下',
  '卡号：{} 扣款失败了',
  '請幫我查信用卡{}的交易',
  'カード番号は{}です。',
  '제 카드 번호는 {} 입니다',
  'Mi tarjeta es {}, gracias.',
  'Ma carte « {} » a été débitée deux fois',
  'Номер карты {} заблокирован',
  'Card "{}" exp 12/27, order 12345678901234567890, call +86 138 1234 5678',
  '{}, cvv 123',
  'numbers: {} and nothing else',
];

export interface Positive {
  text: string;
  /** The card's ASCII digits. */
  number: string;
  brand: string;
}

export function positives(seed: number, count: number): Positive[] {
  const r = rng(seed);
  const brands = Object.keys(BRANDS);
  return Array.from({ length: count }, (_, i) => {
    const brand = brands[i % brands.length]!;
    const number = cardNumber(r, brand);
    return { text: pick(r, SENTENCES).replace('{}', formatCard(r, number)), number, brand };
  });
}

/** A number of `length` digits failing the Luhn check (and not UnionPay's 16–19 digits from 62 or 81, cards without it). */
function nonLuhn(r: Rand, length: number): string {
  let body = String(int(r, 1, 9)) + digits(r, length - 2);
  while (length >= 16 && /^(?:62|81)/.test(body)) body = String(int(r, 1, 9)) + body.slice(1);
  const valid = withCheckDigit(body);
  return body + ((Number(valid.at(-1)) + int(r, 1, 9)) % 10);
}

const hex = (r: Rand, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(r, 0, 15)]).join('');
export const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Look-alikes that must be left alone, by kind. */
export const NEGATIVE_KINDS: Record<string, (r: Rand) => string> = {
  'E.164 phone': (r) => {
    const cc = pick(r, ['1', '44', '86', '81', '82', '34', '49', '852', '886', '971']);
    const rest = digits(r, int(r, 8, 12));
    return pick(r, [`+${cc}${rest}`, `+${cc} ${rest.slice(0, 3)} ${rest.slice(3, 7)} ${rest.slice(7)}`, `+${cc}-${rest}`, `＋${cc} ${rest}`]);
  },
  'local phone': (r) =>
    pick(r, [
      () => `1${int(r, 3, 9)}${digits(r, 9)}`,
      () => `1${int(r, 3, 9)}${digits(r, 1)} ${digits(r, 4)} ${digits(r, 4)}`,
      () => `(${digits(r, 3)}) ${digits(r, 3)}-${digits(r, 4)}`,
      () => `07${digits(r, 3)} ${digits(r, 6)}`,
      () => `0${int(r, 150, 179)} ${digits(r, 8)}`,
      () => `090-${digits(r, 4)}-${digits(r, 4)}`,
      () => `0${digits(r, 2)} ${digits(r, 4)} ${digits(r, 4)}`,
      () => `00${pick(r, ['86', '44', '49'])} ${digits(r, 3)} ${digits(r, 4)} ${digits(r, 4)}`,
    ])(),
  uuid: (r) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${pick(r, ['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`,
  'transaction reference (20–32 digits)': (r) => {
    const ref = String(int(r, 1, 9)) + digits(r, int(r, 19, 31));
    return pick(r, [ref, `TX${ref}`, `ref ${ref}`, `${ref.slice(0, 8)}-${ref.slice(8)}`]);
  },
  'order id': (r) => pick(r, [`ORD-${digits(r, 8)}-${digits(r, 6)}`, digits(r, int(r, 8, 11)), `#${digits(r, 10)}`]),
  'dated order number': (r) => {
    const date = `20${pad(int(r, 0, 35))}${pad(int(r, 1, 12))}${pad(int(r, 1, 28))}`;
    return pick(r, [`${date}-${digits(r, int(r, 4, 6))}`, `${date}${digits(r, int(r, 5, 11))}`, `${date.slice(2)}-${digits(r, int(r, 6, 9))}`]);
  },
  date: (r) => {
    const [y, m, d] = [int(r, 1990, 2035), pad(int(r, 1, 12)), pad(int(r, 1, 28))];
    return pick(r, [`${y}-${m}-${d}`, `${d}.${m}.${y}`, `${y}/${m}/${d} ${pad(int(r, 0, 23))}:${pad(int(r, 0, 59))}:${pad(int(r, 0, 59))}`, `${y}${m}${d}`, `${y}年${Number(m)}月${Number(d)}日`, `${y}-${m}-${d}T10:20:30.123Z`]);
  },
  amount: (r) => {
    const n = int(r, 1, 999_999_999);
    const cents = pad(int(r, 0, 99));
    return pick(r, [
      `¥${n.toLocaleString('en-US')}.${cents}`,
      `${n.toLocaleString('fr-FR')},${cents} €`,
      `$${n.toLocaleString('en-US')}.${cents}`,
      `${n.toLocaleString('de-DE')},${cents} EUR`,
      `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} ₽`,
      `${n}${digits(r, 4)}.${cents}`,
    ]);
  },
  'non-Luhn card-length number': (r) => {
    const n = nonLuhn(r, int(r, 12, 19));
    return n.length === 16 ? pick(r, [n, n.replace(/(\d{4})(?=\d)/g, '$1 '), n.replace(/(\d{4})(?=\d)/g, '$1-')]) : n;
  },
};

/** `count` look-alikes, of each kind in turn, each in one of the frames. */
export function lookAlikes(seed: number, count: number, byKind: Record<string, (r: Rand) => string>, frames: readonly string[]): { text: string; kind: string }[] {
  const r = rng(seed);
  const kinds = Object.keys(byKind);
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    return { kind, text: pick(r, frames).replace('{}', byKind[kind]!(r)) };
  });
}

export const negatives = (seed: number, count: number) =>
  lookAlikes(seed, count, NEGATIVE_KINDS, ['{}', 'my number is {}', '订单号{}', '参照番号: {}。', 'ref: {} thanks', 'El importe fue {}']);
