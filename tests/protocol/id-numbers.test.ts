import { describe, expect, it } from 'vitest';
import { findCardNumbers } from '../../protocol/card-numbers.ts';
import { findIdNumbers, isResidentId, maskIdNumbers } from '../../protocol/id-numbers.ts';
import { maskPersonalText, maskPhone } from '../../server/services/personal-data.ts';
import { seededRandom } from '../../faq/classifier.ts';
import { BODIES, CHECKS, closings, idCases, notIds, type IdKind } from './id-fixtures.ts';

const letters = (s: string) => s.normalize('NFKC').toUpperCase().replace(/[^0-9A-Z]/g, '');

describe('ID numbers', () => {
  it('masks 9,000 generated mainland (a quarter of before 1999), Taiwan and Hong Kong ID numbers for display, as typed, in sentences (100%), and no card rule takes them', () => {
    const cases = idCases(5, 9_000);
    const missed = cases.filter(({ text, written }) => {
      const shown = maskPersonalText(text);
      const last4 = letters(written).slice(-4);
      return letters(shown).includes(letters(written)) || !letters(shown).includes(last4) || !shown.includes('*');
    });
    expect(missed.slice(0, 5)).toEqual([]);
    // A 15-digit number passing Luhn is a card number (American Express's 34…/37… are Anhui's and Shandong's regions).
    const asCards = cases.filter(({ text, written }) => findCardNumbers(text).length > 0 && letters(written).length !== 15);
    expect(asCards.slice(0, 5)).toEqual([]);
    // Before the ID rule (main e4ea607): 315 of the 3,000 mainland ones were masked as cards (for good), no other one at all.
    const oldAsCards = cases.filter(({ text, written }) => findCardNumbers(text).length > 0 && letters(written).length === 15).length;
    console.info(`ID numbers masked: ${cases.length - missed.length}/${cases.length}; as cards: ${asCards.length} (and ${oldAsCards} of 15 digits)`);
  });

  it('leaves 9,000 look-alikes to their own rules: order and tracking numbers, dates, amounts, phones, ID shapes whose check fails (0 taken but as the phone rule shows them)', () => {
    const cases = notIds(6, 9_000);
    const taken = cases.filter(({ text }) => findIdNumbers(text).length > 0);
    // A 15-digit number in one piece of a province and a 1900s date (tracking numbers 31…, 43…, 46…) reads as an ID
    // number of before 1999, and is shown as the phone rule showed it anyway: the last four kept.
    const shownOtherwise = taken.filter(({ text }) => {
      const [id] = findIdNumbers(text);
      const written = text.slice(id!.start, id!.end);
      return !/^\d{15}$/.test(written) || maskPersonalText(text) !== text.replace(written, maskPhone(written));
    });
    expect(shownOtherwise.slice(0, 5)).toEqual([]);
    const perKind: Record<string, number> = {};
    for (const c of cases) perKind[c.kind] = (perKind[c.kind] ?? 0) + 1;
    console.info(`look-alikes taken for ID numbers: ${taken.length}/${cases.length} (shown otherwise than by the phone rule: ${shownOtherwise.length})`, perKind);
  });

  it('accepts exactly one check character for each number (3,000 bodies of each kind)', () => {
    const r = seededRandom(8);
    for (const kind of Object.keys(CHECKS) as IdKind[]) {
      for (let i = 0; i < 3_000; i++) {
        const accepted = closings(kind, BODIES[kind](r)).filter(CHECKS[kind].valid);
        expect(accepted).toHaveLength(1);
      }
    }
  });

  // Published examples (GB 11643's, the Taiwan and Hong Kong forms' textbook numbers) and numbers made for this test.
  it.each([
    ['mainland, GB 11643’s example', '11010519491231002X', '**************002X'],
    ['mainland, small x, 6-8-4', '110105 19491231 002x', '****** ******** 002x'],
    ['mainland, dashes', '110105-19491231-002X', '******-********-002X'],
    ['mainland, 3-3-8-4', '110 105 19491231 002X', '*** *** ******** 002X'],
    ['mainland, 6-4-4-4 with dashes', '110105-1949-1231-002X', '******-****-****-002X'],
    ['mainland, 15 digits of before 1999', '110105491231002', '***********1002'],
    ['mainland, 15 digits of before 1999, 6-6-3', '110105 491231 002', '****** *****1 002'],
    ['mainland, full-width', '１１０１０５１９４９１２３１００２Ｘ', '**************００２Ｘ'],
    ['mainland, born on a leap day', '120104200002291257', '**************1257'],
    ['Gansu (62…), was a UnionPay number', '620102198506151237', '**************1237'],
    ['a Hong Kong resident’s residence permit (810000…), was a UnionPay number', '810000199203045674', '**************5674'],
    ['passes Luhn, was a card', '330106197504201052', '**************1052'],
    ['Taiwan', 'A123456789', '******6789'],
    ['Taiwan, small letter', 'a123456789', '******6789'],
    ['Taiwan, resident certificate since 2021', 'A800000014', '******0014'],
    ['Taiwan, resident certificate before 2021', 'AC01234567', '******4567'],
    ['Taiwan, resident certificate before 2021, small letters', 'aa00000009', '******0009'],
    ['Hong Kong', 'A123456(3)', '****456(3)'],
    ['Hong Kong, check digit A', 'G123456(A)', '****456(A)'],
    ['Hong Kong, a space and full-width brackets', 'A123456 （3）', '****456 （3）'],
    ['Hong Kong, no brackets', 'A1234563', '****4563'],
    ['Hong Kong, two letters, no brackets', 'XA1234568', '*****4568'],
  ])('masks an ID number: %s (%s)', (_what, written, masked) => {
    expect(maskPersonalText(`我的证件号码 ${written}，谢谢`)).toBe(`我的证件号码 ${masked}，谢谢`);
    expect(maskIdNumbers(`id:${written}.`)).toBe(`id:${masked}.`);
    expect(findCardNumbers(written)).toEqual([]);
  });

  // Each but the last three has its shape and, bar the first, the check character its other digits give.
  it.each([
    ['a wrong check character', '110105194912310021 / A123456788 / A123456(4)'],
    ['a birth date that does not exist or has not come', '110105194902300020 / 110105203101010025'],
    ['no such province', '710105194912310021 / 000105194912310024'],
    ['glued to letters or digits', 'TX11010519491231002X / 11010519491231002X1 / BA123456789 / A1234567890 / XYZ123456(3)'],
    ['an order number after a date', '订单号 20261203143023 / 202612031430231234 / 231203-123456'],
    ['tracking numbers', 'SF1234567890123 / YT1234567890123 / EA123456789CN / 1Z999AA10123456784'],
    ['dates and amounts', '1990-05-12, 19900512, ¥1,234,567.89, NT$12,345'],
    ['phone numbers', '+86 138 0013 8000, 13800138000, 0912-345-678, +852 9123 4567'],
    ['15 digits of a region and a 1900s date followed by a decimal part (an amount)', '110105491231002.50 / 110105491231002,50'],
    ['a wrong check digit without brackets, two letters not W or X first', 'A1234567 / XA1234567 / AB1234569 / AC01234568 / AE01234567'],
  ])('leaves %s alone', (_what, text) => {
    expect(findIdNumbers(text)).toEqual([]);
  });

  it('checks the mainland number whole: province, birth date, MOD 11-2', () => {
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isResidentId('110105194912310021')).toBe(false);
    expect(isResidentId('810000199203045674')).toBe(true);
    expect(isResidentId('810001199203045670')).toBe(false); // residence permits are 810000, 820000 and 830000 only
  });
});
