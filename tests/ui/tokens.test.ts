import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { accentTokens, contrast, DEFAULT_BRAND } from '../../ui/color.ts';

/**
 * The design tokens as shipped (ui/tokens.css), parsed: in light and in dark, every text colour reads at 4.5:1
 * on every surface it is used on, every control border and the focus ring at 3:1 (WCAG 1.4.3, 1.4.11, 2.4.13),
 * and the accent defaults are what ui/color.ts derives from Kefu's own blue, so the page looks the same before
 * and after ui/appearance.ts runs.
 */
const css = readFileSync(path.resolve(import.meta.dirname, '../../ui/tokens.css'), 'utf8');
function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('\n}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}
const light = block(':root');
const themes = { light, dark: { ...light, ...block(':root[data-theme="dark"]') } };

describe.each(Object.entries(themes))('design tokens, %s', (_, tk) => {
  const surfaces = ['--bg', '--bg-subtle', '--surface', '--surface-2'];
  const ratio = (a: string, b: string) => contrast(tk[a]!, tk[b]!);

  it('has every colour as #rrggbb (the brand shading reads them), and dark overrides only names light defines', () => {
    const colours = Object.entries(tk).filter(([name]) => /^--(bg|surface|fg|muted|border|accent|focus|danger|success|warning|info|star)\b(?!-(ring|offset))/.test(name));
    expect(colours.length).toBeGreaterThan(20);
    for (const [name, value] of colours) expect(value, name).toMatch(/^#[\da-f]{6}$/);
    for (const name of Object.keys(block(':root[data-theme="dark"]'))) expect(light, name).toHaveProperty(name);
  });

  it('body and secondary text read at 4.5:1 on every surface; control borders and the focus ring at 3:1', () => {
    for (const s of surfaces) {
      expect(ratio('--fg', s), `--fg on ${s}`).toBeGreaterThanOrEqual(4.5);
      expect(ratio('--muted', s), `--muted on ${s}`).toBeGreaterThanOrEqual(4.5);
      expect(ratio('--accent-ink', s), `--accent-ink on ${s}`).toBeGreaterThanOrEqual(4.5);
      expect(ratio('--border-strong', s), `--border-strong on ${s}`).toBeGreaterThanOrEqual(3);
      expect(ratio('--focus', s), `--focus on ${s}`).toBeGreaterThanOrEqual(3);
      expect(ratio('--star', s), `--star on ${s}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('text on fills and soft backgrounds reads at 4.5:1', () => {
    const pairs = [
      ['--accent-fg', '--accent'],
      ['--danger-fg', '--danger'],
      ['--danger-ink', '--danger-soft'],
      ['--danger-ink', '--bg'],
      ['--danger-ink', '--surface'],
      ['--success-ink', '--success-soft'],
      ['--warning-ink', '--warning-soft'],
      ['--info-ink', '--info-soft'],
      ['--fg', '--danger-soft'],
      ['--fg', '--warning-soft'],
    ];
    for (const [text, background] of pairs) expect(ratio(text!, background!), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
  });

  it('its accent defaults are the ones derived from the default brand', () => {
    const derived = accentTokens(DEFAULT_BRAND, [tk['--bg']!, tk['--surface']!, tk['--surface-2']!], tk['--fg']!);
    for (const [name, value] of Object.entries(derived)) expect(tk[name], name).toBe(value);
  });
});
