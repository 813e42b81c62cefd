import { describe, expect, it } from 'vitest';
import { ownLanguageName } from '../../protocol/language-names.ts';
import { WIDGET_LANGUAGES } from '../../protocol/locale.ts';

/** The widget's language menu and the bot's list of the languages it answers in name each language in its own words. */
describe('a language by its own name', () => {
  it('names the twelve widget languages each in its own script and words, capitalised, all different', () => {
    const names = WIDGET_LANGUAGES.map(ownLanguageName);
    expect(names).toEqual(['简体中文', '繁體中文', 'English', '日本語', '한국어', 'Español', 'العربية', 'Deutsch', 'Français', 'Português (Brasil)', 'Bahasa Indonesia', 'Tiếng Việt']);
    expect(new Set(names).size).toBe(WIDGET_LANGUAGES.length);
  });

  it('names a pack language the widget lacks too (the bot lists every pack language)', () => {
    expect(ownLanguageName('pt-PT')).toBe('Português europeu');
    expect(ownLanguageName('nl')).toBe('Nederlands');
  });
});
