import { toEvent, type EventRow, type LogRow } from './log-rows.ts';
import type { ConversationLogStore } from './log-types.ts';
import { all, type Pool, type Queryable } from './postgres-pool.ts';

/** Write one event on `db` (the client of the state change's own transaction); agents' names as they are now. */
export async function writeLogEvent(db: Queryable, row: LogRow): Promise<void> {
  await db.query(
    `INSERT INTO conversation_events (conversation_id, type, at, actor, agent_id, agent_name, from_agent_id, from_agent_name,
       to_agent_id, to_agent_name, reason, score, comment, ticket_id, ticket_status, label_id, label_name,
       from_team_id, from_team_name, to_team_id, to_team_name, locale, until)
     VALUES ($1, $2, $3, $4, $5::text, (SELECT name FROM agents WHERE id = $5), $6::text, (SELECT name FROM agents WHERE id = $6),
       $7::text, (SELECT name FROM agents WHERE id = $7), $8, $9, $10, $11, $12, $13::text, (SELECT name FROM labels WHERE id = $13),
       $14::text, (SELECT name FROM teams WHERE id = $14), $15::text, (SELECT name FROM teams WHERE id = $15), $16, $17)`,
    [
      row.conversationId,
      row.type,
      row.at,
      row.actor,
      row.agentId ?? null,
      row.fromAgentId ?? null,
      row.toAgentId ?? null,
      row.reason ?? null,
      row.score ?? null,
      row.comment ?? null,
      row.ticketId ?? null,
      row.ticketStatus ?? null,
      row.labelId ?? null,
      row.fromTeamId ?? null,
      row.toTeamId ?? null,
      row.locale ?? null,
      row.until ?? null,
    ],
  );
}

/** Reading the conversation event log on PostgreSQL. */
export function postgresConversationLogStore(pool: Pool): ConversationLogStore {
  return {
    async listConversationEvents(conversationId) {
      return (await all<EventRow>(pool, 'SELECT * FROM conversation_events WHERE conversation_id = $1 ORDER BY id', [conversationId])).map(toEvent);
    },
    async queryConversationEvents({ from, to, types, limit }) {
      const rows = await all<EventRow>(
        pool,
        'SELECT * FROM conversation_events WHERE at >= $1 AND at < $2 AND ($3::text[] IS NULL OR type = ANY($3)) ORDER BY id LIMIT $4',
        [from, to, types?.length ? [...types] : null, limit],
      );
      return rows.map(toEvent);
    },
  };
}
