import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../faq/smalltalk.ts';
import { WIDGET_LANGUAGES } from '../../protocol/locale.ts';

/**
 * The languages an agent may set for a visitor (protocol's WIDGET_LANGUAGES, which the console lists and the route's
 * schema accepts) are the ones the bot speaks its own lines in (faq's UI_LANGUAGES) and the widget has strings for: a
 * language added to one and not the others would be offered and then refused, or never offered.
 */
describe("the widget's languages, one list in three places", () => {
  it('protocol, the FAQ and the widget\'s locale files agree', () => {
    const files = readdirSync(new URL('../../widget/app/locales/', import.meta.url)).map((f) => f.replace(/\.json$/, ''));
    expect([...WIDGET_LANGUAGES].sort()).toEqual([...UI_LANGUAGES].sort());
    expect([...WIDGET_LANGUAGES].sort()).toEqual(files.sort());
  });
});
