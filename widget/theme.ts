/**
 * Colour math shared by the loader (launcher) and the app (iframe): validate the brand colour and pick
 * the text colour that reads on it. Black or white on any colour is always ≥ 4.58:1 (WCAG AA needs 4.5).
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
