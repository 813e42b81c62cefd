import { contrast, DEFAULT_BRAND, parseHex, textOn } from '../theme.ts';

/**
 * Light or dark (forced, or following prefers-color-scheme) and the brand colour, as custom properties on
 * the root through the CSSOM (the page's CSP allows no inline style markup). Text on the brand is black or
 * white, whichever contrasts more; brand-coloured text on the background falls back to the text colour
 * when it would read below 4.5:1.
 */
export function applyAppearance(brandParam: string | null, themeParam: string | null): void {
  const root = document.documentElement;
  const brand = parseHex(brandParam) ?? DEFAULT_BRAND;
  const prefersDark = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    root.dataset.theme = themeParam === 'dark' || (themeParam !== 'light' && prefersDark.matches) ? 'dark' : 'light';
    const css = getComputedStyle(root);
    const bg = parseHex(css.getPropertyValue('--bg').trim()) ?? '#ffffff';
    const fg = parseHex(css.getPropertyValue('--fg').trim()) ?? '#111827';
    root.style.setProperty('--brand', brand);
    root.style.setProperty('--brand-text', textOn(brand));
    root.style.setProperty('--brand-ink', contrast(brand, bg) >= 4.5 ? brand : fg);
  };
  apply();
  prefersDark.addEventListener('change', apply);
}
