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

  it('checks Luhn', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});
