import { useEffect, useState } from 'preact/hooks';
import type { WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint } from '../../protocol/index.ts';
import { api } from '../api.ts';
import { formatWhen, language, t } from '../i18n.ts';
import { onWebhooksChanged } from '../webhooks-data.ts';

const BADGE: Record<WebhookDeliveryStatus, string> = { delivered: 'badge-success', pending: 'badge-warning', failed: 'badge-danger' };

/** A delivery's state at a glance: delivered (with the HTTP status), retrying, queued, or failed. */
export function DeliveryBadge({ d }: { d: WebhookDelivery }) {
  const label = d.status === 'pending' ? (d.attempts > 0 ? t('webhook_retrying') : t('webhook_queued')) : t(`webhook_${d.status}`);
  return (
    <span class={`badge ${BADGE[d.status]}`} data-delivery-status={d.status}>
      {label}
      {d.lastStatus !== null && ` · ${d.lastStatus}`}
    </span>
  );
}

/** An event name that may break only after a dot ("conversation.|waiting"), never inside a word. */
const breakAfterDots = (name: string) => name.split('.').flatMap((part, i) => (i === 0 ? [part] : [<wbr key={i} />, `.${part}`]));

/** What the receiver answered (or why nothing came back), and when the next attempt is due. */
function Answer({ d }: { d: WebhookDelivery }) {
  // "HTTP 500" says again what the badge says: only an error without a status (refused, timed out, blocked) is shown.
  const error = d.lastError && d.lastError !== `HTTP ${d.lastStatus}` ? d.lastError : null;
  return (
    <div class="answer-lines">
      {error && <span class="danger-text delivery-error">{error}</span>}
      {d.responseExcerpt && <code class="delivery-excerpt">{d.responseExcerpt}</code>}
      {d.status === 'pending' && d.nextAttemptAt !== null && <span class="muted">{t('webhook_next', { when: formatWhen(d.nextAttemptAt) })}</span>}
      {!error && !d.responseExcerpt && d.status !== 'pending' && <span class="muted">—</span>}
    </div>
  );
}

/** One endpoint's delivery log, newest first: each delivery's event, state, answer and attempts, and Redeliver. */
export function DeliveryLog({ endpoint, onChanged }: { endpoint: WebhookEndpoint; onChanged: () => void }) {
  const [deliveries, setDeliveries] = useState<WebhookDelivery[] | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const load = async () => {
    const r = await api<{ deliveries: WebhookDelivery[] }>('GET', `/api/v1/admin/webhooks/${endpoint.id}/deliveries?limit=50`);
    setDeliveries(r.ok ? r.data.deliveries : []);
  };
  // Read at open, and again whenever a delivery was attempted (on any node) or an endpoint changed: webhooks_changed.
  useEffect(() => {
    void load();
    return onWebhooksChanged(() => void load());
  }, [endpoint.id]);
  const redeliver = async (d: WebhookDelivery) => {
    const r = await api('POST', `/api/v1/admin/webhooks/${endpoint.id}/deliveries/${d.id}/redeliver`);
    setNote(r.ok ? t('webhook_redelivered', { event: d.event }) : t('failed', { message: r.message }));
    await load();
    onChanged();
  };
  const titleId = `log-${endpoint.id}`;
  return (
    <section class="delivery-log" aria-labelledby={titleId}>
      <div class="section-head">
        <h3 id={titleId}>{t('webhook_log_title')}</h3>
        <button type="button" class="btn btn-sm btn-ghost" onClick={() => void load()}>{t('webhook_refresh')}</button>
      </div>
      {note && <p class="muted" role="status">{note}</p>}
      {deliveries === null ? <p class="muted">{t('loading')}</p> : deliveries.length === 0 ? <p class="empty">{t('webhook_no_deliveries')}</p> : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('audit_when')}</th>
                <th scope="col">{t('webhook_event')}</th>
                <th scope="col">{t('webhook_status')}</th>
                <th scope="col">{t('webhook_answer')}</th>
                <th scope="col">{t('webhook_attempts')}</th>
                <th scope="col"><span class="sr-only">{t('webhook_redeliver')}</span></th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id} data-delivery={d.eventId}>
                  <td class="when"><time dateTime={new Date(d.createdAt).toISOString()} title={new Date(d.createdAt).toLocaleString(language())}>{formatWhen(d.createdAt)}</time></td>
                  <td class="event"><code class="delivery-event">{breakAfterDots(d.event)}</code></td>
                  <td class="status"><DeliveryBadge d={d} /></td>
                  <td class="answer"><Answer d={d} /></td>
                  <td class="num" data-label={t('webhook_attempts')}>{d.attempts}</td>
                  <td class="row-actions">
                    <button type="button" class="btn btn-sm" aria-label={`${t('webhook_redeliver')}: ${d.event}`} onClick={() => void redeliver(d)}>{t('webhook_redeliver')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
