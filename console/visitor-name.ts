import type { ConversationSummary, Ticket } from '../protocol/index.ts';
import { t } from './i18n.ts';

/** The visitor as the console names them: the signed-in name, else a stable short label ("Visitor 7F3A"). */
export const visitorName = (c: ConversationSummary): string => c.user?.name ?? t('visitor_label', { code: c.visitorCode });

/** Who left a ticket, or whose conversation a note mentioning the agent is in, named the same way. */
export const namedVisitor = (ticket: Pick<Ticket, 'visitorName' | 'visitorCode'>): string => ticket.visitorName ?? t('visitor_label', { code: ticket.visitorCode });
