import { Hours, type Label, type Team } from '../../protocol/index.ts';
import type { ConversationFilter } from './team-types.ts';

/** The label and team rows both adapters read, and their mapping (topics and hours are JSON text). */
export interface LabelRow {
  id: string;
  name: string;
  topics: string;
}

export interface TeamRow {
  id: string;
  name: string;
  topics: string;
  hours: string | null;
  /** The members' ids in order, as one comma-separated text (ids hold no commas), or null for none. */
  members: string | null;
}

export const toLabel = (r: LabelRow): Label => ({ id: r.id, name: r.name, topics: JSON.parse(r.topics) as string[] });

export const toTeam = (r: TeamRow): Team => ({
  id: r.id,
  name: r.name,
  memberIds: r.members ? r.members.split(',') : [],
  topics: JSON.parse(r.topics) as string[],
  // Stored through the same schema; parsed again so a hand-edited row cannot reach a visitor unchecked.
  hours: r.hours === null ? null : Hours.parse(JSON.parse(r.hours)),
});

/** The WHERE clause of an inbox query; `param(value)` returns the dialect's placeholder for the next value. */
export function filterWhere(filter: ConversationFilter, param: (value: unknown) => string): string {
  const terms: string[] = [];
  if (filter.status) terms.push(`c.status = ${param(filter.status)}`);
  if (filter.teamId === null) terms.push('c.team_id IS NULL');
  else if (filter.teamId !== undefined) terms.push(`c.team_id = ${param(filter.teamId)}`);
  if (filter.agentId !== undefined) terms.push(`c.agent_id = ${param(filter.agentId)}`);
  if (filter.labelId !== undefined) terms.push(`EXISTS (SELECT 1 FROM conversation_labels l WHERE l.conversation_id = c.id AND l.label_id = ${param(filter.labelId)})`);
  return terms.length ? `WHERE ${terms.join(' AND ')}` : '';
}
