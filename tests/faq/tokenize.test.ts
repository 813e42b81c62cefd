import { describe, expect, it } from 'vitest';
import { featureKind, tokenize } from '../../faq/tokenize.ts';

describe('tokenize', () => {
  it('gives Latin words, adjacent word pairs and in-word 3–5-grams with edge marks', () => {
    const f = tokenize('my card');
    expect(f).toContain('w:my');
    expect(f).toContain('w:card');
    expect(f).toContain('b:my card');
    expect(f).toEqual(expect.arrayContaining(['g:<ca', 'g:car', 'g:ard', 'g:rd>', 'g:<car', 'g:card>', 'g:<card']));
    expect(f.filter((x) => x.startsWith('g:')).every((x) => x.length >= 5 && x.length <= 7)).toBe(true);
  });

  it('gives Cyrillic words the same treatment', () => {
    expect(tokenize('карта')).toEqual(expect.arrayContaining(['w:карта', 'g:<ка', 'g:арт']));
  });

  it('gives Hangul words and in-word n-grams (stems survive particles)', () => {
    const withParticle = tokenize('상담원과');
    expect(withParticle).toContain('w:상담원과');
    expect(withParticle).toContain('g:<상담');
    expect(withParticle).toContain('g:상담원');
  });

  it('tells Hangul and kana-only character features from Han ones, which are weighed apart', () => {
    expect(tokenize('결제가').filter((f) => f.startsWith('c:')).map(featureKind)).toEqual(['h', 'h', 'h', 'h', 'h']);
    expect(featureKind('c:した')).toBe('k');
    expect(featureKind('c:チャ')).toBe('k');
    expect(featureKind('c:送金')).toBe('c');
    expect(featureKind('c:金し')).toBe('c');
    expect(featureKind('w:결제가')).toBe('w');
    expect(featureKind('g:<결제')).toBe('g');
  });

  it('gives CJK (Han and kana) single characters and adjacent pairs, no words', () => {
    expect(tokenize('转账')).toEqual(['c:转', 'c:转账', 'c:账']);
    const ja = tokenize('送金したい');
    expect(ja).toEqual(expect.arrayContaining(['c:送金', 'c:金し', 'c:し', 'c:たい']));
    expect(ja.some((x) => x.startsWith('w:'))).toBe(false);
  });

  it('splits mixed runs inside one spaced word', () => {
    const f = tokenize('app里的余额');
    expect(f).toContain('w:app');
    expect(f).toContain('c:余额');
    expect(f).not.toContain('c:p里');
  });

  it('gives a number no feature, nor a pair across it', () => {
    expect(tokenize('send 100 dollars')).toEqual(tokenize('send dollars').filter((f) => f !== 'b:send dollars'));
    expect(tokenize('2000')).toEqual([]);
    expect(tokenize('1日')).toEqual(['c:日']);
    expect(tokenize('2fa')).toContain('w:2fa');
  });

  it('returns nothing for empty text', () => {
    expect(tokenize('')).toEqual([]);
  });
});
