import { describe, expect, it } from 'vitest';
import { phrases } from '../../faq/phrases.ts';

/** The alternation phrases() stands for: Latin words between \p{Script} guards, the other phrases anywhere. */
const alternation = (whole: readonly string[], anywhere: readonly string[]) => {
  const escaped = (list: readonly string[]) => list.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?:(?<![\\p{Script=Latin}\\p{N}])(?:${escaped(whole)})(?![\\p{Script=Latin}\\p{N}])|${escaped(anywhere)})`, 'u');
};

const TEXTS = [
  '',
  'wifi',
  'wifi密码忘了',
  'my wifis password',
  'wi fi',
  'the wifi2 router',
  '２wifi',
  'éwifi',
  'wifié',
  'ωwifi',
  'Wi-Fiのパスワード',
  '路由器坏了',
  '我的路由',
  '지갑으로 보내기',
  'ルーター',
  '𠮷wifi',
  'wifi𝟘',
  '𝟘wifi',
  '𠮷',
  ' ',
  'a',
  'card cards',
  'cardswifi router',
];

describe('phrases', () => {
  it.each([
    [['wifi', 'router', 'card'], ['路由', '지갑', 'ルーター', '𠮷']],
    [['wifi'], []],
    [[], ['路由']],
    [[], []],
    [['wi fi', 'wifi'], ['パスワード']],
  ])('finds in every text what the alternation of %j whole and %j anywhere finds', (whole, anywhere) => {
    // An empty list is the empty branch of the alternation, as term() in services.ts writes it.
    const asWritten = (list: string[]) => (list.length === 0 ? [''] : list);
    const test = phrases(asWritten(whole), asWritten(anywhere));
    const regex = alternation(asWritten(whole), asWritten(anywhere));
    for (const text of TEXTS) expect(test.test(text), text).toBe(regex.test(text));
  });

  it('reads a Latin word touching CJK or a digit as the guards do', () => {
    const test = phrases(['wifi'], ['密码']);
    expect(test.test('wifi密码')).toBe(true);
    expect(test.test('wifis')).toBe(false);
    expect(test.test('wifi𝟘')).toBe(false);
    expect(test.test('the wifi is down')).toBe(true);
  });

  it('finds an empty whole word only where no Latin letter or digit stands on either side', () => {
    const test = phrases([''], ['路由']);
    expect(test.test('abc')).toBe(false);
    expect(test.test('abc def')).toBe(false);
    expect(test.test('钱包')).toBe(true);
    expect(test.test('')).toBe(true);
  });
});
