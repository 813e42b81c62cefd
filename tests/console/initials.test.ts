import { describe, expect, it } from 'vitest';
import { initials } from '../../console/initials.ts';

describe('the initials in an avatar (who else is in the conversation)', () => {
  it.each([
    ['Mei Wong', 'MW'],
    ['  ken   tanaka ', 'KT'],
    ['admin', 'A'],
    ['王美玲', '王'],
    ['李 小龙', '李'], // not Latin: one character, however spaced
    ['José Álvarez García', 'JÁ'],
    ['', '?'],
  ])('%j → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
