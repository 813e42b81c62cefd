import { describe, expect, it } from 'vitest';
import type { AttachmentRecord } from '../../../server/storage/attachment-types.ts';
import { msg, visitorWithConversation, type ContractContext } from './context.ts';

const record = (conversationId: string, id: string, extra: Partial<AttachmentRecord> = {}): AttachmentRecord => ({
  id,
  conversationId,
  messageId: null,
  author: 'visitor',
  agentId: null,
  name: `${id}.png`,
  type: 'image/png',
  size: 1234,
  hasThumb: true,
  createdAt: Date.now(),
  ...extra,
});

/** Files in messages: the message's list, the attachments' rows, removal, and the bot owing nothing for a file. */
export function attachmentsContract(ctx: ContractContext): void {
  describe('attachments', () => {
    it('stores a message with files, lists them back, and owes no bot answer for a file alone', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      await s.addAttachment(record(c.id, 'file-1'));
      const files = [{ id: 'file-1', name: 'file-1.png', type: 'image/png' as const, size: 1234 }];
      const stored = await s.appendMessage(msg(c.id, 'with-file-1', '', { attachments: files }));
      if (stored.kind !== 'stored') throw new Error(stored.kind);
      expect(stored.botDue).toBe(false);
      expect(stored.message.attachments).toEqual([{ ...files[0], url: '' }]);
      await s.setAttachmentMessage('file-1', stored.message.id);
      expect((await s.listMessages(c.id, 0, 10))[0]!.attachments).toEqual(stored.message.attachments);
      expect(await s.listBotDue()).toEqual([]);
      expect(await s.getAttachment('file-1')).toMatchObject({ conversationId: c.id, messageId: stored.message.id, hasThumb: true, size: 1234 });
      // The same client id again: the same message (an upload's retry).
      const again = await s.appendMessage(msg(c.id, 'with-file-1', '', { attachments: files }));
      expect(again.kind).toBe('duplicate');
    });

    it('removes one file from its message and its row; the other file stays', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      await s.addAttachment(record(c.id, 'keep'));
      await s.addAttachment(record(c.id, 'drop', { type: 'application/pdf', hasThumb: false, author: 'agent', agentId: null }));
      const stored = await s.appendMessage(
        msg(c.id, 'two-files-1', '', { attachments: [{ id: 'keep', name: 'k.png', type: 'image/png', size: 1 }, { id: 'drop', name: 'd.pdf', type: 'application/pdf', size: 2 }] }),
      );
      if (stored.kind !== 'stored') throw new Error(stored.kind);
      await s.setAttachmentMessage('keep', stored.message.id);
      await s.setAttachmentMessage('drop', stored.message.id);
      expect((await s.listAttachments(c.id)).map((a) => a.id).sort()).toEqual(['drop', 'keep']);
      // The inbox row names the message's first file (its text is empty).
      expect((await s.conversationDigest(c.id)).last).toEqual({ author: 'visitor', text: '', at: stored.message.createdAt, file: { name: 'k.png', type: 'image/png' } });

      expect(await s.listRemovedFiles(c.id, 100)).toEqual([]);
      expect(await s.removeAttachment('drop')).toMatchObject({ id: 'drop', type: 'application/pdf', author: 'agent' });
      expect(await s.getAttachment('drop')).toBeNull();
      expect((await s.listMessages(c.id, 0, 10))[0]!.attachments?.map((a) => a.id)).toEqual(['keep']);
      expect(await s.removeAttachment('drop')).toBeNull();
      await s.removeAttachment('keep');
      expect((await s.listMessages(c.id, 0, 10))[0]!.attachments).toBeUndefined();
      expect(await s.listAttachments(c.id)).toEqual([]);
      expect((await s.conversationDigest(c.id)).last).toEqual({ author: 'visitor', text: '', at: stored.message.createdAt }); // no file left to name
      // Remembered by id, oldest first, for screens that resync later; the newest `limit` when there are more.
      const m = stored.message.id;
      expect(await s.listRemovedFiles(c.id, 100)).toEqual([{ messageId: m, attachmentId: 'drop' }, { messageId: m, attachmentId: 'keep' }]);
      expect(await s.listRemovedFiles(c.id, 1)).toEqual([{ messageId: m, attachmentId: 'keep' }]);
      expect(await s.listRemovedFiles('another-conversation', 100)).toEqual([]);
    });

    it('hands each of many removed-file reads made at once its own files, as it would one at a time', async () => {
      // Every resume of a conversation with history reads them; a dead node's visitors come back together (postgres.ts).
      const { storage: s } = await ctx.fresh();
      const conversations = [];
      for (let i = 0; i < 3; i++) conversations.push((await visitorWithConversation(s, `token-hash-${i}`)).conversation);
      const removed: { messageId: string; attachmentId: string }[][] = [];
      for (const [i, c] of conversations.entries()) {
        removed.push([]);
        for (let f = 0; f < i; f++) {
          const id = `batch-${i}-${f}`;
          await s.addAttachment(record(c.id, id));
          const stored = await s.appendMessage(msg(c.id, `file-${i}-${f}`, '', { attachments: [{ id, name: `${id}.png`, type: 'image/png', size: 1 }] }));
          if (stored.kind !== 'stored') throw new Error(stored.kind);
          await s.setAttachmentMessage(id, stored.message.id);
          await s.removeAttachment(id);
          removed[i]!.push({ messageId: stored.message.id, attachmentId: id });
        }
      }
      const [a, b, c] = conversations.map((x) => x.id) as [string, string, string];
      const reads = await Promise.all([s.listRemovedFiles(c, 100), s.listRemovedFiles(a, 100), s.listRemovedFiles(c, 1), s.listRemovedFiles('no-such-conversation', 100), s.listRemovedFiles(b, 100), s.listRemovedFiles(c, 100)]);
      expect(reads).toEqual([removed[2], [], [removed[2]![1]], [], removed[1], removed[2]]);
    });

    it('forgets a file not yet in a message without a trace, and the removed files with the erased visitor', async () => {
      const { storage: s, visitorData } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s);
      await s.addAttachment(record(c.id, 'unsent'));
      await s.removeAttachment('unsent');
      expect(await s.listRemovedFiles(c.id, 100)).toEqual([]);
      await s.addAttachment(record(c.id, 'sent'));
      const stored = await s.appendMessage(msg(c.id, 'sent-1', '', { attachments: [{ id: 'sent', name: 's.png', type: 'image/png', size: 1 }] }));
      if (stored.kind !== 'stored') throw new Error(stored.kind);
      await s.setAttachmentMessage('sent', stored.message.id);
      await s.removeAttachment('sent');
      expect(await s.listRemovedFiles(c.id, 100)).toHaveLength(1);
      await visitorData.eraseVisitor(v.id);
      expect(await s.listRemovedFiles(c.id, 100)).toEqual([]);
    });

    it('drops a conversation\'s file rows when its visitor is erased', async () => {
      const { storage: s, visitorData } = await ctx.fresh();
      const { visitor: v, conversation: c } = await visitorWithConversation(s);
      await s.addAttachment(record(c.id, 'erased-file'));
      await visitorData.eraseVisitor(v.id);
      expect(await s.getAttachment('erased-file')).toBeNull();
    });
  });
}
