import { describe, expect, it } from 'vitest';
import { AgentExistsError } from '../../../server/storage/agent-types.ts';
import { newAgent, type ContractContext } from './context.ts';

/** Agents (unique email, any case), their patches, admins, and sessions with absolute and idle expiry. */
export function agentsContract(ctx: ContractContext): void {
  describe('agents and sessions', () => {
    it('creates agents with unique emails in any case and finds them by email', async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann', { maxChats: 3 });
      expect(ann).toMatchObject({ email: 'ann@example.com', name: 'ann', role: 'agent', disabled: false, maxChats: 3, canSeePersonalData: false });
      await expect(s.createAgent({ email: 'ANN@example.com', name: 'x', role: 'agent', passwordHash: 'h', maxChats: 1 })).rejects.toBeInstanceOf(AgentExistsError);
      expect(await s.findAgentByEmail('Ann@Example.com')).toEqual({ agent: ann, passwordHash: 'hash-of-ann' });
      expect(await s.findAgentByEmail('nobody@example.com')).toBeNull();
      expect(await s.getAgent(ann.id)).toEqual(ann);
      expect(await s.getAgent('no-such-agent')).toBeNull();
    });

    it('patches only the fields given, counts enabled admins, deletes', async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann');
      await new Promise((r) => setTimeout(r, 3)); // listed in the order they were created
      await newAgent(s, 'root', { role: 'admin' });
      expect(await s.countAdmins()).toBe(1);
      const patched = await s.updateAgent(ann.id, { role: 'admin', maxChats: 9, canSeePersonalData: true });
      expect(patched).toMatchObject({ name: 'ann', role: 'admin', maxChats: 9, canSeePersonalData: true, disabled: false });
      expect(await s.countAdmins()).toBe(2);
      expect(await s.updateAgent(ann.id, { disabled: true, passwordHash: 'new-hash' })).toMatchObject({ disabled: true, maxChats: 9, locale: null });
      expect(await s.updateAgent(ann.id, { locale: 'zh-TW' })).toMatchObject({ locale: 'zh-TW', disabled: true });
      expect(await s.updateAgent(ann.id, { locale: '' })).toMatchObject({ locale: null });
      expect(await s.countAdmins()).toBe(1);
      expect((await s.findAgentByEmail('ann@example.com'))?.passwordHash).toBe('new-hash');
      expect(await s.updateAgent('no-such-agent', { name: 'x' })).toBeNull();
      expect((await s.listAgents()).map((a) => a.name)).toEqual(['ann', 'root']);
      expect(await s.deleteAgent(ann.id)).toBe(true);
      expect(await s.deleteAgent(ann.id)).toBe(false);
      expect((await s.listAgents()).map((a) => a.name)).toEqual(['root']);
    });

    it('stores the read-only role viewer: created, patched to and from, never counted as an admin', async () => {
      const { storage: s } = await ctx.fresh();
      const lead = await newAgent(s, 'lead', { role: 'viewer', canSeePersonalData: true });
      expect(lead).toMatchObject({ role: 'viewer', canSeePersonalData: true });
      expect(await s.getAgent(lead.id)).toEqual(lead);
      expect(await s.countAdmins()).toBe(0);
      await new Promise((r) => setTimeout(r, 3)); // listed in the order they were created
      const ann = await newAgent(s, 'ann');
      expect(await s.updateAgent(ann.id, { role: 'viewer' })).toMatchObject({ role: 'viewer', name: 'ann' });
      expect(await s.updateAgent(lead.id, { role: 'agent' })).toMatchObject({ role: 'agent', canSeePersonalData: true });
      expect((await s.listAgents()).map((a) => [a.name, a.role])).toEqual([['lead', 'agent'], ['ann', 'viewer']]);
    });

    it('uses a session until its absolute expiry or its idle timeout, and forgets deleted ones', async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann');
      const now = Date.now();
      await s.createSession('live', ann.id, now + 60_000);
      await s.createSession('expired', ann.id, now - 1);
      await s.createSession('other', ann.id, now + 60_000);
      expect(await s.useSession('live', 60_000)).toBe(ann.id);
      expect(await s.useSession('expired', 60_000)).toBeNull();
      expect(await s.useSession('unknown', 60_000)).toBeNull();
      await new Promise((r) => setTimeout(r, 20));
      expect(await s.useSession('live', 5)).toBeNull(); // idle longer than 5 ms
      await s.deleteSession('live');
      expect(await s.useSession('live', 60_000)).toBeNull();
      expect(await s.useSession('other', 60_000)).toBe(ann.id);
      await s.deleteAgentSessions(ann.id);
      expect(await s.useSession('other', 60_000)).toBeNull();
    });
  });
}
