import type { AgentInfo, ConversationSummary, ErrorCode, LogReason, Reach, RefusalReason } from '../../protocol/index.ts';
import type { Bus, ConversationEvent } from '../bus/types.ts';
import type { Agent, QueueEntry, TransitionConditions } from '../storage/agent-types.ts';
import type { Conversation, Storage } from '../storage/types.ts';
import type { TransitionLog } from '../storage/log-types.ts';
import { visitorCode } from '../storage/visitor-code.ts';
import type { AgentChannel } from './agent-channel.ts';
import { KefuError } from '../errors.ts';
import { pickAgent } from './routing.ts';
import { estimateWaitSec, reachOf, type Availability } from './availability.ts';
import type { QueuePlaces } from './queue-places.ts';
import { nextStatus, ownedAfter, type TransitionEvent } from './state-machine.ts';
import type { WebhookPayloads } from './webhook-payloads.ts';
import type { TeamDirectory } from './teams.ts';
import { takesChats } from './roles.ts';
import { botLanguage } from './written-language.ts';

export type RoutingMode = 'auto' | 'manual';

/** A refused action, with the protocol's error code (the REST layer maps it to a status). */
export class HandoffError extends KefuError {
  override name = 'HandoffError';
  constructor(
    override readonly code: Extract<ErrorCode, 'not_found' | 'invalid_state' | 'conflict' | 'forbidden'>,
    message: string,
    reason?: RefusalReason,
  ) {
    super(code, message, undefined, reason);
  }
}

/** Why `event` by `owner` (for a claim) cannot apply to `c` as it is now. */
function refusedBy(c: Conversation | null, event: TransitionEvent, owner: string | null): RefusalReason {
  if (!c) return 'no_conversation';
  if (c.status === 'closed') return 'closed';
  if (event === 'claim' && c.status === 'assigned' && c.agentId !== owner) return 'claimed_by_other';
  return 'changed_meanwhile';
}

type StateEvent = Extract<ConversationEvent, { type: 'state' }>;

/** What else a state change requires (see HandoffService.apply). */
export type ApplyConditions = TransitionConditions & { reason?: LogReason };

/** Who makes a state change (for the conversation event log): an agent by id, or the visitor, the bot, routing. */
export type ChangedBy = { actor: 'agent'; agentId: string } | { actor: 'visitor' | 'bot' | 'system' };

/** The event-log entry each state-machine event writes. */
const LOGGED: Record<TransitionEvent, Pick<TransitionLog, 'type' | 'reason'>> = {
  handoff: { type: 'queued', reason: 'asked' },
  bot_gave_up: { type: 'queued', reason: 'bot_missed' },
  cancel: { type: 'cancelled' },
  claim: { type: 'claimed' },
  transfer: { type: 'transferred' },
  release: { type: 'released' },
  close: { type: 'closed' },
};

export interface HandoffService {
  /**
   * Apply a state-machine event as one compare-and-set, logged in the conversation event log with `by`.
   * `owner` is the new owner for claim/transfer.
   * With `maxChats`, the new owner must hold fewer assigned chats than that; with `idleBefore` / `unseenBefore`,
   * the conversation must still be idle / its visitor still gone (all checked in the same compare-and-set);
   * `reason` goes to the event log (a system close or cancel: idle, abandoned).
   * Throws HandoffError: not_found, invalid_state (not allowed from the current status), conflict (lost a race, or
   * no longer idle), forbidden (the new owner's chat limit).
   */
  apply(conversationId: string, event: TransitionEvent, by: ChangedBy, owner?: string | null, when?: ApplyConditions): Promise<Conversation>;
  summary(conversation: Conversation): Promise<ConversationSummary>;
  /**
   * What the visitor's `state` frame says, one truth at a time: status and agent; whether a person can answer
   * (reach: online with the typical reply time, or away until a time); while waiting and someone can answer,
   * the queue place and the estimate from measured times; while away, no queue place.
   */
  visitorState(conversation: Conversation): Promise<StateEvent>;
  /** Whether a person can answer this conversation now. */
  reach(conversation: Conversation): Promise<Reach>;
  agentInfo(agent: Agent, active?: Map<string, number>): Promise<AgentInfo>;
  agentInfos(): Promise<AgentInfo[]>;
  /** With auto routing: give waiting conversations, oldest first, to the least-busy online agents. */
  route(): Promise<void>;
  /** Waiting conversations changed teams (one moved, or a team was deleted): places are counted again, and routed. */
  requeued(): Promise<void>;
  /** Tell every agent socket that this conversation changed. */
  announce(conversation: Conversation): Promise<void>;
  /** An agent's name changed: the visitors they are talking with are told it (their widget's header and "… is typing"). */
  renamed(agentId: string): Promise<void>;
  /** The `state` of waiting conversations at the given places (one agent count, one reach per site and team, for all). */
  placeStates(ranked: readonly QueueEntry[]): Promise<StateEvent[]>;
}

