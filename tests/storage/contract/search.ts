import { describe, expect, it, vi } from 'vitest';
import { historySearch } from '../../../server/storage/search-types.ts';
import type { Storage } from '../../../server/storage/types.ts';
import { msg, visitorWithConversation, type ContractContext } from './context.ts';

const find = async (s: Storage, query: string, contact = false) =>
  (await s.searchHistory(historySearch(query, { contact, limit: 20 }))).map((h) => [h.conversationId, h.field, h.message?.text ?? null]);

const say = async (s: Storage, conversationId: string, text: string, author: 'visitor' | 'agent' = 'visitor') => {
  const r = await s.appendMessage(msg(conversationId, null, text, { author }));
  if (r.kind !== 'stored') throw new Error(r.kind);
  return r.message;
};

/** Search over all history: folded like the FAQ engine, Chinese by character n-grams, contact details only when asked. */
export function searchContract(ctx: ContractContext): void {
  describe('search', () => {
    it('finds a conversation by two Chinese characters from the middle of a message, in Simplified or Traditional, newest first', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: a } = await visitorWithConversation(s, 'hash-a');
      const { conversation: b } = await visitorWithConversation(s, 'hash-b');
      // All four in one millisecond (as a busy server stores them): newest first is still the order they came in.
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
      try {
        await say(s, a.id, '我昨天的转账一直没有到账');
        await say(s, a.id, '你好');
        await say(s, b.id, '轉帳失敗了怎麼辦', 'agent');
        await say(s, b.id, 'unrelated');
      } finally {
        vi.useRealTimers();
      }
      // 转账 sits in the middle of a's message; b wrote it in Traditional (轉帳): both fold to the same copy.
      expect(await find(s, '转账')).toEqual([
        [b.id, 'message', '轉帳失敗了怎麼辦'],
        [a.id, 'message', '我昨天的转账一直没有到账'],
      ]);
      expect(await find(s, '轉賬')).toEqual(await find(s, '转账'));
      expect(await find(s, '一直没有')).toEqual([[a.id, 'message', '我昨天的转账一直没有到账']]);
      expect(await find(s, '退款')).toEqual([]);
      expect(await find(s, '')).toEqual([]);
    });

    it('folds full width and case, matches every term, and keeps the newest matching message per conversation', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      await say(s, c.id, 'Order TX-2024-0917 failed');
      await say(s, c.id, 'reference ＲＥＦ８８１２ please');
      await say(s, c.id, 'still waiting on tx-2024-0917');
      await say(s, c.id, '流水号 2024-0917-55 也不行');
      expect(await find(s, 'tx-2024-0917')).toEqual([[c.id, 'message', 'still waiting on tx-2024-0917']]);
      expect(await find(s, '2024-0917-55')).toEqual([[c.id, 'message', '流水号 2024-0917-55 也不行']]); // a number with dashes is not a phone
      expect(await find(s, 'TX 0917 order')).toEqual([[c.id, 'message', 'Order TX-2024-0917 failed']]);
      expect(await find(s, 'ref8812')).toEqual([[c.id, 'message', 'reference ＲＥＦ８８１２ please']]);
      expect(await find(s, 'tx-2024-0918')).toEqual([]);
    });

    it("finds a signed-in visitor's conversations by name and user id; by e-mail and phone only for a caller who may see them", async () => {
      const { storage: s } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s, 'hash-signed');
      await visitorWithConversation(s, 'hash-anonymous');
      await s.bindVisitorUser(v.id, { userId: 'wallet-77120', name: '陳大文', email: 'Da.Wen@Example.com', phone: '+86 138 0013 8000' });
      expect(await find(s, '陈大文')).toEqual([[c.id, 'visitor', null]]);
      expect(await find(s, '大文')).toEqual([[c.id, 'visitor', null]]);
      expect(await find(s, 'wallet-77120')).toEqual([[c.id, 'visitor', null]]);
      expect(await find(s, 'da.wen@example')).toEqual([]);
      expect(await find(s, 'da.wen@example', true)).toEqual([[c.id, 'contact', null]]);
      expect(await find(s, '138-0013-8000', true)).toEqual([[c.id, 'contact', null]]);
      expect(await find(s, '13800138000')).toEqual([]);
      await say(s, c.id, '大文 again');
      expect(await find(s, '大文')).toEqual([[c.id, 'message', '大文 again']]); // the message says more than the name
    });

    it('forgets what was erased', async () => {
      const { storage: s, visitorData } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s);
      await s.bindVisitorUser(v.id, { userId: 'u-erased', name: 'Erased Person', email: null, phone: null });
      await say(s, c.id, '我的提现被冻结了');
      expect(await find(s, '冻结')).toHaveLength(1);
      await visitorData.eraseVisitor(v.id);
      expect(await find(s, '冻结')).toEqual([]);
      expect(await find(s, 'erased person')).toEqual([]);
      expect(await s.foldPendingSearchText(100)).toBe(0);
    });
  });
}
