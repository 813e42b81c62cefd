import { describe, expect, it } from 'vitest';
import { emptyDraft, entryChanges, entryTitle, errorsAt, fieldErrors, fromDoc, searchEntries, toDoc, withTags, type EntryDoc } from '../../console/faq/faq-draft.ts';

const doc = (over: Partial<EntryDoc> = {}): EntryDoc => ({
  id: 'fees',
  tags: ['fees', 'pricing'],
  followUps: ['refund'],
  locales: {
    en: { question: 'Are there fees?', alternates: ['fees', 'what does it cost'], answer: 'Mostly **free**.' },
    'zh-CN': { question: '收费吗？', alternates: ['手续费'], answer: '大多免费。' },
  },
  ...over,
});

describe('the FAQ editor’s model', () => {
  it('turns an entry into the form and back unchanged', () => {
    expect(toDoc(fromDoc(doc()))).toEqual(doc());
  });

  it('reads the form as people type it: one alternate a line (blank lines dropped)', () => {
    const d = fromDoc(doc());
    d.locales.en!.alternates = '  fees \n\nwhat does it cost\n';
    expect(toDoc(d)).toMatchObject({ tags: ['fees', 'pricing'], locales: { en: { alternates: ['fees', 'what does it cost'] } } });
  });

  it('adds typed or pasted tags split at any comma, trimmed, in lower case, none blank and none twice', () => {
    expect(withTags(['fees'], 'Pricing， Own-Money、 cost,, FEES, pricing')).toEqual(['fees', 'pricing', 'own-money', 'cost']);
    expect(withTags(['fees'], ' ,， ')).toEqual(['fees']);
    expect(withTags([], 'refund')).toEqual(['refund']);
  });

  it('starts a new entry in every language, with a missed question in its own', () => {
    const d = emptyDraft(['zh-CN', 'en'], { locale: 'en', question: 'can I pay with crypto' });
    expect(Object.keys(d.locales)).toEqual(['zh-CN', 'en']);
    expect(d.locales.en!.question).toBe('can I pay with crypto');
    expect(d.locales['zh-CN']!.question).toBe('');
  });

  it('files each server issue under its field and every field above it', () => {
    const errors = fieldErrors([
      { path: 'locales.en.alternates.3', message: 'must not be blank' },
      { path: 'locales.en.answer', message: 'link "http://x" must start with https://' },
      { path: 'id', message: 'must be kebab-case like "password-reset"' },
    ]);
    expect(errorsAt(errors, 'locales.en.alternates')).toEqual(['must not be blank']);
    expect(errorsAt(errors, 'locales.en')).toHaveLength(2);
    expect(errorsAt(errors, 'locales.ja')).toEqual([]);
    expect(errorsAt(errors, 'id')).toEqual(['must be kebab-case like "password-reset"']);
  });

  it('names what an edit changed: fields before and after, alternates and lists as removed and added', () => {
    const after = doc({ tags: ['fees'], locales: { ...doc().locales, en: { question: 'Are there fees?', alternates: ['fees', 'price list'], answer: 'All **free**.' } } });
    expect(entryChanges(doc(), after)).toEqual([
      { field: 'tags', before: 'fees, pricing', after: 'fees', removed: ['pricing'], added: [] },
      { field: 'en.answer', before: 'Mostly **free**.', after: 'All **free**.' },
      { field: 'en.alternates', before: 'fees, what does it cost', after: 'fees, price list', removed: ['what does it cost'], added: ['price list'] },
    ]);
    expect(entryChanges(doc(), doc())).toEqual([]);
    // Created: every field is new.
    expect(entryChanges(null, doc()).map((c) => c.field)).toEqual(['tags', 'followUps', 'en.question', 'en.answer', 'en.alternates', 'zh-CN.question', 'zh-CN.answer', 'zh-CN.alternates']);
  });

  it('searches ids, tags, questions, alternates and answers in every language, full-width folded', () => {
    const other = doc({ id: 'refund', tags: ['money-back'], locales: { en: { question: 'How do refunds work?', alternates: ['give my money back'], answer: 'Within 3 days.' } } });
    expect(searchEntries([doc(), other], '手续费').map((e) => e.id)).toEqual(['fees']);
    expect(searchEntries([doc(), other], 'ＭＯＮＥＹ back').map((e) => e.id)).toEqual(['refund']);
    expect(searchEntries([doc(), other], 'FREE').map((e) => e.id)).toEqual(['fees']);
    expect(searchEntries([doc(), other], '  ')).toHaveLength(2);
    expect(searchEntries([doc(), other], 'fees refund')).toEqual([]);
  });

  it('names an entry in the console’s language, else the first language shown, else any, else by its id', () => {
    const e = { id: 'fees', locales: { 'zh-CN': { question: '使用钱包要收手续费吗？', alternates: [], answer: '' }, en: { question: 'Are there any fees?', alternates: [], answer: '' } } };
    expect(entryTitle(e, ['zh-CN', 'en'], 'en')).toBe('Are there any fees?');
    expect(entryTitle(e, ['zh-CN', 'en'], 'ja')).toBe('使用钱包要收手续费吗？');
    expect(entryTitle(e, ['es'], 'ja')).toBe('使用钱包要收手续费吗？');
    expect(entryTitle({ id: 'empty', locales: {} }, ['en'], 'en')).toBe('empty');
  });
});
