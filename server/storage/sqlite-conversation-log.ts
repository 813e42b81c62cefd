import type Database from 'better-sqlite3';
import { toEvent, type EventRow, type LogRow } from './log-rows.ts';
import type { ConversationLogStore } from './log-types.ts';

/**
 * The writer the state changes call inside their own transaction (so the change and its event commit
 * together or not at all).
 */
export function sqliteLogWriter(db: Database.Database): (row: LogRow) => void {
  const insert = db.prepare(
    `INSERT INTO conversation_events (conversation_id, type, at, actor, agent_id, agent_name, from_agent_id, from_agent_name,
       to_agent_id, to_agent_name, reason, score, comment, ticket_id, ticket_status, label_id, label_name,
       from_team_id, from_team_name, to_team_id, to_team_name, locale, until)
     VALUES (@conversationId, @type, @at, @actor, @agentId, (SELECT name FROM agents WHERE id = @agentId), @fromAgentId,
       (SELECT name FROM agents WHERE id = @fromAgentId), @toAgentId, (SELECT name FROM agents WHERE id = @toAgentId),
       @reason, @score, @comment, @ticketId, @ticketStatus, @labelId, (SELECT name FROM labels WHERE id = @labelId),
       @fromTeamId, (SELECT name FROM teams WHERE id = @fromTeamId), @toTeamId, (SELECT name FROM teams WHERE id = @toTeamId), @locale, @until)`,
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
      ticketStatus: row.ticketStatus ?? null,
      labelId: row.labelId ?? null,
      fromTeamId: row.fromTeamId ?? null,
      toTeamId: row.toTeamId ?? null,
      locale: row.locale ?? null,
      until: row.until ?? null,
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
