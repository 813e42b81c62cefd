import { describe, expect, it } from 'vitest';
import { Id } from '../../protocol/index.ts';
import { timeOrderedId } from '../../server/storage/time-ordered-id.ts';

describe('time-ordered ids (UUID v7)', () => {
  it('sort by creation time, carry version 7 and the RFC variant, and pass the protocol id schema', () => {
    const ids = [0, 1, 1_000, Date.now(), 2 ** 47].map((t) => timeOrderedId(t));
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Id.safeParse(id).success).toBe(true);
    }
    expect(timeOrderedId(0x0123456789ab).startsWith('01234567-89ab-7')).toBe(true);
  });

  it('differ within one millisecond (a counter and 62 random bits), and sort there in the order they were made', () => {
    const same = Array.from({ length: 10_000 }, () => timeOrderedId(1_700_000_000_000));
    expect(new Set(same).size).toBe(10_000);
    const first = same.slice(0, 4_096); // the counter's 12 bits; past them it wraps
    expect([...first].sort()).toEqual(first);
  });
});
