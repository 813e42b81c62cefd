/**
 * What an agent has typed in each conversation's box, and whether as a note, while they look at another one. Kept in
 * this tab's sessionStorage under the agent's id, so a reload (or a console update) loses nothing; the browser drops it
 * when the tab closes, and logging out drops it at once (a shared desk's next agent never sees the last one's words).
 */
export type Draft = { text: string; mode: 'reply' | 'note' };

const PREFIX = 'kefu.console.drafts.';

function read(agentId: string): Record<string, Draft> {
  try {
    const saved = JSON.parse(sessionStorage.getItem(PREFIX + agentId) ?? '{}') as Record<string, Draft>;
    return saved && typeof saved === 'object' ? saved : {};
  } catch {
    return {};
  }
}

export function draftOf(agentId: string, conversationId: string): Draft | undefined {
  return read(agentId)[conversationId];
}

/** Keeps a draft; an empty reply box keeps nothing. */
export function keepDraft(agentId: string, conversationId: string, draft: Draft): void {
  const all = read(agentId);
  if (draft.text || draft.mode === 'note') all[conversationId] = draft;
  else delete all[conversationId];
  try {
    if (Object.keys(all).length === 0) sessionStorage.removeItem(PREFIX + agentId);
    else sessionStorage.setItem(PREFIX + agentId, JSON.stringify(all));
  } catch {
    // Storage full or blocked: the draft stays in the box for this page's life, as before.
  }
}

/** Logging out: this tab keeps no agent's drafts. */
export function dropDrafts(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
}
