import { describe, expect, it } from 'vitest';
import { findCardNumbers } from '../../protocol/card-numbers.ts';
import { findIdNumbers, isResidentId, maskIdNumbers } from '../../protocol/id-numbers.ts';
import { maskPersonalText } from '../../server/services/personal-data.ts';
import { seededRandom } from '../../faq/classifier.ts';
import { BODIES, CHECKS, closings, idCases, notIds, type IdKind } from './id-fixtures.ts';

const letters = (s: string) => s.normalize('NFKC').toUpperCase().replace(/[^0-9A-Z]/g, '');

describe('ID numbers', () => {
  it('masks 9,000 generated mainland, Taiwan and Hong Kong ID numbers for display, as typed, in sentences (100%), and no card rule takes them', () => {
    const cases = idCases(5, 9_000);
    const missed = cases.filter(({ text, written }) => {
      const shown = maskPersonalText(text);
      const last4 = letters(written).slice(-4);
      return letters(shown).includes(letters(written)) || !letters(shown).includes(last4) || !shown.includes('*');
    });
    expect(missed.slice(0, 5)).toEqual([]);
    const asCards = cases.filter(({ text }) => findCardNumbers(text).length > 0);
    expect(asCards.slice(0, 5)).toEqual([]);
    // Before the ID rule (main e4ea607): 315 of the 3,000 mainland ones were masked as cards (for good), no other one at all.
    console.info(`ID numbers masked: ${cases.length - missed.length}/${cases.length}; as cards: ${asCards.length}`);
  });

  it('leaves 9,000 look-alikes to their own rules: order and tracking numbers, dates, amounts, phones, ID shapes whose check fails (0 taken)', () => {
    const cases = notIds(6, 9_000);
    const taken = cases.filter(({ text }) => findIdNumbers(text).length > 0);
    expect(taken.slice(0, 5)).toEqual([]);
    const perKind: Record<string, number> = {};
    for (const c of cases) perKind[c.kind] = (perKind[c.kind] ?? 0) + 1;
    console.info(`look-alikes taken for ID numbers: ${taken.length}/${cases.length}`, perKind);
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
    ['mainland, full-width', '１１０１０５１９４９１２３１００２Ｘ', '**************００２Ｘ'],
    ['mainland, born on a leap day', '120104200002291257', '**************1257'],
    ['Gansu (62…), was a UnionPay number', '620102198506151237', '**************1237'],
    ['a Hong Kong resident’s residence permit (810000…), was a UnionPay number', '810000199203045674', '**************5674'],
    ['passes Luhn, was a card', '330106197504201052', '**************1052'],
    ['Taiwan', 'A123456789', '******6789'],
    ['Taiwan, small letter', 'a123456789', '******6789'],
    ['Taiwan, resident certificate since 2021', 'A800000014', '******0014'],
    ['Hong Kong', 'A123456(3)', '****456(3)'],
    ['Hong Kong, check digit A', 'G123456(A)', '****456(A)'],
    ['Hong Kong, a space and full-width brackets', 'A123456 （3）', '****456 （3）'],
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
    ['a 15-digit resident ID of before 1999 (the phone rule’s)', '110105491231002'],
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
