import { describe, expect, it } from 'vitest';
import { FaqPackError, parseFaqPack } from '../../faq/pack-schema.ts';

const content = (question: string) => ({
  question,
  alternates: Array.from({ length: 8 }, (_, i) => `${question} ${i}`),
  answer: 'See [help](https://example.com/help).',
});
const entry = (id: string, followUps: string[] = []) => ({
  id,
  tags: [],
  followUps,
  locales: { en: content(`q ${id}`), ja: content(`質問 ${id}`) },
});
const pack = (entries: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'mini',
  name: 'Mini',
  defaultLocale: 'en',
  locales: ['en', 'ja'],
  thresholds: { answer: 0.6, suggest: 0.3 },
  entries,
  ...extra,
});

function errorOf(run: () => unknown): FaqPackError {
  try {
    run();
  } catch (error) {
    if (error instanceof FaqPackError) return error;
    throw error;
  }
  throw new Error('expected a FaqPackError');
}

describe('parseFaqPack', () => {
  it('accepts a valid pack and returns it', () => {
    const parsed = parseFaqPack(pack([entry('refund', ['top-up']), entry('top-up')]), 'pack.json');
    expect(parsed.entries.map((e) => e.id)).toEqual(['refund', 'top-up']);
  });

  it('names the entry file and field path when alternates are too few', () => {
    const bad = entry('refund');
    bad.locales.ja.alternates = ['one', 'two'];
    const error = errorOf(() => parseFaqPack(pack([entry('top-up'), bad]), 'pack.json', { entrySources: ['entries/top-up.json', 'entries/refund.json'] }));
    expect(error.message).toBe('entries/refund.json: locales.ja.alternates: at least 8 required');
    expect(error.issues).toEqual([{ source: 'entries/refund.json', path: 'locales.ja.alternates', message: 'at least 8 required' }]);
  });

  it('without entry sources, names the pack and the entry index', () => {
    const bad = entry('refund');
    bad.locales.en.question = '  ';
    const error = errorOf(() => parseFaqPack(pack([bad]), 'wallet/pack.json'));
    expect(error.message).toBe('wallet/pack.json: entries.0.locales.en.question: must not be blank');
  });

  it('requires every pack locale in every entry and no others', () => {
    const missing = { ...entry('refund'), locales: { en: content('q'), fr: content('q') } };
    const error = errorOf(() => parseFaqPack(pack([missing]), 'pack.json', { entrySources: ['entries/refund.json'] }));
    expect(error.message).toContain('entries/refund.json: locales.ja: missing');
    expect(error.message).toContain('entries/refund.json: locales.fr: not a locale of the pack');
  });

  it('rejects duplicate and non-kebab ids and follow-ups to unknown or self ids', () => {
    const error = errorOf(() =>
      parseFaqPack(pack([entry('refund', ['nowhere']), entry('refund'), entry('Top_Up'), entry('fees', ['fees'])]), 'pack.json'),
    );
    expect(error.message).toContain('entries.1.id: duplicate id "refund"');
    expect(error.message).toContain('entries.2.id: must be kebab-case');
    expect(error.message).toContain('entries.0.followUps.0: unknown entry id "nowhere"');
    expect(error.message).toContain('entries.3.followUps.0: must not point at the entry itself');
  });

  it('says an empty id is blank, and only that (not the kebab-case rule as well)', () => {
    const error = errorOf(() => parseFaqPack(pack([entry('refund'), entry('')]), 'pack.json'));
    expect(error.message).toContain('entries.1.id: must not be blank');
    expect(error.message).not.toContain('kebab');
  });

  it('checks thresholds and the default locale', () => {
    const error = errorOf(() =>
      parseFaqPack(pack([entry('refund')], { thresholds: { answer: 0.2, suggest: 0.5 }, defaultLocale: 'ko' }), 'pack.json'),
    );
    expect(error.message).toContain('pack.json: thresholds.suggest: suggest must not exceed answer');
    expect(error.message).toContain('pack.json: defaultLocale: "ko" is not one of locales');
    const range = errorOf(() => parseFaqPack(pack([entry('refund')], { thresholds: { answer: 1.5, suggest: -1 } }), 'pack.json'));
    expect(range.issues.map((i) => i.path)).toEqual(['thresholds.answer', 'thresholds.suggest']);
  });

  it('requires canonical locales and https links in answers', () => {
    const bad = entry('refund');
    bad.locales.en.answer = 'Click [here](javascript:alert(1))';
    const error = errorOf(() => parseFaqPack(pack([bad], { locales: ['en', 'ja', 'zh_CN'] }), 'pack.json'));
    expect(error.message).toContain('pack.json: locales.2: must be a canonical locale');
    expect(error.message).toContain('entries.0.locales.en.answer: link "javascript:alert(1" must start with https://');
  });

  it('rejects a pack without entries', () => {
    expect(errorOf(() => parseFaqPack(pack([]), 'pack.json')).message).toBe('pack.json: entries: at least 1 required');
  });
});
