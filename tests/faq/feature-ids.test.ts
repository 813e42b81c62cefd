import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withConcepts } from '../../faq/concepts.ts';
import { createFeatureIds } from '../../faq/feature-ids.ts';
import { normalizeText } from '../../faq/normalize.ts';
import { tokenize } from '../../faq/tokenize.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/faq-eval');
const questions = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => (JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as { text: string }[]).map((q) => withConcepts(normalizeText(q.text), 'en')));

describe('feature ids of a question', () => {
  it('are the ids of its known tokenize() features, as a multiset (known words, unknown words, pairs, CJK, concepts)', () => {
    // The vocabulary of every other question: the rest have words it has never seen.
    const vocab = new Map<string, number>();
    questions.forEach((q, i) => {
      if (i % 2 === 0) for (const f of tokenize(q)) if (!vocab.has(f)) vocab.set(f, vocab.size);
    });
    const ids = createFeatureIds(vocab);
    for (const q of questions) {
      const expected = tokenize(q).flatMap((f) => (vocab.has(f) ? [vocab.get(f)!] : []));
      expect(Array.from(ids.collect(q)).sort((a, b) => a - b), q).toEqual(expected.sort((a, b) => a - b));
    }
  });
});
