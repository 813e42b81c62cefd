import { describe, expect, it } from 'vitest';
import type { Storage } from '../../../server/storage/types.ts';
import type { ContractContext } from './context.ts';

const HOUR = 3_600_000;
const admin = (email: string) => ({ email, name: email.split('@')[0]!, role: 'admin' as const, passwordHash: `hash-of-${email}`, maxChats: 5 });
const outcome = async (s: Storage, token: string, email: string, now = Date.now()) => {
  const r = await s.createFirstAdmin(token, admin(email), now);
  return r.kind === 'created' ? [r.kind, r.agent.email, r.agent.role] : [r.kind];
};

/** First run: a setup link's token is good once, for an hour, and only while no admin exists; two nodes make one admin. */
export function setupContract(ctx: ContractContext): void {
  describe('first-run setup links', () => {
    it('makes the first admin with a valid token, once; an unknown or expired token makes nothing', async () => {
      const { storage: s } = await ctx.fresh();
      const now = Date.now();
      await s.createSetupToken('hash-expired', now - 1);
      await s.createSetupToken('hash-good', now + HOUR);
      expect(await outcome(s, 'hash-unknown', 'a@example.com', now)).toEqual(['invalid_token']);
      expect(await outcome(s, 'hash-expired', 'a@example.com', now)).toEqual(['invalid_token']);
      expect(await s.countAdmins()).toBe(0);
      expect(await outcome(s, 'hash-good', 'first@example.com', now)).toEqual(['created', 'first@example.com', 'admin']);
      expect(await outcome(s, 'hash-good', 'second@example.com', now)).toEqual(['admin_exists']);
      expect((await s.listAgents()).map((a) => a.email)).toEqual(['first@example.com']);
    });

    it('two nodes that each issued a link and are used at the same moment make exactly one admin', async () => {
      const { storage: a, place } = await ctx.fresh();
      const { storage: b } = await ctx.open(place);
      for (let round = 0; round < 3; round++) {
        const expires = Date.now() + HOUR;
        await a.createSetupToken(`hash-a-${round}`, expires);
        await b.createSetupToken(`hash-b-${round}`, expires);
      }
      const results = await Promise.all([outcome(a, 'hash-a-0', 'one@example.com'), outcome(b, 'hash-b-0', 'two@example.com')]);
      expect(results.map((r) => r[0]).sort()).toEqual(['admin_exists', 'created']);
      expect(await a.countAdmins()).toBe(1);
      expect(await outcome(b, 'hash-b-1', 'three@example.com')).toEqual(['admin_exists']);
    });
  });
}
