import { describe, expect, it } from 'vitest';
import { visitorCode } from '../../../server/storage/visitor-code.ts';
import { newAgent, visitorWithConversation, type ContractContext } from './context.ts';

/** Who a note mentions: stored with it, once per person, listed newest first, counted unread until opened. */
export function mentionsContract(ctx: ContractContext): void {
  describe('mentions', () => {
    it('stores each person once per note, lists them newest first with the note’s first line, counts and marks them read', async () => {
      const { storage: s } = await ctx.fresh();
      const { conversation: c } = await visitorWithConversation(s);
      const ann = await newAgent(s, 'ann');
      const mei = await newAgent(s, 'mei');
      const vic = await newAgent(s, 'vic', { role: 'viewer' });
      const first = (await s.addNote(c.id, ann.id, 'note-1', '\n@mei can you check this refund?\nsecond line')).note;
      const made = await s.addMentions(first.id, [mei.id, vic.id, mei.id]);
      expect(made.map((m) => m.to).sort()).toEqual([mei.id, vic.id].sort());
      expect(made.find((m) => m.to === mei.id)!.mention).toMatchObject({
        noteId: first.id,
        conversationId: c.id,
        byAgentId: ann.id,
        byName: 'ann',
        firstLine: '@mei can you check this refund?',
        readAt: null,
      });
      // The same note again (a resend): nobody is mentioned twice.
      expect(await s.addMentions(first.id, [mei.id])).toEqual([]);
      await new Promise((r) => setTimeout(r, 3));
      const second = (await s.addNote(c.id, ann.id, 'note-2', 'and this one')).note;
      await s.addMentions(second.id, [mei.id]);

      expect((await s.listMentions(mei.id, 10))!.map((m) => m.noteId)).toEqual([second.id, first.id]);
      expect(await s.unreadMentions(mei.id)).toBe(2);
      expect(await s.unreadMentionConversations(mei.id)).toEqual([c.id]); // two unread, one conversation
      expect(await s.unreadMentions(ann.id)).toBe(0);
      expect((await s.listNotes(c.id)).map((n) => n.mentions)).toEqual([[mei.id, vic.id].sort(), [mei.id]]);

      expect(await s.markMentionRead(mei.id, first.id)).toBe(true);
      const readAt = (await s.listMentions(mei.id, 10))!.find((m) => m.noteId === first.id)!.readAt;
      expect(readAt).toBeGreaterThan(0);
      expect(await s.markMentionRead(mei.id, first.id)).toBe(true); // opened again: the first time is kept
      expect((await s.listMentions(mei.id, 10))!.find((m) => m.noteId === first.id)!.readAt).toBe(readAt);
      expect(await s.unreadMentions(mei.id)).toBe(1);
      // Not a mention of theirs: nothing to mark.
      expect(await s.markMentionRead(ann.id, first.id)).toBe(false);
      expect(await s.unreadMentions(vic.id)).toBe(1);
      expect(await s.markMentionRead(mei.id, second.id)).toBe(true);
      expect(await s.unreadMentionConversations(mei.id)).toEqual([]);
    });

    it('names the conversation’s visitor as a ticket does (the signed-in name, else only the code) and pages older ones by a note id', async () => {
      const { storage: s } = await ctx.fresh();
      const anon = await visitorWithConversation(s, 'token-anon');
      const named = await visitorWithConversation(s, 'token-named');
      await s.bindVisitorUser(named.visitor.id, { userId: 'u-mention', name: 'Lin Hua', email: null, phone: null });
      const ann = await newAgent(s, 'ann');
      const mei = await newAgent(s, 'mei');
      const notes: string[] = [];
      for (let i = 0; i < 5; i++) {
        const c = i % 2 === 0 ? anon.conversation : named.conversation;
        const note = (await s.addNote(c.id, ann.id, `note-page-${i}`, `note ${i}`)).note;
        await s.addMentions(note.id, [mei.id]);
        notes.push(note.id);
      }
      const newest = [...notes].reverse();
      const top = (await s.listMentions(mei.id, 2))!;
      expect(top.map((m) => m.noteId)).toEqual(newest.slice(0, 2));
      expect(top.map((m) => [m.visitorName, m.visitorCode])).toEqual([
        [null, visitorCode(anon.visitor.id)],
        ['Lin Hua', visitorCode(named.visitor.id)],
      ]);
      const seen = [...top];
      for (let page = 0; page < 5 && seen.length < notes.length; page++) seen.push(...(await s.listMentions(mei.id, 2, seen.at(-1)!.noteId))!);
      expect(seen.map((m) => m.noteId)).toEqual(newest);
      expect(await s.listMentions(mei.id, 2, notes[0])).toEqual([]);
      // A cursor that is no mention of theirs (someone else's, made up): null, never another agent's page.
      expect(await s.listMentions(ann.id, 2, notes[0])).toBeNull();
      expect(await s.listMentions(mei.id, 2, 'no-such-note')).toBeNull();
    });

    it('goes with the conversation when it is erased', async () => {
      const { storage: s, visitorData } = await ctx.fresh();
      const { visitor, conversation: c } = await visitorWithConversation(s);
      const ann = await newAgent(s, 'ann');
      const mei = await newAgent(s, 'mei');
      const note = (await s.addNote(c.id, ann.id, 'note-1', 'look at this')).note;
      await s.addMentions(note.id, [mei.id]);
      await visitorData.eraseVisitor(visitor.id);
      expect(await s.listMentions(mei.id, 10)).toEqual([]);
      expect(await s.unreadMentions(mei.id)).toBe(0);
      expect(await s.unreadMentionConversations(mei.id)).toEqual([]);
    });
  });
}
