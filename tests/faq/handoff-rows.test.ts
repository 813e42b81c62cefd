import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHandoffRequest } from '../../faq/handoff.ts';

/** The dev rows of tests/fixtures/faq-handoff (see its README): written for the recogniser, never held-out rows. */
const DIR = path.join(import.meta.dirname, '../fixtures/faq-handoff');
const rows = (file: string) => JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as { locale: string; text: string }[];

describe('requests for a person, dev rows', () => {
  it.each(rows('requests.json').map((r) => [r.locale, r.text]))('%s "%s" is a request for a person', (_locale, text) => {
    expect(isHandoffRequest(text)).toBe(true);
  });

  it.each(rows('not-requests.json').map((r) => [r.locale, r.text]))('%s "%s" is not', (_locale, text) => {
    expect(isHandoffRequest(text)).toBe(false);
  });
});
