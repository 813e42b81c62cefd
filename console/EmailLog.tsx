import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { EmailInfo, EmailKind } from '../protocol/index.ts';
import { api } from './api.ts';
import { onEmailsChanged } from './emails-data.ts';
import { formatWhen, t } from './i18n.ts';

/** While an e-mail is still on its way, the list is read again this often (it stops once none is pending). */
const POLL_MS = 3_000;

/** Sent, on its way, retrying (with why), failed (refused for good, given up after 24 h, or bounced later) or not sent (and why). */
function EmailBadge({ e }: { e: EmailInfo }) {
  const [cls, key] =
    e.status === 'sent' ? ['badge-success', 'email_sent']
    : e.status === 'failed' ? ['badge-danger', 'email_failed']
    : e.status === 'skipped' ? ['', 'email_skipped']
    : e.attempts > 0 ? ['badge-warning', 'email_retrying'] : ['badge-info', 'email_sending'];
  return <span class={`badge ${cls}`} data-email-status={e.status}>{t(key)}</span>;
}

/** Why it was not sent or not yet: the receiving server's answer, or Kefu's own reason in the agent's language. */
const reason = (e: EmailInfo): string | null =>
  e.status === 'skipped' ? t(e.lastError === 'unsubscribed' ? 'email_why_unsubscribed' : e.lastError === 'bounced' ? 'email_why_bounced_before' : 'email_why_read')
  : e.status === 'sent' ? null
  // Failed after it was sent: a delivery report came back (a bounce), with the recipient's server's words.
  : e.status === 'failed' && e.sentAt !== null ? t('email_why_bounced', { answer: e.lastError ?? '' })
  : e.lastError;

/**
 * A conversation's e-mails of these kinds, oldest first (GET /api/v1/conversations/:id/emails; addresses masked),
 * each with its state; read again while one is on its way, when `refresh` changes (a reply was just sent), and when
 * the server says they changed (`emails_changed`: a bounce came back).
 * Nothing at all (not even the title) while there are none.
 */
export function EmailLog({ conversationId, kinds, refresh = 0, title }: { conversationId: string; kinds: readonly EmailKind[]; refresh?: number; title?: ComponentChildren }) {
  const [emails, setEmails] = useState<EmailInfo[]>([]);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const r = await api<{ emails: EmailInfo[] }>('GET', `/api/v1/conversations/${encodeURIComponent(conversationId)}/emails`);
      if (stopped || !r.ok) return;
      const list = r.data.emails.filter((e) => kinds.includes(e.kind));
      setEmails(list);
      clearTimeout(timer);
      if (list.some((e) => e.status === 'pending')) timer = setTimeout(() => void load(), POLL_MS);
    };
    void load();
    const unfollow = onEmailsChanged((id) => id === conversationId && void load());
    return () => {
      stopped = true;
      clearTimeout(timer);
      unfollow();
    };
  }, [conversationId, refresh]);
  if (emails.length === 0) return null;
  return (
    <div class="email-log">
      {title}
      <ul aria-label={t('emails_title')}>
        {emails.map((e) => (
          <li key={e.id} data-email-kind={e.kind}>
            <span class="email-what">
              <span>{t(`email_kind_${e.kind}`)}</span>
              <span class="muted">{t('email_to', { to: e.to })} · <time dateTime={new Date(e.sentAt ?? e.createdAt).toISOString()}>{formatWhen(e.sentAt ?? e.createdAt)}</time></span>
            </span>
            <EmailBadge e={e} />
            {reason(e) && <span class={`email-why ${e.status === 'skipped' ? 'muted' : 'danger-text'}`}>{reason(e)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
