import { describe, expect, it } from 'vitest';
import { newAgent, visitorWithConversation, type ContractContext } from './context.ts';

/** The audit log (filters, pages, before and after), two-factor secrets and recovery codes, security settings. */
export function securityContract(ctx: ContractContext): void {
  describe('audit log', () => {
    it('keeps what an act was done to, its detail, and before/after as written', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const ann = await newAgent(s, 'ann');
      const reveal = await s.addAudit({ agentId: ann.id, action: 'personal_data.revealed', conversationId: c.id, detail: null });
      const edit = await s.addAudit({
        agentId: ann.id,
        action: 'canned_reply.saved',
        target: 'refund',
        detail: { ip: '127.0.0.1', ok: true, count: 2 },
        before: { text: '退款 3–5 天' },
        after: { text: 'Refunds take 3–5 days', tags: ['a', 1, null] },
      });
      const listed = await s.listAudit({ limit: 10 });
      expect(listed.map((r) => r.id)).toEqual([edit.id, reveal.id]);
      expect(listed[0]).toEqual(edit);
      expect(listed[0]).toMatchObject({ target: 'refund', detail: { ip: '127.0.0.1', ok: true, count: 2 }, before: { text: '退款 3–5 天' } });
      expect(listed[1]).toMatchObject({ conversationId: c.id, target: null, detail: null, before: null, after: null });
    });

    it('filters by action and by agent (actor or target), and pages with the last id or a time without skipping or repeating', async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann');
      const bo = await newAgent(s, 'bo');
      const written = [];
      // Many records in the same millisecond: the order written decides.
      for (let i = 0; i < 25; i++) {
        written.push(await s.addAudit({ agentId: i % 2 ? ann.id : bo.id, action: i % 3 ? 'login.succeeded' : 'login.failed', detail: { i } }));
      }
      written.push(await s.addAudit({ agentId: ann.id, action: 'agent.disabled', target: bo.id }));
      const newestFirst = written.map((r) => r.id).reverse();

      const pages: string[] = [];
      let before: { id: string } | undefined;
      for (let round = 0; round < 10; round++) {
        const page = await s.listAudit({ limit: 7, ...(before ? { before } : {}) });
        pages.push(...page.map((r) => r.id));
        if (page.length < 7) break;
        before = { id: page.at(-1)!.id };
      }
      expect(pages).toEqual(newestFirst);

      const failed = await s.listAudit({ action: 'login.failed', limit: 100 });
      expect(failed.map((r) => r.id)).toEqual(written.filter((r) => r.action === 'login.failed').map((r) => r.id).reverse());
      const aboutBo = await s.listAudit({ agentId: bo.id, limit: 100 });
      expect(aboutBo.map((r) => r.id)).toEqual(written.filter((r) => r.agentId === bo.id || r.target === bo.id).map((r) => r.id).reverse());
      expect(aboutBo[0]!.action).toBe('agent.disabled');
      expect(await s.listAudit({ agentId: ann.id, action: 'agent.disabled', limit: 5 })).toHaveLength(1);

      expect(await s.listAudit({ before: { at: written[0]!.at }, limit: 100 })).toEqual([]);
      expect((await s.listAudit({ before: { at: Date.now() + 1000 }, limit: 3 })).map((r) => r.id)).toEqual(newestFirst.slice(0, 3));
      expect(await s.listAudit({ before: { id: 'no-such-record' }, limit: 10 })).toEqual([]);
    });
  });

  describe('two-factor secrets', () => {
    it('a pending secret comes into force only with the same secret; the agent then shows twoFactor', async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann');
      expect(ann.twoFactor).toBe(false);
      expect(await s.getTwoFactor(ann.id)).toEqual({ secret: null, pending: null });
      expect(await s.getTwoFactor('no-such-agent')).toBeNull();
      await s.setPendingTwoFactor(ann.id, 'FIRST');
      await s.setPendingTwoFactor(ann.id, 'SECOND');
      expect(await s.enableTwoFactor(ann.id, 'FIRST', ['h1'], 10)).toBe(false);
      expect(await s.getTwoFactor(ann.id)).toEqual({ secret: null, pending: 'SECOND' });
      expect(await s.enableTwoFactor(ann.id, 'SECOND', ['h1', 'h2', 'h3'], 10)).toBe(true);
      expect(await s.getTwoFactor(ann.id)).toEqual({ secret: 'SECOND', pending: null });
      expect((await s.getAgent(ann.id))!.twoFactor).toBe(true);
      expect((await s.findAgentByEmail(ann.email))!.agent.twoFactor).toBe(true);
      expect(await s.countRecoveryCodes(ann.id)).toBe(3);
    });

    it('a time step is used once, and never an earlier one (one conditional update)', async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann');
      expect(await s.useTotpStep(ann.id, 5)).toBe(false); // two-factor is off
      await s.setPendingTwoFactor(ann.id, 'S');
      await s.enableTwoFactor(ann.id, 'S', [], 10);
      expect(await s.useTotpStep(ann.id, 10)).toBe(false);
      expect(await s.useTotpStep(ann.id, 9)).toBe(false);
      const racing = await Promise.all([s.useTotpStep(ann.id, 11), s.useTotpStep(ann.id, 11), s.useTotpStep(ann.id, 11)]);
      expect(racing.filter(Boolean)).toHaveLength(1);
    });

    it('a recovery code is spent once; renewing replaces them all; turning off removes everything', async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann');
      const bo = await newAgent(s, 'bo');
      await s.setPendingTwoFactor(ann.id, 'S');
      await s.enableTwoFactor(ann.id, 'S', ['h1', 'h2'], 1);
      expect(await s.useRecoveryCode(bo.id, 'h1')).toBe(false);
      const racing = await Promise.all([s.useRecoveryCode(ann.id, 'h1'), s.useRecoveryCode(ann.id, 'h1')]);
      expect(racing.filter(Boolean)).toHaveLength(1);
      expect(await s.countRecoveryCodes(ann.id)).toBe(1);
      await s.replaceRecoveryCodes(ann.id, ['n1', 'n2', 'n3']);
      expect(await s.useRecoveryCode(ann.id, 'h2')).toBe(false);
      expect(await s.countRecoveryCodes(ann.id)).toBe(3);
      expect(await s.disableTwoFactor(ann.id)).toBe(true);
      expect(await s.disableTwoFactor(ann.id)).toBe(false);
      expect(await s.getTwoFactor(ann.id)).toEqual({ secret: null, pending: null });
      expect(await s.countRecoveryCodes(ann.id)).toBe(0);
      expect(await s.useRecoveryCode(ann.id, 'n1')).toBe(false);
      expect((await s.getAgent(ann.id))!.twoFactor).toBe(false);
    });
    it('rewrites the stored secrets, in force and pending, where asked (sealing those stored plain)', async () => {
      const { storage: s } = await ctx.fresh();
      const ann = await newAgent(s, 'ann');
      const bo = await newAgent(s, 'bo');
      const cy = await newAgent(s, 'cy');
      await newAgent(s, 'di'); // no two-factor: nothing to rewrite
      await s.setPendingTwoFactor(ann.id, 'ANN');
      await s.enableTwoFactor(ann.id, 'ANN', ['h'], 1);
      await s.setPendingTwoFactor(ann.id, 'ANN-NEXT');
      await s.setPendingTwoFactor(bo.id, 'BO');
      await s.setPendingTwoFactor(cy.id, 'sealed:CY');
      const asked: string[] = [];
      const seal = (v: string) => (asked.push(v), v.startsWith('sealed:') ? null : `sealed:${v}`);
      expect(await s.rewriteTwoFactorSecrets(seal)).toBe(2);
      expect(asked.sort()).toEqual(['ANN', 'ANN-NEXT', 'BO', 'sealed:CY']);
      expect(await s.getTwoFactor(ann.id)).toEqual({ secret: 'sealed:ANN', pending: 'sealed:ANN-NEXT' });
      expect(await s.getTwoFactor(bo.id)).toEqual({ secret: null, pending: 'sealed:BO' });
      expect(await s.getTwoFactor(cy.id)).toEqual({ secret: null, pending: 'sealed:CY' });
      expect((await s.getAgent(ann.id))!.twoFactor).toBe(true);
      expect(await s.rewriteTwoFactorSecrets(seal)).toBe(0);
    });
  });

  describe('settings', () => {
    it('stores a value per key and replaces it', async () => {
      const { storage: s, place } = await ctx.fresh();
      expect(await s.getSetting('security')).toBeNull();
      await s.putSetting('security', '{"twoFactor":"admins"}');
      await s.putSetting('security', '{"twoFactor":"everyone"}');
      expect(await s.getSetting('security')).toBe('{"twoFactor":"everyone"}');
      const again = await ctx.open(place);
      expect(await again.storage.getSetting('security')).toBe('{"twoFactor":"everyone"}');
    });
  });
}
