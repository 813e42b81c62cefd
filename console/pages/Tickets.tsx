import { useState } from 'preact/hooks';
import type { TicketStatus } from '../../protocol/index.ts';
import { Tabs } from '../../ui/Tabs.tsx';
import { t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { TicketCard } from '../TicketCard.tsx';

type Filter = TicketStatus | 'all';
const FILTERS: Filter[] = ['open', 'pending', 'solved', 'all'];

/** Tickets: what visitors left when nobody could answer, by status, newest first; `#/tickets/<id>` opens one. */
export default function Tickets({ me, state: s, param, navigate }: PageProps) {
  const [filter, setFilter] = useState<Filter>('open');
  const one = param ? s.tickets.find((x) => x.id === param) : undefined;
  const list = one ? [one] : s.tickets.filter((x) => filter === 'all' || x.status === filter);
  const count = (f: Filter) => s.tickets.filter((x) => f === 'all' || x.status === f).length;
  return (
    <div class="page-body">
      <h1 class="page-title">{t('nav_tickets')}</h1>
      {one ? (
        <button type="button" class="btn btn-sm btn-ghost back-link" onClick={() => navigate('tickets')}>← {t('tickets_all')}</button>
      ) : (
        <Tabs label={t('ticket_status')} value={filter} onChange={setFilter} tabs={FILTERS.map((f) => ({ value: f, children: <>
          {t(f === 'all' ? 'tickets_all' : `ticket_${f}`)}
          {f !== 'all' && f !== 'solved' && count(f) > 0 && <span class="badge">{count(f)}</span>}
        </> }))} />
      )}
      {list.length === 0 ? (
        <p class="empty">{t('tickets_empty')}</p>
      ) : (
        <ul class="card-list">
          {list.map((ticket) => (
            <li key={ticket.id}>
              <TicketCard level={2} ticket={ticket} me={me} agents={s.agents} onOpenConversation={() => navigate('inbox', ticket.conversationId)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
