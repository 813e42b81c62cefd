import { describe, expect, it } from 'vitest';
import { visitorWithConversation, type ContractContext } from './context.ts';

const HOUR = 3_600_000;

/** Webhook endpoints and their delivery outbox: enqueue, claim by lease, record, redeliver, purge. */
export function webhooksContract(ctx: ContractContext): void {
  describe('webhooks', () => {
    it('registers endpoints, queues deliveries only for ones that exist, and removes an endpoint with its deliveries', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const hook = await s.createWebhook({ url: 'https://hooks.example/kefu', events: ['conversation.waiting', 'conversation.closed'], secret: 'whsec_1' });
      expect(hook).toMatchObject({ url: 'https://hooks.example/kefu', secret: 'whsec_1' });
      expect(await s.listWebhooks()).toEqual([hook]);
      const delivery = (endpointId: string, conversationId: string | null, n: number) =>
        ({ endpointId, eventId: `evt-${n}`, event: hook.events[0]!, conversationId, body: `{"n":${n}}` });
      await s.enqueueWebhookDeliveries([delivery(hook.id, c.id, 1), delivery('no-such-endpoint', null, 2), delivery(hook.id, 'no-such-conversation', 3), delivery(hook.id, null, 4)], HOUR);
      const log = await s.listWebhookDeliveries(hook.id, 10);
      expect(log.map((d) => d.eventId).sort()).toEqual(['evt-1', 'evt-4']);
      expect(log.every((d) => d.status === 'pending' && d.attempts === 0)).toBe(true);
      // Edited: a new URL and events, the same secret; its pending deliveries now go to the new URL.
      const edited = await s.updateWebhook(hook.id, { url: 'https://hooks.example/v2', events: ['ticket.created'] });
      expect(edited).toEqual({ ...hook, url: 'https://hooks.example/v2', events: ['ticket.created'] });
      expect(await s.listWebhooks()).toEqual([edited]);
      expect((await s.claimWebhookDeliveries(Date.now() + 10, 60_000, 10)).map((j) => [j.url, j.secret])).toEqual([['https://hooks.example/v2', 'whsec_1'], ['https://hooks.example/v2', 'whsec_1']]);
      expect(await s.updateWebhook('no-such-endpoint', { url: 'https://hooks.example/x', events: ['ticket.created'] })).toBeNull();
      expect(await s.deleteWebhook(hook.id)).toBe(true);
      expect(await s.deleteWebhook(hook.id)).toBe(false);
      expect(await s.listWebhookDeliveries(hook.id, 10)).toEqual([]);
      expect(await s.listWebhooks()).toEqual([]);
    });

    it('claims a due delivery once per lease, counts attempts, and records how each went', async () => {
      const { storage: s } = await ctx.fresh();
      const hook = await s.createWebhook({ url: 'https://hooks.example/a', events: ['conversation.waiting'], secret: 'whsec_2' });
      await s.enqueueWebhookDeliveries([{ endpointId: hook.id, eventId: 'evt-a', event: hook.events[0]!, conversationId: null, body: '{"a":1}' }], HOUR);
      const now = Date.now() + 10;
      const [job] = await s.claimWebhookDeliveries(now, 60_000, 10);
      expect(job).toMatchObject({ eventId: 'evt-a', url: 'https://hooks.example/a', secret: 'whsec_2', body: '{"a":1}', attempts: 1 });
      expect(await s.claimWebhookDeliveries(now, 60_000, 10)).toEqual([]); // leased
      await s.recordWebhookAttempt(job!.id, { delivered: false, status: 503, error: null, responseExcerpt: 'busy', nextAttemptAt: now + 30_000 });
      expect(await s.claimWebhookDeliveries(now, 60_000, 10)).toEqual([]); // not due yet
      const [again] = await s.claimWebhookDeliveries(now + 30_000, 60_000, 10);
      expect(again).toMatchObject({ id: job!.id, attempts: 2 });
      await s.recordWebhookAttempt(job!.id, { delivered: true, status: 200, error: null, responseExcerpt: 'ok', nextAttemptAt: null });
      expect(await s.listWebhookDeliveries(hook.id, 10)).toMatchObject([{ id: job!.id, status: 'delivered', attempts: 2, lastStatus: 200, responseExcerpt: 'ok', nextAttemptAt: null }]);
      expect(await s.claimWebhookDeliveries(now + HOUR, 60_000, 10)).toEqual([]);

      expect(await s.redeliverWebhook('another-endpoint', job!.id, HOUR)).toBe(false);
      expect(await s.redeliverWebhook(hook.id, job!.id, HOUR)).toBe(true);
      expect(await s.claimWebhookDeliveries(Date.now() + 10, 60_000, 10)).toMatchObject([{ id: job!.id, attempts: 3 }]);
      await s.recordWebhookAttempt(job!.id, { delivered: false, status: null, error: 'timeout', responseExcerpt: null, nextAttemptAt: null });
      expect((await s.listWebhookDeliveries(hook.id, 10))[0]).toMatchObject({ status: 'failed', lastError: 'timeout' });
      expect(await s.purgeWebhookDeliveries(Date.now() + 1000)).toBe(1);
      expect(await s.listWebhookDeliveries(hook.id, 10)).toEqual([]);
    });

    it("goes with the conversation it is about when the visitor is erased", async () => {
      const { storage: s, visitorData } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s);
      const hook = await s.createWebhook({ url: 'https://hooks.example/b', events: ['conversation.waiting'], secret: 'whsec_3' });
      await s.enqueueWebhookDeliveries([{ endpointId: hook.id, eventId: 'evt-b', event: hook.events[0]!, conversationId: c.id, body: '{}' }], HOUR);
      await visitorData.eraseVisitor(v.id);
      expect(await s.listWebhookDeliveries(hook.id, 10)).toEqual([]);
    });
  });
}
