/**
 * Colour math shared by the loader (launcher) and the app (iframe): validate the brand colour and pick
 * the text colour that reads on it. Black or white on any colour is always ≥ 4.58:1 (WCAG AA needs 4.5).
 */

/** Kefu's own blue, when the host sets no brand colour. */
export const DEFAULT_BRAND = '#1d4ed8';

/** "#abc" or "#aabbcc" (any case) → "#aabbcc"; anything else → null. */
export function parseHex(value: unknown): string | null {
  const m = typeof value == 'string' && /^#(?:([\da-f]{6})|([\da-f]{3}))$/i.exec(value);
  return m ? `#${m[1] ?? m[2]!.replace(/./g, '$&$&')}`.toLowerCase() : null;
}

/** WCAG relative luminance of a "#rrggbb" colour. */
const luminance = (hex: string) =>
  [0.2126, 0.7152, 0.0722].reduce((sum, weight, i) => {
    const c = parseInt(hex.substr(1 + 2 * i, 2), 16) / 255;
    return sum + weight * (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  }, 0);

/** WCAG contrast ratio of two "#rrggbb" colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever contrasts more with the background: black wins when (L+.05)/.05 ≥ 1.05/(L+.05). */
export const textOn = (background: string): '#000000' | '#ffffff' => ((luminance(background) + 0.05) ** 2 >= 0.0525 ? '#000000' : '#ffffff');
