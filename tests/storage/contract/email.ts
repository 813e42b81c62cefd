import { describe, expect, it } from 'vitest';
import { visitorWithConversation, type ContractContext } from './context.ts';

const HOUR = 3_600_000;

/** The e-mail outbox, the visitor's read position and the suppression list. */
export function emailContract(ctx: ContractContext): void {
  describe('e-mail outbox', () => {
    it('keeps one waiting agent-reply e-mail per conversation, claims it once per lease, records how it went', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const email = (token: string, kind: 'agent_reply' | 'ticket_reply' = 'agent_reply') =>
        ({ conversationId: c.id, kind, to: 'li@example.com', locale: 'zh-CN', text: kind === 'ticket_reply' ? '您好' : null, notBefore: Date.now(), unsubscribeToken: token });
      const first = await s.enqueueEmail(email('tok-1'), HOUR);
      expect(first).toMatchObject({ conversationId: c.id, kind: 'agent_reply', to: 'li@example.com', status: 'pending', attempts: 0 });
      expect(await s.enqueueEmail(email('tok-2'), HOUR)).toBeNull(); // the waiting one will carry this reply too
      expect(await s.enqueueEmail(email('tok-3', 'ticket_reply'), HOUR)).not.toBeNull();

      const now = Date.now() + 10;
      const jobs = await s.claimEmails(now, 60_000, 10);
      expect(jobs.map((j) => j.unsubscribeToken).sort()).toEqual(['tok-1', 'tok-3']);
      expect(jobs.find((j) => j.kind === 'ticket_reply')).toMatchObject({ text: '您好', locale: 'zh-CN', attempts: 1 });
      expect(await s.claimEmails(now, 60_000, 10)).toEqual([]);
      await s.recordEmailAttempt(first!.id, { status: 'sent', error: null, nextAttemptAt: null });
      await s.recordEmailAttempt(jobs.find((j) => j.kind === 'ticket_reply')!.id, { status: 'pending', error: '451 try later', nextAttemptAt: now + 1000 });
      // Both were written in the same millisecond or two: their order in the list is not what this checks.
      const listed = await s.listEmails(c.id);
      expect(listed).toHaveLength(2);
      expect(listed.find((e) => e.kind === 'agent_reply')).toMatchObject({ status: 'sent', sentAt: expect.any(Number) });
      expect(listed.find((e) => e.kind === 'agent_reply')!.sentAt).toBeGreaterThan(0);
      expect(listed.find((e) => e.kind === 'ticket_reply')).toMatchObject({ status: 'pending', lastError: '451 try later', nextAttemptAt: now + 1000 });
      expect(await s.claimEmails(now + 1000, 60_000, 10)).toMatchObject([{ kind: 'ticket_reply', attempts: 2 }]);
      // A report that comes back later: only a sent e-mail becomes failed, with the reason; once.
      // A permanent one puts the address on the suppression list as bounced; a transient one does not.
      const always = { suppress: true };
      expect(await s.recordEmailBounce(jobs.find((j) => j.kind === 'ticket_reply')!.id, '550 no such user', always)).toBeNull(); // still pending
      expect(await s.recordEmailBounce('no-such-email', '550', always)).toBeNull();
      expect(await s.emailSuppression('li@example.com')).toBeNull();
      expect(await s.recordEmailBounce(first!.id, '452 4.2.2 mailbox full', { suppress: false })).toBe(c.id);
      expect(await s.emailSuppression('li@example.com')).toBeNull();
      expect(await s.recordEmailBounce(first!.id, '550 again', always)).toBeNull();
      expect((await s.listEmails(c.id)).find((e) => e.id === first!.id)).toMatchObject({ status: 'failed', lastError: '452 4.2.2 mailbox full', sentAt: expect.any(Number) });
      const other = jobs.find((j) => j.kind === 'ticket_reply')!;
      await s.recordEmailAttempt(other.id, { status: 'sent', error: null, nextAttemptAt: null });
      expect(await s.recordEmailBounce(other.id, '550 5.1.1 user unknown', always)).toBe(c.id);
      expect(await s.emailSuppression('LI@example.com')).toBe('bounced');
      // Sent, the next agent reply may wait again.
      expect(await s.enqueueEmail(email('tok-4'), HOUR)).not.toBeNull();
      expect(await s.purgeEmails(Date.now() + 1000)).toBe(2); // the two bounced; the waiting one stays
    });

    it("keeps the visitor's read position from moving back, finds their address, and unsubscribes by token only", async () => {
      const { storage: s } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s);
      expect(await s.visitorReadSeq(c.id)).toBe(0);
      await s.markVisitorRead(c.id, 5);
      await s.markVisitorRead(c.id, 3);
      expect(await s.visitorReadSeq(c.id)).toBe(5);

      expect(await s.visitorEmail(c.id)).toBeNull();
      await s.bindVisitorUser(v.id, { userId: 'u-1', name: null, email: 'signed@example.com', phone: null });
      expect(await s.visitorEmail(c.id)).toBe('signed@example.com');
      await s.addTicket(c.id, '+86 138 0000 0000', 'call me');
      await s.addTicket(c.id, 'left@example.com', 'or write');
      expect(await s.visitorEmail(c.id)).toBe('left@example.com');

      await s.enqueueEmail({ conversationId: c.id, kind: 'agent_reply', to: 'Left@Example.com', locale: 'en', text: null, notBefore: Date.now(), unsubscribeToken: 'secret-token' }, HOUR);
      expect(await s.unsubscribeByToken('wrong-token')).toBeNull();
      expect(await s.emailSuppression('left@example.com')).toBeNull();
      expect(await s.unsubscribeByToken('secret-token')).toBe('Left@Example.com');
      expect(await s.unsubscribeByToken('secret-token')).toBe('Left@Example.com');
      expect(await s.emailSuppression(' LEFT@example.com')).toBe('unsubscribed');
      expect(await s.emailSuppression('other@example.com')).toBeNull();
    });

    it('uses a reopen link once and before it expires; the device token it leaves finds the visitor; gone with the visitor', async () => {
      const { storage: s, visitorData } = await ctx.fresh();
      const { visitor: v } = await visitorWithConversation(s, 'own-token-hash');
      const other = await s.createVisitor('other-token-hash', 'en');
      const now = Date.now();
      await s.addReopenLink('code-hash-1', v.id, now + HOUR);
      await s.addReopenLink('code-hash-expired', v.id, now - 1);
      await s.addReopenLink('code-hash-other', other.id, now + HOUR);

      expect(await s.findVisitorByTokenHash('device-token-hash')).toBeNull();
      expect(await s.useReopenLink('code-hash-unknown', 'device-x', now)).toBeNull();
      expect(await s.useReopenLink('code-hash-expired', 'device-y', now)).toBeNull();
      expect(await s.findVisitorByTokenHash('device-y')).toBeNull();
      // Two devices race for one link: one wins.
      const raced = await Promise.all([s.useReopenLink('code-hash-1', 'device-token-hash', now), s.useReopenLink('code-hash-1', 'device-loser', now)]);
      expect(raced.filter((r) => r !== null)).toEqual([v.id]);
      const winner = raced[0] !== null ? 'device-token-hash' : 'device-loser';
      expect(await s.findVisitorByTokenHash(winner)).toMatchObject({ id: v.id });
      expect(await s.findVisitorByTokenHash(raced[0] !== null ? 'device-loser' : 'device-token-hash')).toBeNull();
      expect(await s.findVisitorByTokenHash('own-token-hash')).toMatchObject({ id: v.id }); // the first device keeps its token
      expect(await s.useReopenLink('code-hash-1', 'device-z', now)).toBeNull();

      // The unused expired link goes; the used one stays (it holds the device's token), as does the unexpired one.
      expect(await s.purgeReopenLinks(now)).toBe(1);
      expect(await s.findVisitorByTokenHash(winner)).toMatchObject({ id: v.id });
      await visitorData.eraseVisitor(v.id);
      expect(await s.findVisitorByTokenHash(winner)).toBeNull();
      expect(await s.useReopenLink('code-hash-other', 'device-o', now)).toBe(other.id);
    });
  });
}
