import type { Label, LabelRequest, Team, TeamRequest, TopicSuggestion } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { Agent } from '../storage/agent-types.ts';
import { NameTakenError } from '../storage/team-types.ts';
import type { Conversation, Storage } from '../storage/types.ts';
import type { FaqSource } from './conversations.ts';
import { labelFacts, listEditRecord, teamFacts } from './team-audit.ts';

/** How far back the bot's last answer is looked for. */
const LOOK_BACK = 50;
/** Other nodes' edits show here within this long (this node's at once). */
const CACHE_MS = 15_000;

/**
 * Labels and teams: the admin-managed lists (cached briefly; every node reads the database), what the bot's last
 * answer suggests for a conversation, and who may take a waiting one (its team's members; everyone when it has
 * no team or the team has no members).
 */
export interface TeamDirectory {
  labels(): Promise<Label[]>;
  teams(): Promise<Team[]>;
  team(id: string | null): Promise<Team | null>;
  /** Admins' edits (`by`: the admin's id), each recorded in the audit trail with the fields before and after. */
  createLabel(input: LabelRequest, by: string): Promise<Label>;
  updateLabel(id: string, input: LabelRequest, by: string): Promise<Label>;
  deleteLabel(id: string, by: string): Promise<void>;
  createTeam(input: TeamRequest, by: string): Promise<Team>;
  updateTeam(id: string, input: TeamRequest, by: string): Promise<Team>;
  deleteTeam(id: string, by: string): Promise<void>;
  /** Another node saved an edit: read the lists again next time. */
  forget(): void;
  /** The labels and the team whose topics hold the entry of the bot's last answer (its id or one of its tags). */
  suggest(conversation: Conversation): Promise<TopicSuggestion>;
  /** The team a conversation goes to: its own, else the one its topic suggests (null: everyone's). */
  destination(conversation: Conversation): Promise<Team | null>;
  /** The agents who may take it from the queue, or null for everyone. */
  takers(conversation: Conversation): Promise<ReadonlySet<string> | null>;
  /** Whether this agent may take it (admins always may). */
  mayTake(agent: Agent, conversation: Conversation): Promise<boolean>;
}

