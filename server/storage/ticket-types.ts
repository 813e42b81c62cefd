import type { ContactKind, Ticket, TicketStatus } from '../../protocol/index.ts';
import type { LogRow } from './log-rows.ts';

/** A change an agent makes to a ticket: the status, and the assignee when given (null unassigns). */
export interface TicketChange {
  status: TicketStatus;
  assigneeId?: string | null;
}

/** Tickets: what visitors leave when nobody can answer, worked open → pending → solved by an assignee. */
export interface TicketStore {
  /** Status `open`, no assignee. Also logs a `ticket` event, in the same transaction. */
  addTicket(conversationId: string, contact: string, text: string, contactKind?: ContactKind): Promise<Ticket>;
  /** Newest first; only those in `status` when given. */
  listTickets(limit: number, status?: TicketStatus): Promise<Ticket[]>;
  getTicket(id: string): Promise<Ticket | null>;
  /**
   * Apply `change` (the assignee must be an existing agent) and, when the status or the assignee changed, log a
   * `ticket_status` event by `agentId` in the same transaction. `solvedAt` is stamped on the change to solved
   * and cleared when it leaves solved. Null: no such ticket.
   */
  updateTicket(id: string, change: TicketChange, agentId: string): Promise<{ ticket: Ticket; changed: boolean } | null>;
}

interface StoredTicket {
  id: string;
  conversation_id: string;
  status: TicketStatus;
  assignee_id: string | null;
  solved_at: number | null;
}

/**
 * What a change by `agentId` does to the stored row: the new values, whether anything changed, and the
 * `ticket_status` event to log when it did (both adapters write exactly this).
 */
export function applyTicketChange(before: StoredTicket, change: TicketChange, agentId: string, now: number) {
  const assigneeId = change.assigneeId === undefined ? before.assignee_id : change.assigneeId;
  const solvedAt = change.status !== 'solved' ? null : before.status === 'solved' ? before.solved_at : now;
  const changed = change.status !== before.status || assigneeId !== before.assignee_id;
  const event: LogRow = {
    conversationId: before.conversation_id,
    type: 'ticket_status',
    at: now,
    actor: 'agent',
    agentId,
    fromAgentId: before.assignee_id,
    toAgentId: assigneeId,
    ticketId: before.id,
    ticketStatus: change.status,
  };
  return { status: change.status, assigneeId, solvedAt, changed, event };
}
