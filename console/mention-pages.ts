import type { Mention, MentionList } from '../protocol/index.ts';

/** What the Mentions page lists: the mentions loaded, newest first; the cursor of the page after them; whether "Show older" added any. */
export interface MentionPages {
  mentions: Mention[];
  next: string | null;
  older: boolean;
}

/**
 * The newest page read again (a mention came, one was read): it alone while nothing older was loaded; else on top of
 * what was (each mention once, as the new page has it), and "Show older" goes on from the oldest one loaded, not from
 * the new page's end (an agent 300 mentions down kept their place when a new one came).
 */
export function withNewest(shown: MentionPages | null, first: MentionList): MentionPages {
  if (!shown?.older) return { mentions: first.mentions, next: first.next, older: false };
  const fresh = new Set(first.mentions.map((m) => m.noteId));
  return { mentions: [...first.mentions, ...shown.mentions.filter((m) => !fresh.has(m.noteId))], next: shown.next, older: true };
}

/** An older page ("Show older") after what is shown; its cursor next. */
export function withOlder(shown: MentionPages, page: MentionList): MentionPages {
  const have = new Set(shown.mentions.map((m) => m.noteId));
  return { mentions: [...shown.mentions, ...page.mentions.filter((m) => !have.has(m.noteId))], next: page.next, older: true };
}
