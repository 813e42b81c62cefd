import { randomUUID } from 'node:crypto';
import { writeLogEvent } from './postgres-conversation-log.ts';
import { all, one, transaction, type Pool, type Queryable } from './postgres-pool.ts';
import { toTicket, type TicketRow } from './rows.ts';
import { applyTicketChange, type TicketStore } from './ticket-types.ts';

/** A ticket with its assignee's name now, and who left it (the signed-in visitor's name, for the console's card). */
const SELECT = `SELECT t.*, a.name AS assignee_name, c.visitor_id, CASE WHEN v.user_id IS NOT NULL THEN v.name END AS visitor_name
  FROM tickets t JOIN conversations c ON c.id = t.conversation_id LEFT JOIN visitors v ON v.id = c.visitor_id
  LEFT JOIN agents a ON a.id = t.assignee_id`;

const read = async (db: Queryable, id: string) => one<TicketRow>(db, `${SELECT} WHERE t.id = $1`, [id]);

/** Tickets on PostgreSQL. */
export function postgresTicketStore(pool: Pool): TicketStore {
  return {
    async addTicket(conversationId, contact, text, contactKind = 'other') {
      const row = await transaction(pool, async (db) => {
        const id = randomUUID();
        const now = Date.now();
        await db.query(
          "INSERT INTO tickets (id, conversation_id, contact, text, created_at, contact_kind, status, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 'open', $5)",
          [id, conversationId, contact, text, now, contactKind],
        );
        await writeLogEvent(db, { conversationId, type: 'ticket', at: now, actor: 'visitor', ticketId: id });
        return (await read(db, id))!;
      });
      return toTicket(row);
    },
    async listTickets(limit, status) {
      const rows = await all<TicketRow>(pool, `${SELECT} WHERE ($1::text IS NULL OR t.status = $1) ORDER BY t.created_at DESC, t.id DESC LIMIT $2`, [
        status ?? null,
        limit,
      ]);
      return rows.map(toTicket);
    },
    async getTicket(id) {
      const row = await read(pool, id);
      return row ? toTicket(row) : null;
    },
    async updateTicket(id, change, agentId) {
      return transaction(pool, async (db) => {
        // The row lock orders two nodes changing one ticket: the second reads the first's result.
        const before = await one<TicketRow>(db, 'SELECT * FROM tickets WHERE id = $1 FOR UPDATE', [id]);
        if (!before) return null;
        const now = Date.now();
        const next = applyTicketChange(before, change, agentId, now);
        if (next.changed) {
          const values = [id, next.status, next.assigneeId, next.solvedAt, now];
          await db.query('UPDATE tickets SET status = $2, assignee_id = $3, solved_at = $4, updated_at = $5 WHERE id = $1', values);
          await writeLogEvent(db, next.event);
        }
        return { ticket: toTicket((await read(db, id))!), changed: next.changed };
      });
    },
  };
}
