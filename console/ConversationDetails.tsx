import { Fragment } from 'preact';
import type { AgentInfo, ConversationSummary, Ticket } from '../protocol/index.ts';
import { api } from './api.ts';
import { useLoaded } from './use-loaded.ts';
import { describeDevice } from './device.ts';
import { formatWhen, t } from './i18n.ts';
import { useLazy } from './use-lazy.ts';
import { previewText } from './preview.ts';
import { moreLanguages } from './visitor-language.ts';

/** The conversation's own e-mails (a ticket's are on its card): unread replies sent after the grace period, the transcript. */
const CONVERSATION_EMAILS = ['agent_reply', 'transcript'] as const;

/** An address that breaks after a "/", "?", "&" or "#" rather than inside a word (".../help/refund" then "s"). */
const breakable = (url: string) => url.split(/(?<=[/?&#])/).map((part, i) => <Fragment key={i}>{i > 0 && <wbr />}{part}</Fragment>);

/**
 * Who the visitor is and what they left: the page they were on (its title and address), their device (when known), the signed user,
 * the rating, the tickets of this conversation (worked right here) and their earlier conversations.
 */
export function ConversationDetails(props: {
  c: ConversationSummary;
  me: AgentInfo;
  agents: AgentInfo[];
  tickets: Ticket[];
  onOpen: (conversations: ConversationSummary[], id: string) => void;
}) {
  const { c, me } = props;
  // This visitor's only: the list of the conversation open before is never shown (nor opened) from this one.
  const earlier = useLoaded(c.id, [], () => api<{ conversations: ConversationSummary[] }>('GET', `/api/v1/conversations/${c.id}/earlier`).then((r) => (r.ok ? r.data.conversations : [])));
  const device = describeDevice(c.userAgent);
  const languages = moreLanguages(c, document.documentElement.lang);
  // The ticket card (most chats have none) and the e-mail list (nothing shows while there are no e-mails) are chunks of
  // their own, fetched when the details open.
  const Card = useLazy(() => import('./TicketCard.tsx').then((m) => m.TicketCard), props.tickets.length > 0);
  const Emails = useLazy(() => import('./EmailLog.tsx').then((m) => m.EmailLog));
  return (
    <div class="details">
      <dl class="context">
        {/* The language spoken, and who chose it, is the header's chip: here only what it does not say. */}
        {languages.writes && (
          <>
            <dt>{t('ctx_writes')}</dt>
            <dd data-testid="writes">{languages.writes}</dd>
          </>
        )}
        {languages.widget && (
          <>
            <dt>{t('ctx_widget_language')}</dt>
            <dd data-testid="widget-language">{languages.widget}</dd>
          </>
        )}
        {(c.pageTitle || c.pageUrl) && (
          <>
            <dt>{t('ctx_page')}</dt>
            <dd data-testid="page">
              {c.pageTitle && <span class="visited-title">{t('ctx_page_title', { title: c.pageTitle })}</span>}
              {c.pageUrl && <span class="visited-url">{breakable(c.pageUrl)}</span>}
            </dd>
          </>
        )}
        {device && (
          <>
            <dt>{t('ctx_device')}</dt>
            <dd data-testid="device" title={c.userAgent ?? undefined}>{device}</dd>
          </>
        )}
        <dt>{t('ctx_user')}</dt>
        {/* Their name is the header's title: here the account's id and contacts. */}
        <dd data-testid="user">{c.user ? [c.user.userId, c.user.email, c.user.phone].filter(Boolean).join(' · ') : t('not_signed_in')}</dd>
        {c.rating && (
          <>
            <dt>{t('ctx_rating')}</dt>
            <dd><span class="rating" aria-hidden="true">{'★'.repeat(c.rating.score)}</span> {c.rating.score}/5 {c.rating.comment ?? ''}</dd>
          </>
        )}
      </dl>
      {props.tickets.length > 0 && (
        <section aria-labelledby="details-tickets">
          <h3 id="details-tickets" class="details-heading">{t('nav_tickets')}</h3>
          {Card ? props.tickets.map((ticket) => <Card key={ticket.id} level={4} ticket={ticket} me={me} agents={props.agents} />) : <p class="muted">{t('loading')}</p>}
        </section>
      )}
      {Emails && <Emails conversationId={c.id} kinds={CONVERSATION_EMAILS} title={<h3 class="details-heading">{t('emails_title')}</h3>} />}
      <section aria-labelledby="details-earlier">
        <h3 id="details-earlier" class="details-heading">{t('earlier_conversations')}</h3>
        {earlier === null ? (
          <p class="muted">{t('loading')}</p>
        ) : earlier.length === 0 ? (
          <p class="muted">{t('earlier_none')}</p>
        ) : (
          <ul class="earlier-list">
            {earlier.map((x) => (
              <li key={x.id}>
                <button type="button" class="earlier-item" onClick={() => props.onOpen(earlier, x.id)}>
                  <span class="row-top">
                    <time class="when" dateTime={new Date(x.createdAt).toISOString()}>{formatWhen(x.createdAt)}</time>
                    {x.rating && <span class="rating" aria-label={`${t('ctx_rating')} ${x.rating.score}/5`}>{'★'.repeat(x.rating.score)}</span>}
                  </span>
                  <span class="preview">{x.preview ? previewText(x.preview) : t('no_messages')}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
