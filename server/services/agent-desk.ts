import { LIMITS, maskCardNumbers, type CardMaskStyle, type ChatMessage, type ConversationLogList, type ConversationSummary, type MessageList, type Note, type TopicSuggestion } from '../../protocol/index.ts';
import type { Bus } from '../bus/types.ts';
import type { Agent } from '../storage/agent-types.ts';
import type { Conversation, Storage } from '../storage/types.ts';
import type { AgentChannel } from './agent-channel.ts';
import type { ConversationService } from './conversations.ts';
import { HandoffError, type ChangedBy, type HandoffService } from './handoff.ts';
import type { ConversationFilter } from '../storage/team-types.ts';
import type { TeamDirectory } from './teams.ts';
import type { MentionService } from './mentions.ts';
import { KefuError } from '../errors.ts';
import { takesChats } from './roles.ts';
import { botLanguage } from './written-language.ts';

/**
 * What an agent can do with conversations, with the rights checked here once, for the REST API and the
 * agent socket alike. Refusals throw HandoffError.
 */
export interface AgentDesk {
  list(filter: ConversationFilter): Promise<ConversationSummary[]>;
  transcript(conversationId: string, afterSeq: number): Promise<MessageList>;
  /** The conversation's event log (state changes, rating, ticket), oldest first. */
  events(conversationId: string): Promise<ConversationLogList>;
  /** The same visitor's earlier (closed) conversations, newest first, at most 10. */
  earlier(conversationId: string): Promise<ConversationSummary[]>;
  claim(agent: Agent, conversationId: string): Promise<Conversation>;
  transfer(agent: Agent, conversationId: string, toAgentId: string): Promise<Conversation>;
  release(agent: Agent, conversationId: string): Promise<Conversation>;
  close(agent: Agent, conversationId: string): Promise<Conversation>;
  /** Reply to the visitor: only the owner may. */
  send(agent: Agent, conversationId: string, clientId: string | null, text: string): Promise<ChatMessage>;
  /** An internal note, shown to agents only; `mentions`: the teammates it names (each told once, see mentions.ts). */
  note(agent: Agent, conversationId: string, clientId: string, text: string, mentions?: readonly string[]): Promise<Note>;
  typing(agent: Agent, conversationId: string): Promise<void>;
  read(agent: Agent, conversationId: string, seq: number): Promise<void>;
  /** Put it in a team's queue (null: everyone's); a waiting one is routed again. */
  setTeam(agent: Agent, conversationId: string, teamId: string | null): Promise<Conversation>;
  /** Add or remove a label. */
  setLabel(agent: Agent, conversationId: string, labelId: string, on: boolean): Promise<Conversation>;
  /**
   * Set the language the bot and the widget speak to the visitor (the agent who may reply in it only): their choice
   * from now on, shown as this agent's, audit-logged; every open widget tab of theirs switches to it.
   */
  setLanguage(agent: Agent, conversationId: string, locale: string): Promise<Conversation>;
  /** The label and team the bot's last answer suggests. */
  topic(conversationId: string): Promise<TopicSuggestion>;
}

const EARLIER = 10;

