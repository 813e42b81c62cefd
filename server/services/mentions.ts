import type { MentionList, Note } from '../../protocol/index.ts';
import type { Agent } from '../storage/agent-types.ts';
import type { Conversation, Storage } from '../storage/types.ts';
import type { AgentChannel } from './agent-channel.ts';
import { HandoffError } from './handoff.ts';
import { seesWholeDesk } from './roles.ts';
import type { TeamDirectory } from './teams.ts';

/** The newest mentions the list shows. */
const LISTED = 100;

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
  list(agentId: string): Promise<MentionList>;
  unread(agentId: string): Promise<number>;
  /** They opened it: read in every console of theirs. Returns the count left; a note that does not mention them is not_found. */
  markRead(agentId: string, noteId: string): Promise<number>;
}

export function createMentionService(deps: { storage: Storage; agents: AgentChannel; teams: TeamDirectory }): MentionService {
  const { storage, agents, teams } = deps;

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
        await agents.sendTo(to, { type: 'mention', mention, unread: await storage.unreadMentions(to) });
      }
      return { ...note, mentions: [...new Set([...note.mentions, ...ids])].sort() };
    },

    async list(agentId) {
      const [mentions, unread] = await Promise.all([storage.listMentions(agentId, LISTED), storage.unreadMentions(agentId)]);
      return { mentions, unread };
    },

    unread(agentId) {
      return storage.unreadMentions(agentId);
    },

    async markRead(agentId, noteId) {
      if (!(await storage.markMentionRead(agentId, noteId))) throw new HandoffError('not_found', 'no such mention of yours');
      const unread = await storage.unreadMentions(agentId);
      await agents.sendTo(agentId, { type: 'mentions_read', unread });
      return unread;
    },
  };
}
