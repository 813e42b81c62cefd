import { describe, expect, it } from 'vitest';
import { accentTokens, contrast, parseHex, textOn } from '../../ui/color.ts';

describe('brand colour', () => {
  it('accepts #rgb and #rrggbb only', () => {
    expect(parseHex('#1D4ED8')).toBe('#1d4ed8');
    expect(parseHex('#fc0')).toBe('#ffcc00');
    for (const bad of ['red', '1d4ed8', '#12345', '#1234567', 'url(x)', '#ggg', '', null, 42]) expect(parseHex(bad)).toBeNull();
  });

  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('picks black or white text with contrast ≥ 4.5:1 on any brand colour', () => {
    expect(textOn('#1d4ed8')).toBe('#ffffff');
    expect(textOn('#facc15')).toBe('#000000');
    for (let i = 0; i < 4096; i++) {
      const brand = parseHex(`#${i.toString(16).padStart(3, '0')}`)!;
      expect(contrast(brand, textOn(brand))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('accent tokens from a brand colour', () => {
  const themes = [
    ['light', ['#ffffff', '#f5f6f8', '#eef0f3'], '#111827'],
    ['dark', ['#111827', '#172033', '#243045'], '#f3f4f6'],
  ] as const;

  it.each(themes)('%s: every brand gives a readable accent ink (4.5:1), focus ring (3:1) and text on the accent (4.5:1) on every surface', (_, surfaces, fg) => {
    for (let i = 0; i < 4096; i += 7) {
      const brand = parseHex(`#${i.toString(16).padStart(3, '0')}`)!;
      const tokens = accentTokens(brand, surfaces, fg);
      expect(tokens['--accent']).toBe(brand);
      expect(contrast(tokens['--accent-fg'], brand)).toBeGreaterThanOrEqual(4.5);
      for (const surface of surfaces) {
        expect(contrast(tokens['--accent-ink'], surface)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(tokens['--focus'], surface)).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('keeps a brand that already reads, and shades one that does not towards the text colour', () => {
    expect(accentTokens('#1d4ed8', ['#ffffff'], '#111827')['--accent-ink']).toBe('#1d4ed8');
    const dark = accentTokens('#1d4ed8', ['#111827'], '#f3f4f6')['--accent-ink'];
    expect(dark).not.toBe('#1d4ed8'); // 2.6:1 on the dark background
    expect(dark).not.toBe('#f3f4f6'); // a lighter blue, not plain text
    expect(accentTokens('#facc15', ['#ffffff'], '#111827')['--accent-ink']).not.toBe('#facc15'); // yellow on white: 1.5:1
  });
});
