import { describe, expect, it } from 'vitest';
import { contrast, parseHex, textOn } from '../../widget/theme.ts';

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
