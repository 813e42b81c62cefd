import { createHash } from 'node:crypto';
import type { AgentInfo, ConversationSummary, ErrorCode, Reach } from '../../protocol/index.ts';
import type { Bus, ConversationEvent } from '../bus/types.ts';
import type { Agent } from '../storage/agent-types.ts';
import type { Conversation, Storage } from '../storage/types.ts';
import type { TransitionLog } from '../storage/log-types.ts';
import type { AgentChannel } from './agent-channel.ts';
import { KefuError } from '../errors.ts';
import { pickAgent } from './routing.ts';
import { estimateWaitSec, reachOf, type Availability } from './availability.ts';
import type { QueuePlaces } from './queue-places.ts';
import { nextStatus, ownedAfter, type TransitionEvent } from './state-machine.ts';
import type { WebhookPayloads } from './webhook-payloads.ts';

export type RoutingMode = 'auto' | 'manual';

/** A refused action, with the protocol's error code (the REST layer maps it to a status). */
export class HandoffError extends KefuError {
  override name = 'HandoffError';
  constructor(
    override readonly code: Extract<ErrorCode, 'not_found' | 'invalid_state' | 'conflict' | 'forbidden'>,
    message: string,
  ) {
    super(code, message);
  }
}

type StateEvent = Extract<ConversationEvent, { type: 'state' }>;

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
   * With `maxChats`, the new owner must hold fewer assigned chats than that (checked in the same compare-and-set).
   * Throws HandoffError: not_found, invalid_state (not allowed from the current status), conflict (lost a race),
   * forbidden (the new owner's chat limit).
   */
  apply(conversationId: string, event: TransitionEvent, by: ChangedBy, owner?: string | null, limit?: { maxChats: number }): Promise<Conversation>;
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
  /** Tell every agent socket that this conversation changed. */
  announce(conversation: Conversation): Promise<void>;
  /** The `state` of waiting conversations at the given places (one agent count, one reach per site, for all). */
  placeStates(ranked: readonly { conversation: Conversation; position: number }[]): Promise<StateEvent[]>;
}

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
}): HandoffService {
  const { storage, bus, agents, routing, availability } = deps;
  const agentName = async (id: string | null) => (id ? ((await storage.getAgent(id))?.name ?? null) : null);

  /** Agents online (enabled) and their chat slots: the sum of their concurrent-chat limits. */
  const online = async () => {
    const list = (await storage.listAgents()).filter((a) => !a.disabled && agents.presence(a.id) === 'online');
    return { count: list.length, slots: list.reduce((n, a) => n + a.maxChats, 0) };
  };
  const reachFor = async (site: string | null, on: { count: number }) =>
    reachOf(await availability.settingsFor(site), on.count, await availability.figures(), Date.now());

  const service: HandoffService = {
    async apply(conversationId, event, by, owner = null, limit) {
      const current = await storage.getConversation(conversationId);
      if (!current) throw new HandoffError('not_found', 'no such conversation');
      const status = nextStatus(current.status, event);
      if (!status) throw new HandoffError('invalid_state', `cannot ${event} a conversation that is ${current.status}`);
      if (event === 'transfer' && owner === current.agentId) throw new HandoffError('invalid_state', 'it is already theirs');
      const updated = await storage.transitionConversation(
        conversationId,
        { status: current.status, agentId: current.agentId },
        { status, agentId: ownedAfter(status) ? owner : null },
        { ...LOGGED[event], actor: by.actor, agentId: by.actor === 'agent' ? by.agentId : null },
        limit,
      );
      if (!updated) {
        const now = await storage.getConversation(conversationId);
        const unchanged = now?.status === current.status && now.agentId === current.agentId;
        if (limit && unchanged) throw new HandoffError('forbidden', `the agent already has ${limit.maxChats} chats (their limit)`);
        throw new HandoffError('conflict', 'someone else changed this conversation first');
      }
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
        agentId: c.agentId,
        agentName: await agentName(c.agentId),
        lastSeq: c.lastSeq,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        waitingSince: c.waitingSince,
        pageUrl: c.pageUrl,
        userAgent: c.userAgent,
        user: await storage.visitorUser(c.visitorId),
        rating: await storage.getRating(c.id),
        visitorCode: createHash('sha256').update(c.visitorId).digest('hex').slice(0, 4).toUpperCase(),
        preview: digest.last,
        visitorMessages: digest.visitorMessages,
      };
    },

    async visitorState(c) {
      const base: StateEvent = { type: 'state', conversationId: c.id, version: c.stateVersion, status: c.status, agentName: await agentName(c.agentId) };
      if (c.status === 'closed') return { ...base, rated: (await storage.getRating(c.id)) !== null };
      const agents = await online();
      const reach = await reachFor(c.site, agents);
      if (c.status !== 'waiting') return { ...base, reach };
      return waitingState(base, reach, (await storage.queuePosition(c.id)) ?? 1, agents.slots);
    },

    async placeStates(ranked) {
      const on = await online();
      const reaches = new Map<string | null, Promise<Reach>>();
      const states: StateEvent[] = [];
      for (const { conversation: c, position } of ranked) {
        if (!reaches.has(c.site)) reaches.set(c.site, reachFor(c.site, on));
        const base: StateEvent = { type: 'state', conversationId: c.id, version: c.stateVersion, status: 'waiting', agentName: null };
        states.push(await waitingState(base, await reaches.get(c.site)!, position, on.slots));
      }
      return states;
    },

    async reach(c) {
      return reachFor(c.site, await online());
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
      for (const c of waiting) {
        const infos = await service.agentInfos();
        const owner = pickAgent(infos.filter((a) => !a.disabled).map((a) => ({ ...a, online: a.presence === 'online', active: a.activeChats })));
        if (!owner) return;
        await service.apply(c.id, 'claim', { actor: 'system' }, owner).catch((err: unknown) => {
          if (!(err instanceof HandoffError)) throw err; // claimed by hand meanwhile: next one
        });
      }
    },

    async announce(c) {
      await agents.broadcast({ type: 'conversation', conversation: await service.summary(c) });
    },
  };

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
