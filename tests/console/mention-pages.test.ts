import { describe, expect, it } from 'vitest';
import type { Mention, MentionList } from '../../protocol/index.ts';
import { withNewest, withOlder } from '../../console/mention-pages.ts';

const mention = (n: number, readAt: number | null = null): Mention => ({
  noteId: `note-${n}`, conversationId: 'c1', byAgentId: 'a1', byName: 'Ann', firstLine: `note ${n}`, createdAt: n, readAt, visitorName: null, visitorCode: '7F3A',
});
/** A page of the mentions numbered `from` down to `to`, newest first; `next` the cursor after it. */
const pageOf = (from: number, to: number, next: string | null): MentionList => ({
  mentions: Array.from({ length: from - to + 1 }, (_, i) => mention(from - i)), next, unread: from - to + 1,
});
const numbers = (ms: readonly Mention[]) => ms.map((m) => Number(m.noteId.slice(5)));

describe('the Mentions page list (console/mention-pages.ts)', () => {
  it('takes the newest page as it is while nothing older was loaded (its cursor too)', () => {
    const shown = withNewest(null, pageOf(5, 4, 'note-4'));
    expect(withNewest(shown, pageOf(6, 5, 'note-5'))).toEqual({ mentions: [mention(6), mention(5)], next: 'note-5', older: false });
  });

  it('after "Show older", a new mention goes on top and the older pages stay, "Show older" going on from the oldest loaded', () => {
    const first = withNewest(null, pageOf(6, 5, 'note-5'));
    const older = withOlder(first, pageOf(4, 3, 'note-3'));
    expect(numbers(older.mentions)).toEqual([6, 5, 4, 3]);
    const after = withNewest(older, pageOf(7, 6, 'note-6'));
    expect(numbers(after.mentions)).toEqual([7, 6, 5, 4, 3]);
    expect(after.next).toBe('note-3');
    expect(numbers(withOlder(after, pageOf(2, 1, null)).mentions)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it('a mention read elsewhere shows read as the newest page has it, listed once', () => {
    const older = withOlder(withNewest(null, pageOf(6, 5, 'note-5')), pageOf(4, 3, null));
    const again: MentionList = { mentions: [mention(6, 1000), mention(5)], next: 'note-5', unread: 3 };
    const after = withNewest(older, again);
    expect(numbers(after.mentions)).toEqual([6, 5, 4, 3]);
    expect(after.mentions[0]!.readAt).toBe(1000);
    expect(after.next).toBeNull();
  });
});
