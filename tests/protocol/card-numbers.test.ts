import { describe, expect, it } from 'vitest';
import { findCardNumbers, luhnValid, maskCardNumbers } from '../../protocol/card-numbers.ts';
import { BRANDS, negatives, positives } from './card-fixtures.ts';

const onlyDigits = (s: string) => s.normalize('NFKC').replace(/\D/g, '');

describe('card numbers', () => {
  it('masks 10,000 generated Luhn-valid numbers across brands, formats and languages (100%)', () => {
    const cases = positives(7, 10_000);
    const missed = cases.filter(({ text, number }) => {
      const masked = maskCardNumbers(text);
      return !onlyDigits(masked).includes(number.slice(-4)) || onlyDigits(masked).includes(number) || !masked.includes(`•••• ${number.slice(-4)}`);
    });
    expect(missed.slice(0, 5)).toEqual([]);
    const perBrand = Object.fromEntries(Object.keys(BRANDS).map((b) => [b, cases.filter((c) => c.brand === b).length]));
    console.info(`card numbers masked: ${cases.length - missed.length}/${cases.length}`, perBrand);
  });

  it('leaves 10,000 look-alikes alone: phones, UUIDs, references, order ids, dates, amounts, non-Luhn numbers (0 masked)', () => {
    const cases = negatives(11, 10_000);
    const masked = cases.filter(({ text }) => findCardNumbers(text).length > 0);
    expect(masked.slice(0, 5)).toEqual([]);
    const perKind: Record<string, number> = {};
    for (const c of cases) perKind[c.kind] = (perKind[c.kind] ?? 0) + 1;
    console.info(`look-alikes masked: ${masked.length}/${cases.length}`, perKind);
  });

  it('masks to the last four, or the first six and last four', () => {
    const text = 'card 4111 1111 1111 1111, thanks';
    expect(maskCardNumbers(text)).toBe('card •••• 1111, thanks');
    expect(maskCardNumbers(text, 'first6last4')).toBe('card 411111 •••• 1111, thanks');
    expect(maskCardNumbers('卡号４１１１－１１１１－１１１１－１１１１请查')).toBe('卡号•••• 1111请查');
  });

  it('is idempotent and leaves text without card numbers untouched', () => {
    for (const style of ['last4', 'first6last4'] as const) {
      const once = maskCardNumbers('a 5555 5555 5555 4444 b 378282246310005 c', style);
      expect(maskCardNumbers(once, style)).toBe(once);
    }
    const plain = 'call +1 (555) 123-4567 or 138 1234 5678 about order 20240115-123456';
    expect(maskCardNumbers(plain)).toBe(plain);
  });

  it('masks a card followed by its security code or expiry, and several cards in one message', () => {
    expect(maskCardNumbers('4111 1111 1111 1111 123')).toBe('•••• 1111 123');
    expect(maskCardNumbers('4111111111111111 12/27')).toBe('•••• 1111 12/27');
    expect(maskCardNumbers('old 4111111111111111 new 5555-5555-5555-4444')).toBe('old •••• 1111 new •••• 4444');
  });

  // Published test numbers of each scheme (a 12-digit Maestro, a UnionPay number without a valid check digit), as typed.
  it.each([
    ['Visa', '4111 1111 1111 1111', '1111'],
    ['Visa, 13 digits as printed', '4222 222 222 222', '2222'],
    ['Visa, 19 digits', '4000-0000-0000-0000-006', '0006'],
    ['Mastercard', '5555.5555.5555.4444', '4444'],
    ['Mastercard 2-series', '2223003122003222', '3222'],
    ['American Express', '3782 822463 10005', '0005'],
    ['Discover', '6011 1111 1111 1117', '1117'],
    ['Diners Club', '3056 930902 5904', '5904'],
    ['JCB', '3530-1113-3330-0000', '0000'],
    ['UnionPay', '6200 0000 0000 0005', '0005'],
    ['UnionPay, 19 digits', '6205 5000 0000 0000 004', '0004'],
    ['UnionPay failing Luhn', '6222 0212 3456 7890', '7890'],
    ['Maestro', '6759649826438453', '8453'],
    ['Maestro, 12 digits', '5018 0000 0009', '0009'],
    ['Mir', '2200 0000 0000 0004', '0004'],
    ['fours with a space left out', '4111 1111 11111111', '1111'],
    ['full-width', '４１１１\u3000１１１１\u3000１１１１\u3000１１１１', '1111'],
  ])('masks a card: %s (%s)', (_brand, typed, last4) => {
    expect(maskCardNumbers(`my card ${typed}, please`)).toBe(`my card •••• ${last4}, please`);
  });

  // Each would be a card by the Luhn check alone (bar the first two) or as UnionPay's: the layout, the length, the prefix or the
  // number's own check says otherwise.
  it.each([
    ['an order number: a date and a serial', 'order 20261203-8842'],
    ['the same passing Luhn', 'order 20261203-8846'],
    ['a dated order number in one piece (14 and 16 digits)', '订单号20261203143023 / 2026120314302219'],
    ['an order number after a short date', 'order 231203-1234567 and 261203-12345677'],
    ['12 digits that are no Maestro number', 'ref 202612038846 and 880012345678'],
    ['dates', 'on 2026-12-03, 03.12.2026, 20261203 or 2026/12/03 14:05:09'],
    ['amounts', '¥1,234,567.89, 1 234 567 ₽, 12345678.90 and 1.234.567,89 €'],
    ['transaction ids', 'WeChat Pay 4200001234202612031234567890, Alipay 2026120322001412341234567890, TX-2026-1203-8842'],
    ['phone numbers', '+86 138 0013 8000, 13800138000, (555) 123-4567, 0755 1234 5678'],
    ['resident ID numbers (62… and 81… failing Luhn, one passing it: masked for display instead)', '620102198506151237, 810000199203045674, 330106197504201052'],
    ['numbers glued to full-width letters', 'ＴＸ４１１１１１１１１１１１１１１１, ６２０１０２２０００１０２６７４８Ｘ'],
  ])('leaves %s alone', (_what, text) => {
    expect(findCardNumbers(text)).toEqual([]);
  });

  it('checks Luhn', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});
