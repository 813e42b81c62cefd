import { formatWhen, t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';

/** Tickets: messages visitors left when nobody was online, newest first; one opens its conversation. */
export default function Tickets({ state: s, navigate }: PageProps) {
  return (
    <div class="page-body">
      <h1 class="page-title">{t('nav_tickets')}</h1>
      {s.tickets.length === 0 ? (
        <p class="empty">{t('tickets_empty')}</p>
      ) : (
        <ul class="card-list">
          {s.tickets.map((ticket) => (
            <li key={ticket.id} class="ticket">
              <button type="button" class="card-button" onClick={() => navigate('inbox', ticket.conversationId)}>
                <span class="row-top">
                  <strong>{ticket.contact}</strong>
                  <time class="when" dateTime={new Date(ticket.createdAt).toISOString()}>{formatWhen(ticket.createdAt)}</time>
                </span>
                <p>{ticket.text}</p>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
