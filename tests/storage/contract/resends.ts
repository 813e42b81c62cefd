import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../protocol/index.ts';
import { msg, visitorWithConversation, type ContractContext } from './context.ts';

/** A sender's resend looks back by client id (messageByClientId) before it costs anything. */
export function resendsContract(ctx: ContractContext): void {
  describe('messages by client id', () => {
    it('finds the message stored under a client id in its conversation, and whether the bot still owes it an answer', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const { conversation: d } = await visitorWithConversation(s, 'hash-d');
      const stored = async (conversationId: string, clientId: string, text: string): Promise<ChatMessage> => {
        const r = await s.appendMessage(msg(conversationId, clientId, text));
        if (r.kind !== 'stored') throw new Error(`not stored: ${r.kind}`);
        return r.message;
      };
      const q1 = await stored(c.id, 'resend-q1', 'where is my refund');
      const q2 = await stored(c.id, 'resend-q2', 'it was 20 dollars');
      const other = await stored(d.id, 'resend-q1', 'another visitor, the same client id');

      expect(await s.messageByClientId(c.id, 'resend-q1')).toEqual({ message: q1, botDue: true });
      expect(await s.messageByClientId(d.id, 'resend-q1')).toEqual({ message: other, botDue: true });
      expect(await s.messageByClientId(c.id, 'never-sent')).toBeNull();
      expect(await s.messageByClientId(d.id, 'resend-q2')).toBeNull();

      // Answered, or settled without an answer: owed nothing more.
      await s.appendMessage(msg(c.id, null, 'refunds take 3 days', { author: 'bot', replyTo: q1.id, guard: { kind: 'bot_owns' } }));
      await s.clearBotDue(other.id);
      expect(await s.messageByClientId(c.id, 'resend-q1')).toEqual({ message: q1, botDue: false });
      expect(await s.messageByClientId(d.id, 'resend-q1')).toEqual({ message: other, botDue: false });

      // Many at once (a dead node's visitors resending together): each gets its own answer.
      const asked = [
        [c.id, 'resend-q2'],
        [d.id, 'resend-q2'],
        [c.id, 'resend-q1'],
        [c.id, 'resend-q2'],
        [d.id, 'resend-q1'],
      ] as const;
      const found = await Promise.all(asked.map(([conversationId, clientId]) => s.messageByClientId(conversationId, clientId)));
      expect(found.map((f) => f?.message.id ?? null)).toEqual([q2.id, null, q1.id, q2.id, other.id]);
      expect(found.map((f) => f?.botDue ?? null)).toEqual([true, null, false, true, false]);
    });
  });
}
