import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PLACES, SHORTCUTS } from '../../console/shortcuts.ts';
import { TAB_KEYS } from '../../ui/Tabs.tsx';

/**
 * The `?` overlay lists every key the inbox answers because the handlers take their keys from the one table it
 * is drawn from (console/shortcuts.ts): here no console source reads a key any other way, so a handler written
 * beside the table (an `e.key === 'n'`) fails, and every line has its words in every language.
 */
const ROOT = path.resolve(import.meta.dirname, '../../console');
const LOCALES = path.join(ROOT, 'locales');

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sources(file);
    return /\.tsx?$/.test(e.name) ? [{ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }] : [];
  });
}

/** A key read other than through the table: `.key` compared, looked up or switched on, `keyCode`. */
const READS_A_KEY = /\.key\s*(?:[=!]==?|in\b)|[=!]==?\s*\w+\.key\b|\[\s*\w+\.key\s*\]|switch\s*\(\s*\w+\.key\b|\.keyCode\b/;

/** Keys read in a field for the field's own sake, not the inbox's: none is a shortcut. */
const NOT_SHORTCUTS: Record<string, string> = {
  // Enter in the Sites page's holiday date field adds the date, as a form's Enter would (the field is inside the site's form).
  'admin/HoursEditor.tsx': "e.key === 'Enter'",
  // Enter or a comma in an FAQ entry's tags adds what is typed, Backspace in the empty field takes the last tag back.
  'faq/TagInput.tsx': 'FIELD_KEYS[e.key]',
};

describe('keyboard shortcuts', () => {
  it('the handlers read keys only from the table the overlay lists', () => {
    const readers = sources(ROOT)
      .filter(({ file }) => file !== 'shortcuts.ts')
      .flatMap(({ file, text }) => text.split('\n').filter((line) => READS_A_KEY.test(line) && !(NOT_SHORTCUTS[file] && line.includes(NOT_SHORTCUTS[file]))).map((line) => `${file}: ${line.trim()}`));
    expect(readers).toEqual([]);
    // The pattern finds the ways a key has been read here before (so the check can fail).
    for (const line of ["if (e.key === 'n') next();", "const by = e.key === 'ArrowDown' ? 1 : -1;", "if ('ArrowDown' === e.key) go();", 'if (e.key in move) {', 'const move = moves[e.key];', 'switch (e.key) {', "if (event.keyCode === 13) send();"]) {
      expect(READS_A_KEY.test(line), line).toBe(true);
    }
    for (const line of ["if (pressed(e, 'send')) submit();", '<li key={c.id}>', 'localStorage.getItem(this.key)']) expect(READS_A_KEY.test(line), line).toBe(false);
    for (const [file, allowed] of Object.entries(NOT_SHORTCUTS)) expect(readFileSync(path.join(ROOT, file), 'utf8')).toContain(allowed);
  });

  it('the tabs line is the keys the tabs answer', () => {
    expect(SHORTCUTS.tab_move.keys).toEqual(Object.keys(TAB_KEYS));
  });

  it.each(readdirSync(LOCALES).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')))('every line and heading has its words in %s', (locale) => {
    const strings = JSON.parse(readFileSync(path.join(LOCALES, `${locale}.json`), 'utf8')) as Record<string, string>;
    for (const name of Object.keys(SHORTCUTS)) expect(strings, name).toHaveProperty(`key_${name}`);
    for (const where of PLACES) expect(strings, where).toHaveProperty(`keys_${where}`);
    expect(Object.keys(strings).filter((k) => k.startsWith('key_')).map((k) => k.slice(4)).sort()).toEqual(Object.keys(SHORTCUTS).sort());
  });
});
