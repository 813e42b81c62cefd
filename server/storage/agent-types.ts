import type { AgentRole, CannedReply, ContactKind, Note, Rating, Ticket } from '../../protocol/index.ts';
import type { Conversation } from './types.ts';
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

/** Which side of a conversation a state change expects and sets: status and owner. */
export interface ConversationState {
  status: Conversation['status'];
  agentId: string | null;
}

/** The handoff's data: state changes, queue, notes, canned replies, tickets, ratings. */
export interface HandoffStore {
  /**
   * Compare-and-set in one statement: apply `to` only when the conversation is still exactly `from`, and
   * write `log` (with from's and to's owners) to the conversation event log in the same transaction.
   * With `maxChats`, it applies only while `to.agentId` owns fewer assigned conversations than that (counted
   * in the same compare-and-set, so two chats given to one agent at once cannot both pass the limit).
   * Returns the updated conversation, or null when someone else changed it first or the limit is reached
   * (nothing is logged).
   */
  transitionConversation(
    id: string,
    from: ConversationState,
    to: ConversationState,
    log: TransitionLog,
    options?: { maxChats?: number },
  ): Promise<Conversation | null>;
  /** Count a bot miss (or reset the streak with miss=false); returns the current streak. */
  countBotMiss(id: string, miss: boolean): Promise<number>;
  /** The visitor's context; a null leaves the stored value as it is. */
  setConversationContext(id: string, context: { pageUrl: string | null; userAgent: string | null; site: string | null }): Promise<void>;
  /** The signed-in wallet user behind a visitor, or null for an anonymous one. */
  visitorUser(visitorId: string): Promise<VerifiedUser | null>;
  /** Newest first; all statuses when none is given. */
  listConversations(status: Conversation['status'] | null, limit: number): Promise<Conversation[]>;
  /** The visitor's closed conversations, newest first, at most `limit`. */
  closedConversations(visitorId: string, limit: number): Promise<Conversation[]>;
  /** 1-based place in the waiting queue, or null when not waiting. */
  queuePosition(id: string): Promise<number | null>;
  /** How many conversations wait for an agent. */
  queueLength(): Promise<number>;
  /** How many conversations each agent owns now. */
  activeChatCounts(): Promise<Map<string, number>>;
  addNote(conversationId: string, agentId: string, text: string): Promise<Note>;
  listNotes(conversationId: string): Promise<Note[]>;
  listCannedReplies(): Promise<CannedReply[]>;
  /** Insert or replace by shortcut. */
  putCannedReply(shortcut: string, text: string): Promise<CannedReply>;
  deleteCannedReply(id: string): Promise<boolean>;
  /** Also logs a `ticket` event, in the same transaction. */
  addTicket(conversationId: string, contact: string, text: string, contactKind?: ContactKind): Promise<Ticket>;
  listTickets(limit: number): Promise<Ticket[]>;
  getTicket(id: string): Promise<Ticket | null>;
  /** Store the visitor's rating once (and log a `rated` event with it); false when it was already rated. */
  rateConversation(conversationId: string, rating: Rating): Promise<boolean>;
  getRating(conversationId: string): Promise<Rating | null>;
  /** For the inbox row: the last message (its first 140 characters) and how many messages the visitor wrote. */
  conversationDigest(conversationId: string): Promise<ConversationDigest>;
}

export interface ConversationDigest {
  last: { author: 'visitor' | 'bot' | 'agent' | 'system'; text: string; at: number } | null;
  visitorMessages: number;
}
