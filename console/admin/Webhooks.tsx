import { useEffect, useState } from 'preact/hooks';
import './admin.css';
import type { WebhookEndpoint, WebhookEvent } from '../../protocol/index.ts';
import { WEBHOOK_EVENTS } from '../../protocol/webhook-events.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { api } from '../api.ts';
import { onWebhooksChanged } from '../webhooks-data.ts';
import { formatWhen, t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { useApiAction } from './useApiAction.ts';
import { DeliveryLog, DeliveryBadge } from './WebhookDeliveries.tsx';

/** The signing secret of the endpoint just registered: shown once, with a copy button. */
function SecretOnce({ url, secret, onDone }: { url: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  };
  return (
    <section class="card form-stack secret-once" aria-labelledby="secret-title">
      <h2 id="secret-title">{t('webhook_secret_title')}</h2>
      <p class="alert alert-warning">{t('webhook_secret_once', { url })}</p>
      <code class="secret" data-testid="webhook-secret">{secret}</code>
      <div class="form-actions">
        <button type="button" class="btn" onClick={() => void copy()}>{copied ? t('webhook_copied') : t('webhook_copy')}</button>
        <button type="button" class="btn btn-primary" onClick={onDone}>{t('webhook_secret_saved')}</button>
      </div>
    </section>
  );
}

/** The events an endpoint hears, each a checkbox with what it means. */
function EventChoices({ events, onChange }: { events: WebhookEvent[]; onChange: (events: WebhookEvent[]) => void }) {
  const toggle = (event: WebhookEvent, on: boolean) => onChange(on ? [...events, event] : events.filter((x) => x !== event));
  return (
    <fieldset class="wide members">
      <legend class="field-label">{t('webhook_events')}</legend>
      <div class="event-choices">
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} class="choice event-choice">
            <input type="checkbox" checked={events.includes(event)} onChange={(e) => toggle(event, e.currentTarget.checked)} />
            <span>
              <code>{event}</code>
              <span class="field-hint">{t(`webhook_event_${event.replace('.', '_')}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Edit an endpoint in its card: its URL and events (the secret stays; register anew to rotate it). */
function EditForm({ hook, run, onDone }: { hook: WebhookEndpoint; run: ReturnType<typeof useApiAction>['run']; onDone: (saved: boolean) => void }) {
  const [events, setEvents] = useState<WebhookEvent[]>(hook.events);
  const submit = async (e: Event) => {
    e.preventDefault();
    const url = String(new FormData(e.currentTarget as HTMLFormElement).get('url') ?? '').trim();
    if (await run(api('PATCH', `/api/v1/admin/webhooks/${hook.id}`, { url, events }))) onDone(true);
  };
  const title = `webhook-edit-${hook.id}`;
  return (
    <form noValidate class="form-grid webhook-edit" onSubmit={submit} aria-labelledby={title}>
      <h3 id={title} class="sr-only">{t('webhook_edit_title')}</h3>
      <label class="field wide">
        <span class="field-label">{t('webhook_url')}</span>
        <input name="url" type="url" required maxLength={2000} defaultValue={hook.url} />
      </label>
      <EventChoices events={events} onChange={setEvents} />
      <div class="form-actions">
        <button type="button" class="btn" onClick={() => onDone(false)}>{t('confirm_cancel')}</button>
        <button type="submit" class="btn btn-primary" disabled={events.length === 0}>{t('save')}</button>
      </div>
    </form>
  );
}

/** Register an endpoint: its URL, the events it hears, and its secret (generated when left empty). */
function RegisterForm({ run, onCreated }: { run: ReturnType<typeof useApiAction>['run']; onCreated: (url: string, secret: string) => void }) {
  const [events, setEvents] = useState<WebhookEvent[]>(['conversation.waiting', 'message.created']);
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const secret = String(f.get('secret') ?? '').trim();
    const body = { url: String(f.get('url') ?? '').trim(), events, ...(secret ? { secret } : {}) };
    const r = await api<{ secret: string }>('POST', '/api/v1/admin/webhooks', body);
    if (!(await run(Promise.resolve(r))) || !r.ok) return;
    form.reset();
    onCreated(body.url, r.data.secret);
  };
  return (
    <form noValidate class="card form-grid" onSubmit={submit} aria-labelledby="webhook-form">
      <h2 id="webhook-form">{t('webhook_new')}</h2>
      <label class="field wide">
        <span class="field-label">{t('webhook_url')}</span>
        <input name="url" type="url" required maxLength={2000} placeholder="https://wallet.example.com/kefu/events" aria-describedby="webhook-url-hint" />
        <span class="field-hint" id="webhook-url-hint">{t('webhook_url_hint')}</span>
      </label>
      <EventChoices events={events} onChange={setEvents} />
      <label class="field wide">
        <span class="field-label">{t('webhook_secret')}</span>
        <input name="secret" type="password" autoComplete="off" minLength={16} maxLength={200} aria-describedby="webhook-secret-hint" />
        <span class="field-hint" id="webhook-secret-hint">{t('webhook_secret_hint')}</span>
      </label>
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" disabled={events.length === 0}>{t('webhook_register')}</button>
      </div>
    </form>
  );
}

/**
 * Admin: the webhooks that tell the wallet's backend what happens (signed with each endpoint's secret, see the
 * README). Each endpoint with its events and its last delivery; its delivery log (status, HTTP answer, attempts)
 * with manual redelivery; registering one shows its secret once; removing one is confirmed.
 */
export default function Webhooks(_: PageProps) {
  const { error, run } = useApiAction();
  const [hooks, setHooks] = useState<WebhookEndpoint[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [removing, setRemoving] = useState<WebhookEndpoint | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const load = async () => {
    const r = await api<{ webhooks: WebhookEndpoint[] }>('GET', '/api/v1/admin/webhooks');
    setHooks(r.ok ? r.data.webhooks : []);
  };
  // Read at open, and again whenever an admin on any console adds, edits or removes an endpoint (webhooks_changed).
  useEffect(() => {
    void load();
    return onWebhooksChanged(() => void load());
  }, []);
  const remove = async () => {
    const hook = removing!;
    setRemoving(null);
    if (await run(api('DELETE', `/api/v1/admin/webhooks/${hook.id}`))) void load();
  };

  return (
    <div class="page-body admin webhooks">
      <h1 class="page-title">{t('nav_webhooks')}</h1>
      <p class="muted page-intro">{t('webhooks_intro')}</p>
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
      {created && <SecretOnce url={created.url} secret={created.secret} onDone={() => setCreated(null)} />}
      <section aria-labelledby="webhooks-title" class="admin-section">
        <h2 id="webhooks-title">{t('webhooks_title')}</h2>
        {hooks === null ? <p class="muted">{t('loading')}</p> : hooks.length === 0 ? <p class="empty">{t('webhooks_empty')}</p> : (
          <ul class="card-list">
            {hooks.map((h) => (
              <li key={h.id} class="card webhook" data-webhook={h.url}>
                <div class="webhook-head">
                  <code class="webhook-url">{h.url}</code>
                  {h.lastDelivery ? <DeliveryBadge d={h.lastDelivery} /> : <span class="badge">{t('webhook_no_deliveries')}</span>}
                </div>
                <div class="webhook-events">{h.events.map((e) => <span key={e} class="tag"><code>{e}</code></span>)}</div>
                <div class="webhook-foot">
                  <span class="muted">
                    {t('webhook_since', { when: formatWhen(h.createdAt) })}
                    {h.lastDelivery?.lastAttemptAt ? ` · ${t('webhook_last', { when: formatWhen(h.lastDelivery.lastAttemptAt) })}` : ''}
                  </span>
                  <span class="row-actions">
                    <button type="button" class="btn btn-sm" aria-expanded={open === h.id} onClick={() => setOpen(open === h.id ? null : h.id)}>
                      {t('webhook_log')}
                    </button>
                    <button type="button" class="btn btn-sm" aria-expanded={editing === h.id} onClick={() => setEditing(editing === h.id ? null : h.id)}>
                      {t('edit')}
                    </button>
                    <button type="button" class="btn btn-sm btn-ghost danger-text" onClick={() => setRemoving(h)}>{t('delete')}</button>
                  </span>
                </div>
                {editing === h.id && <EditForm hook={h} run={run} onDone={() => setEditing(null)} />}
                {open === h.id && <DeliveryLog endpoint={h} onChanged={() => void load()} />}
              </li>
            ))}
          </ul>
        )}
      </section>
      <RegisterForm run={run} onCreated={(url, secret) => (setCreated({ url, secret }), void load())} />
      <ConfirmDialog
        open={removing !== null}
        danger
        title={t('webhook_confirm_delete')}
        confirmLabel={t('delete')}
        cancelLabel={t('confirm_cancel')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => void remove()}
      >
        <p>{t('webhook_confirm_delete_text', { url: removing?.url ?? '' })}</p>
      </ConfirmDialog>
    </div>
  );
}
