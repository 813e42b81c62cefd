import { useState } from 'preact/hooks';
import type { AgentInfo, Ticket, TicketStatus } from '../protocol/index.ts';
import { Select } from '../ui/Select.tsx';
import { api } from './api.ts';
import { formatWhen, t } from './i18n.ts';
import { namedVisitor } from './visitor-name.ts';
import { readOnly } from './role.ts';
import { EmailLog } from './EmailLog.tsx';

/** The e-mails a ticket makes (to its e-mail contact): the copy of what the visitor left, and the replies. */
const TICKET_EMAILS = ['ticket_copy', 'ticket_reply'] as const;

const STATUSES: TicketStatus[] = ['open', 'pending', 'solved'];

/**
 * One ticket to work: its text and contact (readable once it is yours), its status — shown once, as the
 * highlighted choice of open / pending / solved, one click to change — and assignee (`PATCH /api/v1/tickets/:id`;
 * every console gets the change), and a reply (`POST /api/v1/tickets/:id/reply`:
 * in the chat when the visitor comes back, and by e-mail to an e-mail contact), with the state of its e-mails.
 */
export function TicketCard({ ticket, me, agents, level, onOpenConversation }: {
  ticket: Ticket;
  me: AgentInfo;
  agents: AgentInfo[];
  /**
   * Its heading's level where it is shown: 2 on the Tickets page, named by who left it; 4 in a conversation's
   * details, where the conversation's title names them already (the card says how to reach them).
   */
  level: 2 | 4;
  onOpenConversation?: () => void;
}) {
  const Heading = level === 2 ? 'h2' : 'h4';
  const [reply, setReply] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [replies, setReplies] = useState(0);
  const mine = ticket.assigneeId === me.id;
  const viewing = readOnly(me); // a viewer reads the ticket: no status, assignee, take or reply
  const change = async (body: { status: TicketStatus; assigneeId?: string | null }) => {
    const r = await api('PATCH', `/api/v1/tickets/${ticket.id}`, body);
    setNote(r.ok ? null : { ok: false, text: t('failed', { message: r.message }) });
  };
  const send = async (e: Event) => {
    e.preventDefault();
    const text = reply.trim();
    if (!text || busy) return;
    setBusy(true);
    const r = await api('POST', `/api/v1/tickets/${ticket.id}/reply`, { text });
    setBusy(false);
    if (!r.ok) return setNote({ ok: false, text: t('failed', { message: r.message }) });
    setReply('');
    setReplies((n) => n + 1);
    setNote({ ok: true, text: t('ticket_reply_sent') });
    // Answered: now it waits on the visitor, unless someone already called it solved.
    if (ticket.status === 'open') await change({ status: 'pending', ...(ticket.assigneeId ? {} : { assigneeId: me.id }) });
  };
  const id = `ticket-${ticket.id}`;
  return (
    <article class="ticket-card" aria-labelledby={`${id}-title`} data-ticket={ticket.id}>
      <header class="ticket-head">
        <Heading id={`${id}-title`} class="ticket-title">
          {level === 2 && <span class="ticket-visitor">{namedVisitor(ticket)}</span>}
          <span class="ticket-contact" data-kind={ticket.contactKind}>
            <span class="muted">{t(`contact_${ticket.contactKind}`)}</span> {ticket.contact}
          </span>
        </Heading>
        <time class="when" dateTime={new Date(ticket.createdAt).toISOString()}>{formatWhen(ticket.createdAt)}</time>
      </header>
      <p class="ticket-text" dir="auto">{ticket.text}</p>
      {!mine && !viewing && <p class="muted">{t('ticket_contact_hint')}</p>}
      {viewing ? (
        <p class="muted ticket-read-only" data-ticket-status={ticket.status}>
          {t('ticket_status')}: {t(`ticket_${ticket.status}`)} · {t('ticket_assignee')}: {agents.find((a) => a.id === ticket.assigneeId)?.name ?? t('ticket_unassigned')}
        </p>
      ) : (
      <div class="ticket-controls">
        <div class="field inline">
          <span id={`${id}-status`}>{t('ticket_status')}</span>
          <div class="segmented ticket-status" role="radiogroup" aria-labelledby={`${id}-status`} data-ticket-status={ticket.status}>
            {STATUSES.map((s) => (
              <label key={s}>
                <input type="radio" name={`${id}-status`} value={s} checked={ticket.status === s} onChange={() => void change({ status: s })} />
                <span>{t(`ticket_${s}`)}</span>
              </label>
            ))}
          </div>
        </div>
        <div class="field inline">
          <Select
            id={`${id}-assignee`}
            label={t('ticket_assignee')}
            labelClass=""
            value={ticket.assigneeId ?? ''}
            onChange={(v) => void change({ status: ticket.status, assigneeId: v || null })}
            options={[{ value: '', label: t('ticket_unassigned') }, ...agents.filter((a) => (!a.disabled && !readOnly(a)) || a.id === ticket.assigneeId).map((a) => ({ value: a.id, label: a.name }))]}
          />
        </div>
        {!mine && <button type="button" class="btn btn-sm" onClick={() => void change({ status: ticket.status, assigneeId: me.id })}>{t('ticket_take')}</button>}
        {onOpenConversation && <button type="button" class="btn btn-sm btn-ghost ticket-open" onClick={onOpenConversation}>{t('ticket_open_conversation')}</button>}
      </div>
      )}
      {viewing && onOpenConversation && <button type="button" class="btn btn-sm btn-ghost" onClick={onOpenConversation}>{t('ticket_open_conversation')}</button>}
      {!viewing && <form noValidate class="ticket-reply" onSubmit={send}>
        <label class="field">
          <span class="sr-only">{t('ticket_reply')}</span>
          <textarea rows={2} placeholder={t('ticket_reply_placeholder')} value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
        </label>
        <button type="submit" class="btn btn-sm btn-primary" disabled={busy || !reply.trim()}>{t('ticket_reply')}</button>
      </form>}
      {note && <p class={note.ok ? 'muted' : 'danger-text'} role="status">{note.text}</p>}
      {ticket.contactKind === 'email' && <EmailLog conversationId={ticket.conversationId} kinds={TICKET_EMAILS} refresh={replies} />}
    </article>
  );
}
