import type { MentionList, MentionsUnread, Note } from '../../protocol/index.ts';
import type { Agent } from '../storage/agent-types.ts';
import type { Conversation, Storage } from '../storage/types.ts';
import type { AgentChannel } from './agent-channel.ts';
import { HandoffError } from './handoff.ts';
import { seesWholeDesk } from './roles.ts';
import type { TeamDirectory } from './teams.ts';

/** The mentions one page of the list shows. */
const PAGE = 100;

/**
 * "@Mei, can you check this refund?": a note names teammates by agent id. Each must be an active agent of this
 * install who may open the conversation (a team's conversation: its members, admins, and viewers, who read every
 * chat); each is told once per note, on their consoles only, wherever they are connected, and the mention is stored,
 * so one who was away finds it counted unread at their next sign-in.
 */
export interface MentionService {
  /** The ids a note may mention (the author left out, each once); refused with a HandoffError before anything is stored. */
  check(author: Agent, conversation: Conversation, ids: readonly string[]): Promise<string[]>;
  /** Store the stored note's mentions and tell each person newly mentioned. Returns the note with its mentions. */
  tell(note: Note, ids: readonly string[]): Promise<Note>;
  /** A page, newest first; `before`: the previous page's `next` (one that names no mention of theirs is not_found). */
  list(agentId: string, before?: string): Promise<MentionList>;
  unread(agentId: string): Promise<MentionsUnread>;
  /** They opened it: read in every console of theirs. Returns the unread left; a note that does not mention them is not_found. */
  markRead(agentId: string, noteId: string): Promise<MentionsUnread>;
}

export function createMentionService(deps: { storage: Storage; agents: AgentChannel; teams: TeamDirectory }): MentionService {
  const { storage, agents, teams } = deps;
  const unread = async (agentId: string): Promise<MentionsUnread> => {
    const [count, unreadIn] = await Promise.all([storage.unreadMentions(agentId), storage.unreadMentionConversations(agentId)]);
    return { unread: count, unreadIn };
  };

  return {
    async check(author, conversation, ids) {
      const wanted = [...new Set(ids)].filter((id) => id !== author.id);
      if (wanted.length === 0) return [];
      const takers = await teams.takers(conversation);
      for (const id of wanted) {
        const agent = await storage.getAgent(id);
        if (!agent || agent.disabled) throw new HandoffError('not_found', 'a mentioned id is not an active agent of this desk', 'mention_unknown');
        const mayOpen = takers === null || takers.has(agent.id) || agent.role === 'admin' || seesWholeDesk(agent);
        if (!mayOpen) throw new HandoffError('forbidden', `${agent.name} is not in this conversation's team`, 'mention_cannot_open');
      }
      return wanted;
    },

    async tell(note, ids) {
      if (ids.length === 0) return note;
      for (const { to, mention } of await storage.addMentions(note.id, ids)) {
        await agents.sendTo(to, { type: 'mention', mention, ...(await unread(to)) });
      }
      return { ...note, mentions: [...new Set([...note.mentions, ...ids])].sort() };
    },

    async list(agentId, before) {
      // One more than a page: whether there are older ones.
      const [page, count] = await Promise.all([storage.listMentions(agentId, PAGE + 1, before), storage.unreadMentions(agentId)]);
      if (!page) throw new HandoffError('not_found', 'no such mention of yours to page from');
      const mentions = page.slice(0, PAGE);
      return { mentions, next: page.length > PAGE ? mentions[PAGE - 1]!.noteId : null, unread: count };
    },

    unread,

    async markRead(agentId, noteId) {
      if (!(await storage.markMentionRead(agentId, noteId))) throw new HandoffError('not_found', 'no such mention of yours');
      const left = await unread(agentId);
      await agents.sendTo(agentId, { type: 'mentions_read', ...left });
      return left;
    },
  };
}
