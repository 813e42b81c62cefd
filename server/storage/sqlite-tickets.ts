import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { toTicket, type TicketRow } from './rows.ts';
import { sqliteLogWriter } from './sqlite-conversation-log.ts';
import { applyTicketChange, type TicketChange, type TicketStore } from './ticket-types.ts';

/** A ticket with its assignee's name now, and who left it (the signed-in visitor's name, for the console's card). */
const SELECT = `SELECT t.*, a.name AS assignee_name, c.visitor_id, CASE WHEN v.user_id IS NOT NULL THEN v.name END AS visitor_name
  FROM tickets t JOIN conversations c ON c.id = t.conversation_id LEFT JOIN visitors v ON v.id = c.visitor_id
  LEFT JOIN agents a ON a.id = t.assignee_id`;

/** Tickets on the shared SQLite connection. */
export function sqliteTicketStore(db: Database.Database): TicketStore {
  const log = sqliteLogWriter(db);
  const q = {
    insert: db.prepare(
      "INSERT INTO tickets (id, conversation_id, contact, text, created_at, contact_kind, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?)",
    ),
    one: db.prepare<[string], TicketRow>(`${SELECT} WHERE t.id = ?`),
    all: db.prepare<[number], TicketRow>(`${SELECT} ORDER BY t.created_at DESC, t.rowid DESC LIMIT ?`),
    byStatus: db.prepare<[string, number], TicketRow>(`${SELECT} WHERE t.status = ? ORDER BY t.created_at DESC, t.rowid DESC LIMIT ?`),
    update: db.prepare('UPDATE tickets SET status = ?, assignee_id = ?, solved_at = ?, updated_at = ? WHERE id = ?'),
  };

  const add = db.transaction((id: string, conversationId: string, contact: string, text: string, kind: string, now: number) => {
    q.insert.run(id, conversationId, contact, text, now, kind, now);
    log({ conversationId, type: 'ticket', at: now, actor: 'visitor', ticketId: id });
    return q.one.get(id)!;
  });
  // Read, change and log in one transaction: SQLite has one writer, so nothing lands in between.
  const update = db.transaction((id: string, change: TicketChange, agentId: string) => {
    const before = q.one.get(id);
    if (!before) return null;
    const now = Date.now();
    const next = applyTicketChange(before, change, agentId, now);
    if (!next.changed) return { ticket: toTicket(before), changed: false };
    q.update.run(next.status, next.assigneeId, next.solvedAt, now, id);
    log(next.event);
    return { ticket: toTicket(q.one.get(id)!), changed: true };
  });

  return {
    async addTicket(conversationId, contact, text, contactKind = 'other') {
      return toTicket(add(randomUUID(), conversationId, contact, text, contactKind, Date.now()));
    },
    async listTickets(limit, status) {
      return (status ? q.byStatus.all(status, limit) : q.all.all(limit)).map(toTicket);
    },
    async getTicket(id) {
      const row = q.one.get(id);
      return row ? toTicket(row) : null;
    },
    async updateTicket(id, change, agentId) {
      return update(id, change, agentId);
    },
  };
}
