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
      const listed = await s.listEmails(c.id);
      expect(listed.map((e) => e.status)).toEqual(['sent', 'pending']);
      expect(listed[0]!.sentAt).toBeGreaterThan(0);
      expect(listed[1]).toMatchObject({ lastError: '451 try later', nextAttemptAt: now + 1000 });
      expect(await s.claimEmails(now + 1000, 60_000, 10)).toMatchObject([{ kind: 'ticket_reply', attempts: 2 }]);
      // Sent, the next agent reply may wait again.
      expect(await s.enqueueEmail(email('tok-4'), HOUR)).not.toBeNull();
      expect(await s.purgeEmails(Date.now() + 1000)).toBe(1);
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
      expect(await s.isUnsubscribed('left@example.com')).toBe(false);
      expect(await s.unsubscribeByToken('secret-token')).toBe('Left@Example.com');
      expect(await s.unsubscribeByToken('secret-token')).toBe('Left@Example.com');
      expect(await s.isUnsubscribed(' LEFT@example.com')).toBe(true);
      expect(await s.isUnsubscribed('other@example.com')).toBe(false);
    });
  });
}
