import { writeLogEvent } from './postgres-conversation-log.ts';
import { all, one, transaction, type Pool } from './postgres-pool.ts';
import { toConversation, type ConversationRow } from './rows.ts';
import { wakeLog, type SnoozeStore } from './snooze-types.ts';

/** Snoozes on PostgreSQL: each change and its event-log row in one transaction. */
export function postgresSnoozeStore(pool: Pool): SnoozeStore {
  return {
    async snoozeConversation(id, agentId, until) {
      const row = await transaction(pool, async (db) => {
        const updated = await one<ConversationRow>(db, "UPDATE conversations SET snoozed_until = $1 WHERE id = $2 AND status = 'assigned' AND agent_id = $3 RETURNING *", [until, id, agentId]);
        if (updated) await writeLogEvent(db, { conversationId: id, type: 'snoozed', at: Date.now(), actor: 'agent', agentId, until });
        return updated;
      });
      return row ? toConversation(row) : null;
    },
    async unsnoozeConversation(id, how) {
      const row = await transaction(pool, async (db) => {
        const now = Date.now();
        const updated = await one<ConversationRow>(
          db,
          'UPDATE conversations SET snoozed_until = NULL, updated_at = $1 WHERE id = $2 AND snoozed_until IS NOT NULL AND ($3::bigint IS NULL OR snoozed_until <= $3::bigint) RETURNING *',
          [now, id, how.reason === 'time' ? how.dueBy : null],
        );
        if (updated) await writeLogEvent(db, { conversationId: id, type: 'unsnoozed', at: now, ...wakeLog(how) });
        return updated;
      });
      return row ? toConversation(row) : null;
    },
    async dueSnoozes(now, limit) {
      return (await all<ConversationRow>(pool, 'SELECT * FROM conversations WHERE snoozed_until <= $1 ORDER BY snoozed_until LIMIT $2', [now, limit])).map(toConversation);
    },
  };
}
