import { accentTokens, DEFAULT_BRAND, parseHex } from './color.ts';

export type ThemeChoice = 'light' | 'dark' | 'system';

/**
 * Light or dark (forced, or following prefers-color-scheme) and the brand colour, as custom properties on the
 * root through the CSSOM (the pages' CSP allows no inline style markup). The brand drives the accent tokens
 * (ui/color.ts: text on it, brand-coloured text and the focus ring, each shaded until it reads) against the
 * theme's own surfaces and --fg, so they are recomputed when the theme flips. Returns a function that stops following.
 */
export function applyAppearance(brandParam: string | null, theme: string | null): () => void {
  const root = document.documentElement;
  const brand = parseHex(brandParam) ?? DEFAULT_BRAND;
  const prefersDark = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    root.dataset.theme = theme === 'dark' || (theme !== 'light' && prefersDark.matches) ? 'dark' : 'light';
    const css = getComputedStyle(root);
    const token = (name: string, fallback: string) => parseHex(css.getPropertyValue(name).trim()) ?? fallback;
    const surfaces = ['--bg', '--surface', '--surface-2'].map((name) => token(name, '#ffffff'));
    for (const [name, value] of Object.entries(accentTokens(brand, surfaces, token('--fg', '#111827')))) root.style.setProperty(name, value);
  };
  apply();
  prefersDark.addEventListener('change', apply);
  return () => prefersDark.removeEventListener('change', apply);
}
