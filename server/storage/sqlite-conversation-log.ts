import type Database from 'better-sqlite3';
import type { ConversationLogEvent, ConversationLogType, HandoffReason, LogActor } from '../../protocol/index.ts';
import type { ConversationLogStore } from './log-types.ts';

interface EventRow {
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
  reason: HandoffReason | null;
  score: number | null;
  comment: string | null;
  ticket_id: string | null;
}

const toEvent = (r: EventRow): ConversationLogEvent => ({
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
});

/** One event to write; the agents' names are looked up (as they are now) by the insert itself. */
export interface LogRow {
  conversationId: string;
  type: ConversationLogType;
  at: number;
  actor: LogActor;
  agentId?: string | null;
  fromAgentId?: string | null;
  toAgentId?: string | null;
  reason?: HandoffReason | null;
  score?: number | null;
  comment?: string | null;
  ticketId?: string | null;
}

/**
 * The writer the state changes call inside their own transaction (so the change and its event commit
 * together or not at all).
 */
export function sqliteLogWriter(db: Database.Database): (row: LogRow) => void {
  const insert = db.prepare(
    `INSERT INTO conversation_events (conversation_id, type, at, actor, agent_id, agent_name, from_agent_id, from_agent_name,
       to_agent_id, to_agent_name, reason, score, comment, ticket_id)
     VALUES (@conversationId, @type, @at, @actor, @agentId, (SELECT name FROM agents WHERE id = @agentId), @fromAgentId,
       (SELECT name FROM agents WHERE id = @fromAgentId), @toAgentId, (SELECT name FROM agents WHERE id = @toAgentId),
       @reason, @score, @comment, @ticketId)`,
  );
  return (row) =>
    void insert.run({
      conversationId: row.conversationId,
      type: row.type,
      at: row.at,
      actor: row.actor,
      agentId: row.agentId ?? null,
      fromAgentId: row.fromAgentId ?? null,
      toAgentId: row.toAgentId ?? null,
      reason: row.reason ?? null,
      score: row.score ?? null,
      comment: row.comment ?? null,
      ticketId: row.ticketId ?? null,
    });
}

/** Reading the event log on the shared SQLite connection. */
export function sqliteConversationLogStore(db: Database.Database): ConversationLogStore {
  const q = {
    ofConversation: db.prepare<[string], EventRow>('SELECT * FROM conversation_events WHERE conversation_id = ? ORDER BY id'),
    window: db.prepare<[number, number, number], EventRow>('SELECT * FROM conversation_events WHERE at >= ? AND at < ? ORDER BY id LIMIT ?'),
  };
  return {
    async listConversationEvents(conversationId) {
      return q.ofConversation.all(conversationId).map(toEvent);
    },
    async queryConversationEvents({ from, to, types, limit }) {
      if (!types?.length) return q.window.all(from, to, limit).map(toEvent);
      const marks = types.map(() => '?').join(', ');
      const rows = db
        .prepare<unknown[], EventRow>(`SELECT * FROM conversation_events WHERE at >= ? AND at < ? AND type IN (${marks}) ORDER BY id LIMIT ?`)
        .all(from, to, ...types, limit);
      return rows.map(toEvent);
    },
  };
}
