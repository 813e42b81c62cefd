import { describe, expect, it } from 'vitest';
import { withConcepts } from '../../faq/concepts.ts';
import { createMatcher } from '../../faq/matcher.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { tokenize } from '../../faq/tokenize.ts';
import { fitVectorizer } from '../../faq/vectorize.ts';
import { DEFAULT_SCORER_OPTIONS } from '../../faq/scorer.ts';
import type { FaqPack } from '../../faq/types.ts';

describe('concepts', () => {
  it('are appended once each, in order of mention, then their pairs; the longest member at a word wins', () => {
    expect(withConcepts('how long until it arrives in the mail how long', 'en')).toBe(
      'how long until it arrives in the mail how long #how_long #deliver #deliver+how_long',
    );
    // "cash machine" is the ATM member, not "cash" and "machine"; "cash" alone is cash.
    expect(withConcepts('the cash machine please', 'en')).toBe('the cash machine please #atm #cash #atm+cash');
    expect(withConcepts('cash please', 'en')).toBe('cash please #cash');
  });

  it('add the broader concepts one implies, after those mentioned, once each', () => {
    // An ATM is where cash is taken out: a fee at the ATM shares "charge" with "cash" as a fee for cash does.
    expect(withConcepts('a fee at the atm', 'en')).toBe('a fee at the atm #charge #atm #cash #atm+cash #atm+charge #cash+charge');
    expect(withConcepts('i was charged a fee for cash', 'en')).toBe('i was charged a fee for cash #charge #cash #cash+charge');
    // A swallowed card is in an ATM (an implied concept implies nothing further); mentioned twice, a concept is added once.
    expect(withConcepts('it ate my card', 'en')).toBe('it ate my card #swallowed #card #atm #atm+card #atm+swallowed #card+swallowed');
    expect(withConcepts('the atm ate my cash', 'en')).toBe('the atm ate my cash #atm #swallowed #cash #atm+cash #atm+swallowed #cash+swallowed');
  });

  it('hold a figure the text states, though amounts and numbers are no words of the text it was folded to', () => {
    const stated = normalizeText('I was charged $1 extra');
    expect(stated).toBe('i was charged 1 extra');
    expect(withConcepts('i was charged extra', 'en', stated)).toBe('i was charged extra #figure #charge #charge+figure');
    // A figure alone says nothing; the digits of a word ("2fa") are no figure; nor are they in a language without groups.
    expect(withConcepts('wug', 'en', 'wug 500 7')).toBe('wug');
    expect(withConcepts('my 2fa code', 'en')).toBe('my 2fa code');
    expect(withConcepts('me cobraron', 'es', 'me cobraron 1')).toBe('me cobraron');
  });

  it('leave text without a member, or in a language without groups, as it is; a visitor cannot type one', () => {
    expect(withConcepts('my account', 'en')).toBe('my account');
    expect(withConcepts('mi tarjeta no llega', 'es')).toBe('mi tarjeta no llega');
    expect(withConcepts('卡什么时候到', null)).toBe('卡什么时候到');
    expect(withConcepts(normalizeText('#deliver #atm+cash'), 'en')).toBe('deliver atm cash #deliver #atm #cash #atm+cash #atm+deliver #cash+deliver');
  });

  it('are "y:" features, not words: no word pair, no n-gram, no share of the words the pack knows', () => {
    const text = withConcepts('an atm please', 'en');
    expect(tokenize(text).filter((f) => !tokenize('an atm please').includes(f))).toEqual(['y:atm', 'y:cash', 'y:atm+cash']);
    const { vectorizer } = fitVectorizer([tokenize(withConcepts('atm near me', 'en'))], DEFAULT_SCORER_OPTIONS.weights);
    expect(vectorizer.coverage(text)).toBeCloseTo(1 / 3);
  });

  it('let an entry whose alternates share no word with the question rank first', () => {
    const entry = (id: string, question: string, alternates: string[]) => ({ id, tags: [], followUps: [], locales: { en: { question, alternates, answer: id } } });
    const pack: FaqPack = {
      id: 'p',
      name: 'p',
      defaultLocale: 'en',
      locales: ['en'],
      thresholds: { answer: 0.5, suggest: 0.3 },
      entries: [
        entry('card-delivery', 'When will my card be delivered?', ['Has my card been shipped yet?', 'Track my card in the post']),
        entry('atm', 'Where can I find an ATM?', ['Nearest cash machine', 'Is there a cashpoint near me?']),
      ],
    };
    const matcher = createMatcher(pack, DEFAULT_SCORER_OPTIONS, undefined, []);
    expect(pack.entries[matcher.match('it never arrived', 'en', 1)!.ranked[0]!.index]!.id).toBe('card-delivery');
    expect(pack.entries[matcher.match('a cash dispenser close by', 'en', 1)!.ranked[0]!.index]!.id).toBe('atm');
  });
});
