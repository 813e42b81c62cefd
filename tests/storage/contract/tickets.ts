import { visitorCode } from '../../../server/storage/visitor-code.ts';
import { describe, expect, it } from 'vitest';
import { ConversationLogList, TicketList } from '../../../protocol/index.ts';
import { newAgent, visitorWithConversation, type ContractContext } from './context.ts';

/** Tickets worked open → pending → solved with an assignee; every change is one event, written with it. */
export function ticketsContract(ctx: ContractContext): void {
  describe('tickets', () => {
    it('starts open and unassigned, changes status and assignee, stamps solved, and logs each change once', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c, visitor: v } = await visitorWithConversation(s);
      const ann = await newAgent(s, 'ann');
      const bob = await newAgent(s, 'bob');
      const t = await s.addTicket(c.id, 'li@example.com', 'please call me', 'email');
      expect(t).toMatchObject({ status: 'open', assigneeId: null, assigneeName: null, solvedAt: null, updatedAt: t.createdAt, contactKind: 'email' });
      // Who left it: an anonymous visitor by their short label (as in the inbox), a signed-in one also by name.
      expect(t).toMatchObject({ visitorName: null, visitorCode: visitorCode(v.id) });
      expect(t.visitorCode).toMatch(/^[0-9A-F]{4}$/);
      await s.bindVisitorUser(v.id, { userId: 'u-1', name: '李伟', email: null, phone: null });
      expect(await s.getTicket(t.id)).toMatchObject({ visitorName: '李伟', visitorCode: t.visitorCode });

      const taken = await s.updateTicket(t.id, { status: 'pending', assigneeId: ann.id }, ann.id);
      expect(taken).toMatchObject({ changed: true, ticket: { status: 'pending', assigneeId: ann.id, assigneeName: 'ann', solvedAt: null } });
      // The same status and assignee again: nothing changes, nothing is logged.
      expect(await s.updateTicket(t.id, { status: 'pending' }, ann.id)).toMatchObject({ changed: false, ticket: { status: 'pending', assigneeId: ann.id } });
      const solved = (await s.updateTicket(t.id, { status: 'solved' }, ann.id))!.ticket;
      expect(solved).toMatchObject({ status: 'solved', assigneeId: ann.id });
      expect(solved.solvedAt).toBeGreaterThanOrEqual(taken!.ticket.updatedAt);
      // Reassigning a solved ticket keeps its solved time; reopening clears it; null unassigns.
      expect((await s.updateTicket(t.id, { status: 'solved', assigneeId: bob.id }, bob.id))!.ticket).toMatchObject({ assigneeId: bob.id, solvedAt: solved.solvedAt });
      expect((await s.updateTicket(t.id, { status: 'open', assigneeId: null }, bob.id))!.ticket).toMatchObject({ status: 'open', assigneeId: null, solvedAt: null });
      expect(await s.updateTicket('no-such-ticket', { status: 'solved' }, ann.id)).toBeNull();

      const events = (await s.listConversationEvents(c.id)).filter((e) => e.ticketId === t.id);
      expect(ConversationLogList.parse({ events }).events).toHaveLength(5);
      expect(events.map((e) => [e.type, e.ticketStatus, e.agentName, e.fromAgentName, e.toAgentName])).toEqual([
        ['ticket', null, null, null, null],
        ['ticket_status', 'pending', 'ann', null, 'ann'],
        ['ticket_status', 'solved', 'ann', 'ann', 'ann'],
        ['ticket_status', 'solved', 'bob', 'ann', 'bob'],
        ['ticket_status', 'open', 'bob', 'bob', null],
      ]);
      expect((await s.getTicket(t.id))!.updatedAt).toBe(events.at(-1)!.at);
    });

    it('lists newest first, by status, and forgets a removed assignee', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const ann = await newAgent(s, 'ann');
      const first = await s.addTicket(c.id, 'a@example.com', 'first');
      const second = await s.addTicket(c.id, 'b@example.com', 'second');
      const third = await s.addTicket(c.id, 'c@example.com', 'third');
      await s.updateTicket(second.id, { status: 'solved', assigneeId: ann.id }, ann.id);
      expect((await s.listTickets(10)).map((t) => t.text)).toEqual(['third', 'second', 'first']);
      expect((await s.listTickets(10, 'open')).map((t) => t.id)).toEqual([third.id, first.id]);
      expect((await s.listTickets(10, 'solved')).map((t) => t.id)).toEqual([second.id]);
      expect(await s.listTickets(10, 'pending')).toEqual([]);
      expect(TicketList.parse({ tickets: await s.listTickets(10) }).tickets).toHaveLength(3);

      await s.deleteAgent(ann.id);
      expect(await s.getTicket(second.id)).toMatchObject({ status: 'solved', assigneeId: null, assigneeName: null });
    });

    it('gives two concurrent changes of one ticket one order: both logged, the last one stored', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const ann = await newAgent(s, 'ann');
      const bob = await newAgent(s, 'bob');
      const t = await s.addTicket(c.id, 'a@example.com', 'race');
      const results = await Promise.all([
        s.updateTicket(t.id, { status: 'pending', assigneeId: ann.id }, ann.id),
        s.updateTicket(t.id, { status: 'solved', assigneeId: bob.id }, bob.id),
      ]);
      expect(results.every((r) => r?.changed)).toBe(true);
      const events = (await s.listConversationEvents(c.id)).filter((e) => e.type === 'ticket_status');
      expect(events).toHaveLength(2);
      // The second event's "from" is the first event's "to": no change was lost between them.
      expect(events[1]!.fromAgentId).toBe(events[0]!.toAgentId);
      const stored = (await s.getTicket(t.id))!;
      expect([stored.status, stored.assigneeId]).toEqual([events[1]!.ticketStatus, events[1]!.toAgentId]);
    });
  });
}
