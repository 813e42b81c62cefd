import type { Ticket, TicketStatus, TicketUpdateRequest } from '../../protocol/index.ts';
import { KefuError } from '../errors.ts';
import type { Storage } from '../storage/types.ts';
import type { AgentChannel } from './agent-channel.ts';
import { takesChats } from './roles.ts';
import type { WebhookPayloads } from './webhook-payloads.ts';

export interface TicketService {
  list(status?: TicketStatus): Promise<Ticket[]>;
  get(id: string): Promise<Ticket>;
  /**
   * Change a ticket's status and (when given) its assignee, on behalf of `actor`. Every console hears of a change
   * (a `ticket` frame); an unchanged ticket is returned as it is, with nothing logged or sent.
   */
  update(actor: { id: string }, id: string, change: TicketUpdateRequest): Promise<Ticket>;
}

const LIST_LIMIT = 500;

export function createTicketService(deps: { storage: Storage; agents: AgentChannel; events?: Pick<WebhookPayloads, 'ticketSolved'> }): TicketService {
  const { storage, agents } = deps;
  return {
    async list(status) {
      return storage.listTickets(LIST_LIMIT, status);
    },
    async get(id) {
      const ticket = await storage.getTicket(id);
      if (!ticket) throw new KefuError('not_found', 'no such ticket');
      return ticket;
    },
    async update(actor, id, change) {
      if (change.assigneeId) {
        const assignee = await storage.getAgent(change.assigneeId);
        if (!assignee || assignee.disabled || !takesChats(assignee)) throw new KefuError('not_found', 'no such agent to assign (who takes work)');
      }
      const before = await storage.getTicket(id);
      const result = await storage.updateTicket(id, change, actor.id);
      if (!result) throw new KefuError('not_found', 'no such ticket');
      // The webhook's `ticket.solved`: once per move into solved (reopened and solved again: once more).
      if (result.changed && result.ticket.status === 'solved' && before?.status !== 'solved') deps.events?.ticketSolved(result.ticket, actor.id);
      if (result.changed) await agents.broadcast({ type: 'ticket', ticket: result.ticket });
      return result.ticket;
    },
  };
}
