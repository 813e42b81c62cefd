import type { ConversationStatus, Hours, Label, Team } from '../../protocol/index.ts';
import type { Conversation } from './types.ts';

export interface LabelInput {
  name: string;
  topics: string[];
}

export interface TeamInput {
  name: string;
  memberIds: string[];
  topics: string[];
  hours: Hours | null;
}

/** Which conversations an inbox query wants; `teamId: null` asks for those of no team. */
export interface ConversationFilter {
  status?: ConversationStatus;
  teamId?: string | null;
  labelId?: string;
  /** Held by this agent. */
  agentId?: string;
}

/** A label or team name is taken (names are unique, case-insensitive). */
export class NameTakenError extends Error {
  override name = 'NameTakenError';
}

/** Labels, teams and their members, and which conversation carries which label and belongs to which team. */
export interface TeamStore {
  listLabels(): Promise<Label[]>;
  /** Throws NameTakenError. */
  createLabel(input: LabelInput): Promise<Label>;
  /** Null when there is no such label; throws NameTakenError. */
  updateLabel(id: string, input: LabelInput): Promise<Label | null>;
  /** Also takes it off every conversation. */
  deleteLabel(id: string): Promise<boolean>;
  /** Members in the order they were given. */
  listTeams(): Promise<Team[]>;
  /** Throws NameTakenError; member ids must be agents (checked by the caller). */
  createTeam(input: TeamInput): Promise<Team>;
  /** Replaces name, members, topics and hours at once; null when there is no such team. */
  updateTeam(id: string, input: TeamInput): Promise<Team | null>;
  /** Its conversations keep their history and go back to everyone's queue. */
  deleteTeam(id: string): Promise<boolean>;
  /**
   * Move it to a team's queue (null: everyone's); a real move writes `team_changed` (from → to, by whom) to the
   * conversation event log in the same transaction. Null when there is no such conversation.
   */
  setConversationTeam(conversationId: string, teamId: string | null, by: ChangedByRef): Promise<Conversation | null>;
  /** Adds (on) or removes a label; true when that changed something, and then `label_added` / `label_removed` is logged with it. */
  setConversationLabel(conversationId: string, labelId: string, on: boolean, by: ChangedByRef): Promise<boolean>;
  /** The labels of a conversation, in the order they were added. */
  conversationLabelIds(conversationId: string): Promise<string[]>;
  /** Newest activity first, at most `limit`. */
  findConversations(filter: ConversationFilter, limit: number): Promise<Conversation[]>;
}

/** Who made a change, as the conversation event log records it (an agent by id; the system: routing by topic). */
export interface ChangedByRef {
  actor: 'agent' | 'system';
  agentId: string | null;
}
