/**
 * Colour math of the design system, shared by the loader (launcher), the widget and the console: validate a
 * brand colour, pick the text colour that reads on it, and derive the accent tokens from it. Black or white on
 * any colour is always ≥ 4.58:1 (WCAG AA needs 4.5).
 */

/** Kefu's own blue, when the host sets no brand colour. */
export const DEFAULT_BRAND = '#1d4ed8';

/** "#abc" or "#aabbcc" (any case) → "#aabbcc"; anything else → null. */
export const parseHex = (value: unknown): string | null =>
  typeof value == 'string' && /^#([\da-f]{3}){1,2}$/i.test(value) ? (value.length < 5 ? value.replace(/\w/g, '$&$&') : value).toLowerCase() : null;

/** A gamma-encoded sRGB channel (0 to 255) made linear, as WCAG's relative luminance does. */
const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG relative luminance of a "#rrggbb" colour. */
function luminance(hex: string): number {
  const rgb = parseInt(hex.slice(1), 16);
  return 0.2126 * linear(rgb >> 16) + 0.7152 * linear((rgb >> 8) & 255) + 0.0722 * linear(rgb & 255);
}

/** WCAG contrast ratio of two "#rrggbb" colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever contrasts more with the background: black wins when (L+.05)/.05 ≥ 1.05/(L+.05). */
export const textOn = (background: string): '#000000' | '#ffffff' => ((luminance(background) + 0.05) ** 2 >= 0.0525 ? '#000000' : '#ffffff');

/** `a` moved a fraction `t` (0 to 1) of the way to `b`, channel by channel, as "#rrggbb". */
function mix(a: string, b: string, t: number): string {
  const [x, y] = [parseInt(a.slice(1), 16), parseInt(b.slice(1), 16)];
  const channel = (shift: number) => Math.round(((x >> shift) & 255) * (1 - t) + ((y >> shift) & 255) * t);
  return `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0')}`;
}

/** The brand, moved towards the text colour in tenths until it reads at `ratio` on every background (the text colour itself reads). */
function readable(brand: string, backgrounds: readonly string[], fg: string, ratio: number): string {
  for (let t = 0; t < 1; t += 0.1) {
    const candidate = mix(brand, fg, t);
    if (backgrounds.every((bg) => contrast(candidate, bg) >= ratio)) return candidate;
  }
  return fg;
}

/** The custom properties a brand colour drives, for a theme whose surfaces (--bg, --surface, --surface-2) and text colour are given. */
export interface AccentTokens {
  /** Filled controls (primary button, visitor bubble, selected tab marker): the brand itself. */
  '--accent': string;
  /** Text and icons on --accent: black or white, ≥ 4.5:1. */
  '--accent-fg': string;
  /** Brand-coloured text and links on any surface: the brand, or the nearest shade of it that reads at 4.5:1. */
  '--accent-ink': string;
  /** The focus ring: the brand's nearest shade at 3:1 against any surface (WCAG 2.4.13 / 1.4.11). */
  '--focus': string;
}

export function accentTokens(brand: string, surfaces: readonly string[], fg: string): AccentTokens {
  return { '--accent': brand, '--accent-fg': textOn(brand), '--accent-ink': readable(brand, surfaces, fg, 4.5), '--focus': readable(brand, surfaces, fg, 3) };
}
