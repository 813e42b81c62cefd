import type Database from 'better-sqlite3';
import { toConversation, type ConversationRow } from './rows.ts';
import { wakeLog, type SnoozeStore, type SnoozeWake } from './snooze-types.ts';
import { sqliteLogWriter } from './sqlite-conversation-log.ts';

/** Snoozes on the shared SQLite connection: each change and its event-log row in one transaction. */
export function sqliteSnoozeStore(db: Database.Database): SnoozeStore {
  const log = sqliteLogWriter(db);
  const q = {
    snooze: db.prepare<[number, string, string], ConversationRow>(
      "UPDATE conversations SET snoozed_until = ? WHERE id = ? AND status = 'assigned' AND agent_id = ? RETURNING *",
    ),
    wake: db.prepare<[{ now: number; id: string; dueBy: number | null }], ConversationRow>(
      'UPDATE conversations SET snoozed_until = NULL, updated_at = @now WHERE id = @id AND snoozed_until IS NOT NULL AND (@dueBy IS NULL OR snoozed_until <= @dueBy) RETURNING *',
    ),
    due: db.prepare<[number, number], ConversationRow>('SELECT * FROM conversations WHERE snoozed_until <= ? ORDER BY snoozed_until LIMIT ?'),
  };
  const snooze = db.transaction((id: string, agentId: string, until: number) => {
    const row = q.snooze.get(until, id, agentId);
    if (!row) return null;
    log({ conversationId: id, type: 'snoozed', at: Date.now(), actor: 'agent', agentId, until });
    return toConversation(row);
  });
  const wake = db.transaction((id: string, how: SnoozeWake) => {
    const now = Date.now();
    const row = q.wake.get({ now, id, dueBy: how.reason === 'time' ? how.dueBy : null });
    if (!row) return null;
    log({ conversationId: id, type: 'unsnoozed', at: now, ...wakeLog(how) });
    return toConversation(row);
  });
  return {
    async snoozeConversation(id, agentId, until) {
      return snooze(id, agentId, until);
    },
    async unsnoozeConversation(id, how) {
      return wake(id, how);
    },
    async dueSnoozes(now, limit) {
      return q.due.all(now, limit).map(toConversation);
    },
  };
}