/** The most chats of one agent told of their new name (more than any chat limit allows them to hold). */
const RENAME_TOLD = 500;

/** How long a node keeps the agents' table it read (see listAgents in createHandoffService). */
const AGENTS_KEPT_MS = 5_000;

export function createHandoffService(deps: {
  storage: Storage;
  bus: Bus;
  agents: AgentChannel;
  routing: RoutingMode;
  availability: Availability;
  /** Waiting visitors' places (told when the queue moved; see queue-places.ts). */
  places: Pick<QueuePlaces, 'changed'>;
  /** Background work (routing after a presence change) reports failures here. */
  onError: (err: unknown) => void;
  /** Webhooks hear of every status change. */
  events?: Pick<WebhookPayloads, 'conversationChanged'>;
  /** Teams: a queued conversation joins the team its topic suggests; routing and reach follow its team. None: one team of everyone. */
  teams?: Pick<TeamDirectory, 'suggest' | 'destination' | 'takers'>;
  /** The time business hours are read at (tests move it); default Date.now. */
  now?: () => number;
}): HandoffService {
  const { storage, bus, agents, routing, availability } = deps;
  const agentName = async (id: string | null) => (id ? ((await storage.getAgent(id))?.name ?? null) : null);

  /**
   * The agents' table, kept for AGENTS_KEPT_MS (every visitor's state asks: a node's death reconnects thousands at
   * once). Dropped on every node when the list changes on any (an admin adds, changes or removes an agent: their
   * `agents` frame on the desk channel); a read begun before that is not kept. The time limit covers a desk event
   * lost with a Redis connection, and agents written without one (the first admin, a profile's name).
   */
  let kept: { agents: Promise<Agent[]>; until: number } | null = null;
  agents.onAgentsChanged(() => (kept = null));
  const listAgents = (): Promise<Agent[]> => {
    const now = Date.now();
    if (kept && kept.until > now) return kept.agents;
    const read = { agents: storage.listAgents(), until: now + AGENTS_KEPT_MS };
    kept = read;
    read.agents.catch(() => {
      if (kept === read) kept = null;
    });
    return read.agents;
  };
  /** Agents online (enabled) who take chats (not viewers), with their concurrent-chat limits. */
  const online = async () => (await listAgents()).filter((a) => !a.disabled && takesChats(a) && agents.presence(a.id) === 'online');
  /**
   * Who can answer a conversation now: the agents online in the team it goes to (a team with no members:
   * everyone), their number and their chat slots (the sum of their concurrent-chat limits); whether a person can
   * answer (reach), by the hours of that team (else its site's) and that number.
   */
  const reachFor = async (c: Conversation, on: readonly Agent[]): Promise<{ reach: Reach; slots: number }> => {
    const team = (await deps.teams?.destination(c)) ?? null;
    const site = await availability.settingsFor(c.site);
    const settings = team?.hours ? { channels: site?.channels ?? { phones: [], social: [] }, hours: team.hours } : site;
    const answering = team && team.memberIds.length > 0 ? on.filter((a) => team.memberIds.includes(a.id)) : on;
    const reach = reachOf(settings, answering.length, await availability.figures(), (deps.now ?? Date.now)());
    return { reach, slots: answering.reduce((n, a) => n + a.maxChats, 0) };
  };
  /** Entering the queue with no team: the team its topic suggests, if any. */
  const joinTeam = async (c: Conversation): Promise<Conversation> => {
    if (!deps.teams || c.teamId) return c;
    const { teamId } = await deps.teams.suggest(c);
    return (teamId && (await storage.setConversationTeam(c.id, teamId, { actor: 'system', agentId: null }))) || c;
  };

  const service: HandoffService = {
    async apply(conversationId, event, by, owner = null, when = {}) {
      const current = await storage.getConversation(conversationId);
      if (!current) throw new HandoffError('not_found', 'no such conversation', 'no_conversation');
      const status = nextStatus(current.status, event);
      if (!status) throw new HandoffError('invalid_state', `cannot ${event} a conversation that is ${current.status}`, refusedBy(current, event, owner));
      if (event === 'transfer' && owner === current.agentId) throw new HandoffError('invalid_state', 'it is already theirs', 'already_theirs');
      const changed = await storage.transitionConversation(
        conversationId,
        { status: current.status, agentId: current.agentId },
        { status, agentId: ownedAfter(status) ? owner : null },
        { ...LOGGED[event], ...(when.reason ? { reason: when.reason } : {}), actor: by.actor, agentId: by.actor === 'agent' ? by.agentId : null },
        when,
      );
      if (!changed) {
        const now = await storage.getConversation(conversationId);
        const unchanged = now?.status === current.status && now.agentId === current.agentId;
        // The same agent's claim that committed in between (a double tap): this one is done too.
        if (event === 'claim' && now?.status === 'assigned' && now.agentId === owner) return now;
        if (when.maxChats !== undefined && unchanged) throw new HandoffError('forbidden', `the agent already has ${when.maxChats} chats (their limit)`, 'over_limit');
        throw new HandoffError('conflict', 'someone else changed this conversation first', refusedBy(now, event, owner));
      }
      const updated = status === 'waiting' ? await joinTeam(changed) : changed;
      deps.events?.conversationChanged(updated);
      await measure(current, updated);
      await bus.publish(conversationId, await service.visitorState(updated));
      await service.announce(updated);
      // The queue moved: everyone still waiting gets their new place.
      if (current.status === 'waiting' || status === 'waiting') await deps.places.changed();
      if (status === 'waiting' || current.status === 'assigned') await service.route();
      return updated;
    },

    async summary(c) {
      const digest = await storage.conversationDigest(c.id);
      return {
        id: c.id,
        status: c.status,
        locale: c.locale,
        writtenLocale: c.writtenLocale,
        spokenLocale: botLanguage(c),
        spokenLocaleChosen: c.botLocaleChosen,
        spokenLocaleSetBy: c.botLocaleSetBy === null ? null : { agentId: c.botLocaleSetBy, name: await agentName(c.botLocaleSetBy) },
        spokenLocaleBySite: c.botLocaleBySite,
        agentId: c.agentId,
        agentName: await agentName(c.agentId),
        lastSeq: c.lastSeq,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        waitingSince: c.waitingSince,
        snoozedUntil: c.snoozedUntil,
        pageUrl: c.pageUrl,
        pageTitle: c.pageTitle,
        userAgent: c.userAgent,
        user: await storage.visitorUser(c.visitorId),
        rating: await storage.getRating(c.id),
        visitorCode: visitorCode(c.visitorId),
        preview: digest.last,
        visitorMessages: digest.visitorMessages,
        teamId: c.teamId,
        labelIds: await storage.conversationLabelIds(c.id),
      };
    },

    async visitorState(c) {
      const base: StateEvent = { type: 'state', conversationId: c.id, version: c.stateVersion, status: c.status, agentName: await agentName(c.agentId) };
      if (c.status === 'closed') return { ...base, rated: (await storage.getRating(c.id)) !== null };
      const { reach, slots } = await reachFor(c, await online());
      if (c.status !== 'waiting') return { ...base, reach };
      return waitingState(base, reach, (await storage.queuePosition(c.id)) ?? 1, slots);
    },

    async placeStates(ranked) {
      const on = await online();
      // The reach of a site and team, read with the first of its conversations (gone meanwhile: the next one's).
      const reaches = new Map<string, Promise<{ reach: Reach; slots: number } | null>>();
      const states: StateEvent[] = [];
      for (const { id, site, teamId, stateVersion, position } of ranked) {
        const key = `${site ?? ''}/${teamId ?? ''}`;
        if (!reaches.has(key)) reaches.set(key, storage.getConversation(id).then((c) => c && reachFor(c, on)));
        const reached = await reaches.get(key)!;
        if (!reached) {
          reaches.delete(key);
          continue;
        }
        const base: StateEvent = { type: 'state', conversationId: id, version: stateVersion, status: 'waiting', agentName: null };
        states.push(await waitingState(base, reached.reach, position, reached.slots));
      }
      return states;
    },

    async reach(c) {
      return (await reachFor(c, await online())).reach;
    },

    async agentInfo(agent, active) {
      const counts = active ?? (await storage.activeChatCounts());
      return {
        id: agent.id,
        email: agent.email,
        name: agent.name,
        role: agent.role,
        disabled: agent.disabled,
        maxChats: agent.maxChats,
        canSeePersonalData: agent.canSeePersonalData,
        locale: agent.locale,
        twoFactor: agent.twoFactor,
        presence: agents.presence(agent.id),
        activeChats: counts.get(agent.id) ?? 0,
      };
    },

    async agentInfos() {
      const active = await storage.activeChatCounts();
      return Promise.all((await storage.listAgents()).map((a) => service.agentInfo(a, active)));
    },

    async route() {
      if (routing !== 'auto') return;
      const waiting = (await storage.listConversations('waiting', 1000)).sort((a, b) => (a.waitingSince ?? 0) - (b.waitingSince ?? 0));
      let candidates = await routingCandidates();
      for (const c of waiting) {
        if (pickAgent(candidates) === null) return; // nobody at all can take another chat
        const takers = (await deps.teams?.takers(c)) ?? null;
        const owner = pickAgent(takers ? candidates.filter((a) => takers.has(a.id)) : candidates);
        if (!owner) continue; // nobody of its team is free: the next may be another team's
        await service.apply(c.id, 'claim', { actor: 'system' }, owner).catch((err: unknown) => {
          if (!(err instanceof HandoffError)) throw err; // claimed by hand meanwhile: next one
        });
        candidates = await routingCandidates();
      }
    },

    async requeued() {
      await deps.places.changed();
      await service.route();
    },

    async announce(c) {
      await agents.broadcast({ type: 'conversation', conversation: await service.summary(c) });
    },

    async renamed(agentId) {
      for (const c of await storage.findConversations({ status: 'assigned', agentId }, RENAME_TOLD)) await bus.publish(c.id, { ...(await service.visitorState(c)), renamed: true });
    },
  };

  async function routingCandidates() {
    return (await service.agentInfos()).filter((a) => !a.disabled && takesChats(a)).map((a) => ({ ...a, online: a.presence === 'online', active: a.activeChats }));
  }

  /** Waiting: with someone to answer, the place and (once measured) the estimate; away, neither. */
  function waitingState(base: StateEvent, reach: Reach, position: number, slots: number, figures = availability.figures()): Promise<StateEvent> {
    if (reach.kind === 'away') return Promise.resolve({ ...base, reach, agentsOnline: false });
    return figures.then((f) => {
      const estimateSec = estimateWaitSec(position, slots, f);
      return { ...base, reach, agentsOnline: true, queuePosition: position, ...(estimateSec === undefined ? {} : { estimateSec }) };
    });
  }

  /** Measured service times: the wait when an agent takes a chat from the queue, the handling when their turn ends. */
  async function measure(from: Conversation, to: Conversation): Promise<void> {
    const now = to.updatedAt;
    if (from.status === 'waiting' && to.status === 'assigned') await storage.startService(to.id, now, now - (from.waitingSince ?? now));
    else if (from.status === 'assigned' && to.status !== 'assigned') await storage.endService(to.id, now);
    else return;
    availability.measured();
  }

  // An agent came online, went away or left: the queue estimate changes, and routing may place chats.
  agents.onPresence(() => {
    void service
      .agentInfos()
      .then((infos) => agents.broadcast({ type: 'agents', agents: infos }))
      .then(() => service.route())
      .catch(deps.onError);
  });
  return service;
}
