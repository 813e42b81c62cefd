import type { AgentRole, AttachmentType, CannedReply, Note, Rating } from '../../protocol/index.ts';
import type { Conversation, VisitorContext } from './types.ts';
import type { VerifiedUser } from './identity-types.ts';
import type { TransitionLog } from './log-types.ts';

export interface Agent {
  id: string;
  email: string;
  name: string;
  role: AgentRole;
  disabled: boolean;
  maxChats: number;
  /** May unmask visitors' contact details (admins always may). */
  canSeePersonalData: boolean;
  /** The console language the agent chose, or null to follow the browser. */
  locale: string | null;
  createdAt: number;
  /** Signs in with a TOTP code as well as the password. */
  twoFactor: boolean;
}

export interface NewAgent {
  email: string;
  name: string;
  role: AgentRole;
  passwordHash: string;
  maxChats: number;
  canSeePersonalData?: boolean;
}

export interface AgentPatch {
  name?: string;
  role?: AgentRole;
  disabled?: boolean;
  maxChats?: number;
  passwordHash?: string;
  canSeePersonalData?: boolean;
  /** '' goes back to following the browser. */
  locale?: string;
}

/** Agents and their sessions. */
export interface AgentStore {
  /** Throws AgentExistsError when the email is taken (case-insensitive). */
  createAgent(agent: NewAgent): Promise<Agent>;
  getAgent(id: string): Promise<Agent | null>;
  findAgentByEmail(email: string): Promise<{ agent: Agent; passwordHash: string } | null>;
  listAgents(): Promise<Agent[]>;
  updateAgent(id: string, patch: AgentPatch): Promise<Agent | null>;
  /** Removes the agent and its sessions; their conversations keep their history, with no owner. */
  deleteAgent(id: string): Promise<boolean>;
  countAdmins(): Promise<number>;
  createSession(tokenHash: string, agentId: string, expiresAt: number): Promise<void>;
  /**
   * The agent id behind a live session — not past its absolute expiry, and used within `idleMs` — and
   * marks it used now; null for a dead or unknown session.
   */
  useSession(tokenHash: string, idleMs: number): Promise<string | null>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteAgentSessions(agentId: string): Promise<void>;
}

export class AgentExistsError extends Error {
  override name = 'AgentExistsError';
}

/** A waiting conversation and its place in its team's queue (see `rankQueue`). */
export interface QueueEntry extends Pick<Conversation, 'id' | 'site' | 'teamId' | 'stateVersion'> {
  position: number;
}

/** Which side of a conversation a state change expects and sets: status and owner. */
export interface ConversationState {
  status: Conversation['status'];
  agentId: string | null;
}

/** What else a state change requires, checked in its compare-and-set (see transitionConversation). */
export interface TransitionConditions {
  maxChats?: number;
  idleBefore?: number;
  unseenBefore?: number;
}

/** The handoff's data: state changes, queue, notes, canned replies, ratings. */
export interface HandoffStore {
  /**
   * Compare-and-set in one statement: apply `to` only when the conversation is still exactly `from`, and
   * write `log` (with from's and to's owners) to the conversation event log in the same transaction.
   * With `maxChats`, it applies only while `to.agentId` owns fewer assigned conversations than that (counted
   * in the same compare-and-set, so two chats given to one agent at once cannot both pass the limit).
   * With `idleBefore`, only while nothing happened in it since then (its last change is older); with
   * `unseenBefore`, only while its visitor's socket was last seen (or, never seen, it entered the queue) before then.
   * Returns the updated conversation, or null when someone else changed it first or a condition fails
   * (nothing is logged).
   */
  transitionConversation(
    id: string,
    from: ConversationState,
    to: ConversationState,
    log: TransitionLog,
    options?: TransitionConditions,
  ): Promise<Conversation | null>;
  /**
   * Count the bot's miss on the visitor message `seq` (or reset the streak with miss=false); returns the current
   * streak. Idempotent per message: a message already counted (a replayed turn) changes nothing.
   */
  countBotMiss(id: string, miss: boolean, seq: number): Promise<number>;
  /** The visitor's context; a null leaves the stored value as it is. */
  setConversationContext(id: string, context: VisitorContext): Promise<void>;
  /** The signed-in wallet user behind a visitor, or null for an anonymous one. */
  visitorUser(visitorId: string): Promise<VerifiedUser | null>;
  /** Newest first; all statuses when none is given. */
  listConversations(status: Conversation['status'] | null, limit: number): Promise<Conversation[]>;
  /** The visitor's closed conversations, newest first, at most `limit`. */
  closedConversations(visitorId: string, limit: number): Promise<Conversation[]>;
  /** 1-based place in its team's waiting queue (everyone's queue: those with no team), or null when not waiting. */
  queuePosition(id: string): Promise<number | null>;
  /**
   * Every waiting conversation with its place as `queuePosition` counts it, first in line first, at most `limit`:
   * one query (a window over the queue) for all the place updates a node sends.
   */
  rankQueue(limit: number): Promise<QueueEntry[]>;
  /** How many conversations wait for an agent. */
  queueLength(): Promise<number>;
  /** How many conversations each agent owns now. */
  activeChatCounts(): Promise<Map<string, number>>;
  /** Store a note once per clientId in the conversation: a note sent again gets the one stored first (`stored: false`). */
  addNote(conversationId: string, agentId: string, clientId: string, text: string): Promise<{ note: Note; stored: boolean }>;
  listNotes(conversationId: string): Promise<Note[]>;
  listCannedReplies(): Promise<CannedReply[]>;
  /** Insert or replace by shortcut. */
  putCannedReply(shortcut: string, text: string): Promise<CannedReply>;
  deleteCannedReply(id: string): Promise<boolean>;
  /** Store the visitor's rating once (and log a `rated` event with it); false when it was already rated. */
  rateConversation(conversationId: string, rating: Rating): Promise<boolean>;
  getRating(conversationId: string): Promise<Rating | null>;
  /**
   * For the inbox row: the last message a person wrote, visitor or agent (its first 140 characters; the last message of
   * any author when no person wrote yet), and how many messages the visitor wrote. The bot's and the system's sentences
   * are the same in every conversation ("connecting you with a person…"): as the preview they would make every waiting
   * row read alike.
   */
  conversationDigest(conversationId: string): Promise<ConversationDigest>;
  /** How many messages the visitor wrote in each of these conversations, in one statement (a conversation with none: absent). */
  visitorMessageCounts(conversationIds: readonly string[]): Promise<Map<string, number>>;
}

export interface ConversationDigest {
  /** `file`: the message's first file (name and type), when it has one. */
  last: { author: 'visitor' | 'bot' | 'agent' | 'system'; text: string; at: number; file?: { name: string; type: AttachmentType } } | null;
  visitorMessages: number;
}
