import type { ConversationLogEvent, ConversationLogType, LogActor, LogReason, TicketStatus } from '../../protocol/index.ts';

/** The conversation event log's rows, as both adapters store and read them. */
export interface EventRow {
  id: number;
  conversation_id: string;
  type: ConversationLogType;
  at: number;
  actor: LogActor;
  agent_id: string | null;
  agent_name: string | null;
  from_agent_id: string | null;
  from_agent_name: string | null;
  to_agent_id: string | null;
  to_agent_name: string | null;
  reason: LogReason | null;
  score: number | null;
  comment: string | null;
  ticket_id: string | null;
  ticket_status: TicketStatus | null;
  label_id: string | null;
  label_name: string | null;
  from_team_id: string | null;
  from_team_name: string | null;
  to_team_id: string | null;
  to_team_name: string | null;
  locale: string | null;
  until?: number | null;
}

export const toEvent = (r: EventRow): ConversationLogEvent => ({
  id: r.id,
  conversationId: r.conversation_id,
  type: r.type,
  at: r.at,
  actor: r.actor,
  agentId: r.agent_id,
  agentName: r.agent_name,
  fromAgentId: r.from_agent_id,
  fromAgentName: r.from_agent_name,
  toAgentId: r.to_agent_id,
  toAgentName: r.to_agent_name,
  reason: r.reason,
  score: r.score,
  comment: r.comment,
  ticketId: r.ticket_id,
  ticketStatus: r.ticket_status ?? null,
  labelId: r.label_id,
  labelName: r.label_name,
  fromTeamId: r.from_team_id,
  fromTeamName: r.from_team_name,
  toTeamId: r.to_team_id,
  toTeamName: r.to_team_name,
  locale: r.locale,
  until: r.until ?? null,
});

/** One event to write; the agents', label's and teams' names are looked up (as they are now) by the insert itself. */
export interface LogRow {
  conversationId: string;
  type: ConversationLogType;
  at: number;
  actor: LogActor;
  agentId?: string | null;
  fromAgentId?: string | null;
  toAgentId?: string | null;
  reason?: LogReason | null;
  score?: number | null;
  comment?: string | null;
  ticketId?: string | null;
  ticketStatus?: TicketStatus | null;
  labelId?: string | null;
  fromTeamId?: string | null;
  toTeamId?: string | null;
  locale?: string | null;
  until?: number | null;
}


/**
 * A choice of the language spoken to the visitor that changed something: the agent's for them (`setBy`), the site's
 * (`bySite`: the host's setLocale; the system acting for the site, reason `site`), else the visitor's own.
 */
export const languageSetEvent = (conversationId: string, locale: string, setBy: string | null, bySite: boolean): LogRow => ({
  conversationId,
  type: 'language_set',
  at: Date.now(),
  ...(setBy !== null ? { actor: 'agent', agentId: setBy } : bySite ? { actor: 'system', reason: 'site' } : { actor: 'visitor' }),
  locale,
});