export function createAgentDesk(deps: {
  storage: Storage;
  bus: Bus;
  agents: AgentChannel;
  handoff: HandoffService;
  conversations: ConversationService;
  /** Notes are masked like messages before they are stored. */
  cardMask: CardMaskStyle;
  teams: TeamDirectory;
  mentions: MentionService;
}): AgentDesk {
  const { storage, bus, agents, handoff, conversations, teams, mentions } = deps;

  const byAgent = (agent: Agent): ChangedBy => ({ actor: 'agent', agentId: agent.id });
  const find = async (id: string) => {
    const c = await storage.getConversation(id);
    if (!c) throw new HandoffError('not_found', 'no such conversation', 'no_conversation');
    return c;
  };
  /** The owner, or an admin, may transfer, hand back and close an assigned conversation. */
  const mayManage = (agent: Agent, c: Conversation) => {
    if (c.status === 'assigned' && c.agentId !== agent.id && agent.role !== 'admin') {
      throw new HandoffError('forbidden', 'this conversation belongs to another agent', 'not_yours');
    }
  };
  /** Why this agent may not write in the conversation now, or null when it is theirs. */
  const notOwner = (agent: Agent, c: Conversation): HandoffError | null => {
    if (c.status !== 'assigned') return new HandoffError('invalid_state', `the conversation is ${c.status}: claim it first`, c.status === 'closed' ? 'closed' : 'not_claimed');
    if (c.agentId !== agent.id) return new HandoffError('forbidden', 'this conversation belongs to another agent', 'not_yours');
    return null;
  };
  const owned = async (agent: Agent, id: string) => {
    const refused = notOwner(agent, await find(id));
    if (refused) throw refused;
  };
  /**
   * The agent's chat limit as stored now, when they hold fewer chats than it: a console socket's copy of the account keeps
   * the limit it opened with, and an admin may have changed it since (on any node).
   */
  const underLimit = async (agent: Agent): Promise<number> => {
    const [stored, counts] = await Promise.all([storage.getAgent(agent.id), storage.activeChatCounts()]);
    const limit = stored?.maxChats ?? agent.maxChats;
    const active = counts.get(agent.id) ?? 0;
    if (active >= limit) throw new HandoffError('forbidden', `${agent.name} already has ${active} chats (limit ${limit})`, 'over_limit');
    return limit;
  };

  return {
    async list(filter) {
      const rows = await storage.findConversations(filter, 500);
      return Promise.all(rows.map((c) => handoff.summary(c)));
    },

    async transcript(conversationId, afterSeq) {
      await find(conversationId);
      const messages = await conversations.listMessages(conversationId, afterSeq, LIMITS.replayPage);
      return { messages, notes: await storage.listNotes(conversationId) };
    },

    async events(conversationId) {
      await find(conversationId);
      return { events: await storage.listConversationEvents(conversationId) };
    },

    async earlier(conversationId) {
      const c = await find(conversationId);
      const closed = await storage.closedConversations(c.visitorId, EARLIER + 1);
      return Promise.all(closed.filter((x) => x.id !== c.id && x.createdAt <= c.createdAt).slice(0, EARLIER).map((x) => handoff.summary(x)));
    },

    async claim(agent, conversationId) {
      if (!takesChats(agent)) throw new HandoffError('forbidden', 'a read-only account takes no chats', 'read_only');
      const c = await find(conversationId);
      // Claimed by this agent already (a double tap, a claim sent again): done, as the first one was.
      if (c.status === 'assigned' && c.agentId === agent.id) return c;
      if (!(await teams.mayTake(agent, c))) {
        const team = await teams.team(c.teamId);
        throw new HandoffError('forbidden', `this conversation waits for the team ${team?.name ?? c.teamId}`, 'other_team');
      }
      const maxChats = await underLimit(agent);
      return handoff.apply(conversationId, 'claim', byAgent(agent), agent.id, { maxChats });
    },

    async transfer(agent, conversationId, toAgentId) {
      mayManage(agent, await find(conversationId));
      const target = await storage.getAgent(toAgentId);
      if (!target || target.disabled || !takesChats(target)) throw new HandoffError('not_found', 'no such agent (who takes chats)', 'no_agent');
      return handoff.apply(conversationId, 'transfer', byAgent(agent), target.id);
    },

    async release(agent, conversationId) {
      mayManage(agent, await find(conversationId));
      return handoff.apply(conversationId, 'release', byAgent(agent));
    },

    async close(agent, conversationId) {
      mayManage(agent, await find(conversationId));
      return handoff.apply(conversationId, 'close', byAgent(agent));
    },

    async send(agent, conversationId, clientId, text) {
      // Ownership is checked in the same transaction as the store (a transfer in between cannot slip through).
      const result = await conversations.sendAgentMessage(conversationId, agent, clientId, text);
      if (result.kind === 'refused') throw notOwner(agent, result.conversation) ?? new HandoffError('conflict', 'the conversation changed meanwhile', 'changed_meanwhile');
      if (result.kind === 'conflict') throw new HandoffError('conflict', 'this clientId was used for another text');
      return result.message;
    },

    async note(agent, conversationId, clientId, text, mentionIds = []) {
      const named = await mentions.check(agent, await find(conversationId), mentionIds);
      const masked = maskCardNumbers(text, deps.cardMask);
      const { note, stored } = await storage.addNote(conversationId, agent.id, clientId, masked);
      // Sent again (its first ack was lost with the socket): the consoles have it already; a mention not yet stored
      // (the node stopped in between) is stored and told now, the others once only.
      if (!stored && note.text !== masked) throw new HandoffError('conflict', 'this clientId was used for another text');
      const told = await mentions.tell(note, named);
      if (stored) await agents.broadcast({ type: 'note', note: told });
      return told;
    },

    async typing(agent, conversationId) {
      await owned(agent, conversationId);
      // The name as stored now: a socket's copy of the account follows a rename once the desk channel brings it (a moment later on another node).
      const name = (await storage.getAgent(agent.id))?.name ?? agent.name;
      await bus.publish(conversationId, { type: 'typing', conversationId, by: 'agent', name });
    },

    async read(agent, conversationId, seq) {
      await owned(agent, conversationId);
      await bus.publish(conversationId, { type: 'read', conversationId, by: 'agent', seq });
    },

    async setTeam(agent, conversationId, teamId) {
      const c = await find(conversationId);
      mayManage(agent, c);
      const team = teamId === null ? null : await teams.team(teamId);
      if (teamId !== null && !team) throw new HandoffError('not_found', 'no such team', 'no_team');
      const updated = await storage.setConversationTeam(conversationId, teamId, { actor: 'agent', agentId: agent.id });
      if (!updated) throw new HandoffError('not_found', 'no such conversation', 'no_conversation');
      if (c.teamId === teamId) return updated; // already there: nothing to tell
      const was = c.teamId === null ? null : await teams.team(c.teamId);
      await storage.addAudit({
        agentId: agent.id,
        action: 'conversation.team_changed',
        conversationId,
        target: teamId,
        before: { teamId: c.teamId, name: was?.name ?? null },
        after: { teamId, name: team?.name ?? null },
      });
      await handoff.announce(updated);
      if (updated.status === 'waiting') await handoff.requeued();
      return updated;
    },

    async setLabel(agent, conversationId, labelId, on) {
      const c = await find(conversationId);
      const label = (await teams.labels()).find((l) => l.id === labelId);
      if (on && !label) throw new HandoffError('not_found', 'no such label', 'no_label');
      if (!(await storage.setConversationLabel(conversationId, labelId, on, { actor: 'agent', agentId: agent.id }))) return c;
      const action = on ? 'conversation.label_added' : 'conversation.label_removed';
      await storage.addAudit({ agentId: agent.id, action, conversationId, target: labelId, detail: { label: label?.name ?? null } });
      await handoff.announce(c);
      return c;
    },

    async setLanguage(agent, conversationId, locale) {
      const c = await find(conversationId);
      const refused = notOwner(agent, c);
      if (refused) throw refused;
      const changed = await conversations.setLanguageFor(conversationId, locale, agent.id);
      if (changed === 'refused') throw new KefuError('bad_frame', 'the widget does not speak this language', 'locale');
      if (!changed) return c; // set so already, by this agent: nothing to tell
      await storage.addAudit({
        agentId: agent.id,
        action: 'conversation.language_set',
        conversationId,
        target: botLanguage(changed),
        before: { locale: botLanguage(c), chosen: c.botLocaleChosen, setById: c.botLocaleSetBy, bySite: c.botLocaleBySite },
        after: { locale: botLanguage(changed), chosen: true, setById: agent.id, bySite: false },
      });
      return changed;
    },

    async topic(conversationId) {
      return teams.suggest(await find(conversationId));
    },
  };
}
