import type { AgentInfo, ConversationSummary, Team } from '../protocol/index.ts';
import type { DeskState } from './desk-client.ts';
import { mayTake } from './teams-data.ts';

/**
 * Unread counts: per conversation, the visitor's messages this agent has not seen (had on screen). What was
 * seen is kept in this browser per agent (localStorage), so the counts, and the tab title, survive a reload.
 */
export class Unread {
  private seen: Record<string, number>;
  private readonly key: string;

  constructor(agentId: string) {
    this.key = `kefu.console.seen.${agentId}`;
    try {
      this.seen = JSON.parse(localStorage.getItem(this.key) ?? '{}') as Record<string, number>;
    } catch {
      this.seen = {};
    }
  }

  /** The visitor's messages so far: the summary's count, or more when the live transcript already has them. */
  static written(c: ConversationSummary, s: DeskState): number {
    return Math.max(c.visitorMessages, (s.messages[c.id] ?? []).filter((m) => m.author === 'visitor').length);
  }

  count(c: ConversationSummary, s: DeskState): number {
    return c.status === 'closed' ? 0 : Math.max(0, Unread.written(c, s) - (this.seen[c.id] ?? 0));
  }

  /** The agent has the conversation on screen: everything in it is seen. Returns whether anything changed. */
  markSeen(c: ConversationSummary, s: DeskState): boolean {
    const written = Unread.written(c, s);
    if ((this.seen[c.id] ?? 0) >= written) return false;
    this.seen[c.id] = written;
    // Only conversations still listed are kept, so the record does not grow forever.
    this.seen = Object.fromEntries(Object.entries(this.seen).filter(([id]) => s.conversations[id]));
    localStorage.setItem(this.key, JSON.stringify(this.seen));
    return true;
  }
}

/**
 * Conversations asking for the agent (the tab title's count): every waiting one they may take (their teams' queue,
 * as their Waiting tab), their own with unread messages (not while snoozed), and those with a note mentioning them they have not opened
 * (closed ones too). Each conversation once: a mention in a chat already counted for its messages adds nothing.
 */
export function needingAttention(s: DeskState, unread: Unread, me: AgentInfo, teams: readonly Team[]): number {
  const asking = Object.values(s.conversations).filter((c) => (c.status === 'waiting' && mayTake(c, me, teams)) || (c.status === 'assigned' && c.agentId === me.id && c.snoozedUntil === null && unread.count(c, s) > 0));
  return new Set([...asking.map((c) => c.id), ...s.mentionsUnreadIn]).size;
}