export function createTeamDirectory(deps: {
  storage: Storage;
  faq: FaqSource;
  /** Tells every node and every console that an admin edited the lists (each node then calls `forget`). */
  announce?: () => Promise<void>;
  now?: () => number;
}): TeamDirectory {
  const { storage, faq } = deps;
  const now = deps.now ?? Date.now;
  let cached: { at: number; value: Promise<{ labels: Label[]; teams: Team[] }> } | null = null;
  const lists = () => {
    if (cached && now() - cached.at < CACHE_MS) return cached.value;
    const value = Promise.all([storage.listLabels(), storage.listTeams()]).then(([labels, teams]) => ({ labels, teams }));
    value.catch(() => (cached = null));
    cached = { at: now(), value };
    return value;
  };
  const edited = async <T>(result: T): Promise<T> => {
    cached = null;
    await deps.announce?.();
    return result;
  };
  const named = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (err) {
      if (err instanceof NameTakenError) throw new KefuError('conflict', err.message, 'name');
      throw err;
    }
  };
  const found = <T>(value: T | null, what: string): T => {
    if (value === null) throw new KefuError('not_found', `no such ${what}`);
    return value;
  };
  /** Every agent's name by id; throws when a member named is no agent. */
  const checkMembers = async (memberIds: readonly string[]) => {
    const names = new Map((await storage.listAgents()).map((a) => [a.id, a.name]));
    const unknown = memberIds.find((id) => !names.has(id));
    if (unknown) throw new KefuError('bad_frame', `memberIds: no agent ${unknown}`, 'memberIds');
    return names;
  };
  const audit = async (...args: Parameters<typeof listEditRecord>) => {
    const record = listEditRecord(...args);
    if (record) await storage.addAudit(record);
  };
  const storedLabel = async (id: string) => (await storage.listLabels()).find((l) => l.id === id) ?? null;
  const storedTeam = async (id: string) => (await storage.listTeams()).find((t) => t.id === id) ?? null;

  /** The FAQ entry of the bot's last answer in the conversation, with its tags. */
  async function lastTopic(c: Conversation): Promise<{ faqId: string; topics: Set<string> } | null> {
    if (c.lastSeq === 0) return null; // nothing said yet: nothing to read
    const messages = await storage.listMessages(c.id, Math.max(0, c.lastSeq - LOOK_BACK), LOOK_BACK);
    const answer = messages.findLast((m) => m.author === 'bot' && m.bot?.kind === 'answer' && m.bot.faqId);
    const faqId = answer?.bot?.faqId;
    if (!faqId) return null;
    const entry = faq.current().pack.entries.find((e) => e.id === faqId);
    return { faqId, topics: new Set([faqId, ...(entry?.tags ?? [])].map((t) => t.toLowerCase())) };
  }
  const about = (topics: Set<string>) => (x: { topics: string[] }) => x.topics.some((t) => topics.has(t));

  const directory: TeamDirectory = {
    labels: async () => (await lists()).labels,
    teams: async () => (await lists()).teams,
    async team(id) {
      return id === null ? null : ((await lists()).teams.find((t) => t.id === id) ?? null);
    },
    async createLabel(input, by) {
      const label = await named(() => storage.createLabel(input));
      await audit(by, 'label.created', label.id, null, labelFacts(label));
      return edited(label);
    },
    async updateLabel(id, input, by) {
      const before = await storedLabel(id);
      const label = found(await named(() => storage.updateLabel(id, input)), 'label');
      await audit(by, 'label.changed', id, before && labelFacts(before), labelFacts(label));
      return edited(label);
    },
    async deleteLabel(id, by) {
      const before = found(await storedLabel(id), 'label');
      found((await storage.deleteLabel(id)) || null, 'label');
      await audit(by, 'label.deleted', id, labelFacts(before), null);
      await edited(null);
    },
    async createTeam(input, by) {
      const names = await checkMembers(input.memberIds);
      const team = await named(() => storage.createTeam(input));
      await audit(by, 'team.created', team.id, null, teamFacts(team, names));
      return edited(team);
    },
    async updateTeam(id, input, by) {
      const names = await checkMembers(input.memberIds);
      const before = await storedTeam(id);
      const team = found(await named(() => storage.updateTeam(id, input)), 'team');
      await audit(by, 'team.changed', id, before && teamFacts(before, names), teamFacts(team, names));
      return edited(team);
    },
    async deleteTeam(id, by) {
      const before = found(await storedTeam(id), 'team');
      found((await storage.deleteTeam(id)) || null, 'team');
      await audit(by, 'team.deleted', id, teamFacts(before, await checkMembers([])), null);
      await edited(null);
    },
    forget() {
      cached = null;
    },

    async suggest(c) {
      const topic = await lastTopic(c);
      if (!topic) return { faqId: null, labelIds: [], teamId: null };
      const { labels, teams } = await lists();
      return { faqId: topic.faqId, labelIds: labels.filter(about(topic.topics)).map((l) => l.id), teamId: teams.find(about(topic.topics))?.id ?? null };
    },

    async destination(c) {
      if (c.teamId) return directory.team(c.teamId);
      // Only a team with topics is ever suggested. With none (most sites), the messages are not read: every
      // state sent to a visitor asks this, each hello included (a node's death reconnects thousands at once).
      if (!(await lists()).teams.some((t) => t.topics.length > 0)) return null;
      return directory.team((await directory.suggest(c)).teamId);
    },

    async takers(c) {
      const team = await directory.team(c.teamId);
      return team && team.memberIds.length > 0 ? new Set(team.memberIds) : null;
    },

    async mayTake(agent, c) {
      if (agent.role === 'admin') return true;
      const takers = await directory.takers(c);
      return takers === null || takers.has(agent.id);
    },
  };
  return directory;
}
