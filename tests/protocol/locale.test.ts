import { describe, expect, it } from 'vitest';
import { matchLocale, normalizeLocale, pickLocale } from '../../protocol/locale.ts';

describe('normalizeLocale', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-tw', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['en-US', 'en'],
    ['EN', 'en'],
    ['es-419', 'es'],
    ['ja-JP', 'ja'],
    ['ko_KR', 'ko'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-PT'],
    ['iw', 'he'],
    ['in-ID', 'id'],
    ['tl', 'fil'],
    ['yue-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hans-TW', 'zh-CN'],
    ['zh-TWN', 'zh-CN'],
    ['pt-BR-u-nu-latn', 'pt-BR'],
  ])('%s → %s', (tag, expected) => {
    expect(normalizeLocale(tag)).toBe(expected);
  });

  it('rejects what is not a language tag', () => {
    expect(normalizeLocale('')).toBeNull();
    expect(normalizeLocale(undefined)).toBeNull();
    expect(normalizeLocale('english please')).toBeNull();
    expect(normalizeLocale('1')).toBeNull();
  });
});

describe('matchLocale', () => {
  const pack = ['zh-CN', 'zh-TW', 'en', 'ja', 'ko', 'es'];
  it('finds the same canonical locale', () => {
    expect(matchLocale('zh-Hant-HK', pack)).toBe('zh-TW');
    expect(matchLocale('en-GB', pack)).toBe('en');
  });
  it('falls back to another variant of the language', () => {
    expect(matchLocale('zh-HK', ['zh-CN', 'en'])).toBe('zh-CN');
    expect(matchLocale('pt', ['pt-PT'])).toBe('pt-PT');
  });
  it('returns null when the language is not offered', () => {
    expect(matchLocale('fr', pack)).toBeNull();
  });
});

describe('pickLocale', () => {
  it('the first tag that matches, else English', () => {
    const ui = ['en', 'ja', 'zh-TW'];
    expect(pickLocale([null, 'fr', 'zh-HK', 'ja'], ui)).toBe('zh-TW');
    expect(pickLocale([undefined, 'fr'], ui)).toBe('en');
    expect(pickLocale([], ui)).toBe('en');
  });
});
