import { useEffect, useState } from 'preact/hooks';
import './admin.css';
import { SOCIAL_NETWORKS, type Channels, type Hours, type SiteSettings, type SiteSettingsView } from '../../protocol/index.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { Select } from '../../ui/Select.tsx';
import { api } from '../api.ts';
import { formatDuration, formatWhen, t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { DEFAULT_HOURS, HoursEditor } from './HoursEditor.tsx';
import { useApiAction } from './useApiAction.ts';

type Network = (typeof SOCIAL_NETWORKS)[number];
interface Draft {
  phones: { region: string; number: string }[];
  email: string;
  social: { network: Network; value: string }[];
  helpCenter: string;
  hours: Hours | null;
  /** '' for the server's setting, else minutes ('0': never). */
  idle: string;
  /** The e-mails' From and Reply-To: kept as they are (not edited on this page). */
  mail: SiteSettings['email'];
}

/** The idle times offered, in minutes (0: never). */
const IDLE_CHOICES = [15, 30, 60, 120, 240, 480, 1440, 0];

const toDraft = (s: SiteSettings): Draft => ({
  phones: s.channels.phones.map((p) => ({ ...p })),
  email: s.channels.email ?? '',
  social: s.channels.social.map((x) => ({ network: x.network, value: 'url' in x ? x.url : x.handle })),
  helpCenter: s.channels.helpCenter ?? '',
  hours: s.hours ?? null,
  idle: s.idleCloseMinutes === undefined ? '' : String(s.idleCloseMinutes),
  mail: s.email,
});

/** The body the admin API takes (the KEFU_SITES file's shape): a link is a `url`, anything else a `handle`. */
const toSettings = (d: Draft): SiteSettings => {
  const channels: Channels = {
    phones: d.phones.map((p) => ({ region: p.region.trim(), number: p.number.trim() })),
    social: d.social.map((x) => (/^https?:\/\//i.test(x.value.trim()) ? { network: x.network, url: x.value.trim() } : { network: x.network, handle: x.value.trim() })),
    ...(d.email.trim() ? { email: d.email.trim() } : {}),
    ...(d.helpCenter.trim() ? { helpCenter: d.helpCenter.trim() } : {}),
  };
  return { channels, ...(d.hours ? { hours: d.hours } : {}), ...(d.mail ? { email: d.mail } : {}), ...(d.idle === '' ? {} : { idleCloseMinutes: Number(d.idle) }) };
};

/** Admin: each site's other channels (phones by region, e-mail, social accounts, help centre) and business hours. */
export default function Sites({ param, navigate }: PageProps) {
  const { error, run } = useApiAction();
  const [sites, setSites] = useState<string[]>([]);
  const [view, setView] = useState<SiteSettingsView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [newSite, setNewSite] = useState('');
  const [saved, setSaved] = useState(false);
  const [resetting, setResetting] = useState(false);
  const site = param ?? sites[0] ?? 'default';

  const loadList = () => api<{ sites: string[] }>('GET', '/api/v1/admin/sites').then((r) => r.ok && setSites(r.data.sites));
  useEffect(() => void loadList(), []);
  const show = (v: SiteSettingsView) => (setView(v), setDraft(toDraft(v.settings)));
  useEffect(() => {
    setSaved(false);
    void api<SiteSettingsView>('GET', `/api/v1/admin/sites/${encodeURIComponent(site)}`).then((r) => r.ok && show(r.data));
  }, [site]);

  const save = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    const r = await api<SiteSettingsView>('PUT', `/api/v1/admin/sites/${encodeURIComponent(site)}`, toSettings(draft!));
    if (await run(Promise.resolve(r)) && r.ok) {
      show(r.data);
      setSaved(true);
      void loadList();
    }
  };
  const reset = async () => {
    setResetting(false);
    const r = await api<SiteSettingsView>('DELETE', `/api/v1/admin/sites/${encodeURIComponent(site)}`);
    if (await run(Promise.resolve(r)) && r.ok) show(r.data);
  };
  const open = (e: Event) => {
    e.preventDefault();
    if (/^[A-Za-z0-9_-]{1,64}$/.test(newSite)) (navigate('sites', newSite), setNewSite(''));
  };
  const set = (patch: Partial<Draft>) => (setDraft({ ...draft!, ...patch }), setSaved(false));
  const choices = [...new Set([...sites, site])].sort();

  return (
    <div class="page-body admin sites">
      <h1 class="page-title">{t('nav_sites')}</h1>
      <div class="site-picker">
        <div class="field">
          <Select id="site-pick" label={t('site')} value={site} onChange={(s) => navigate('sites', s)} options={choices.map((s) => ({ value: s, label: s }))} />
        </div>
        <form noValidate class="inline-add" onSubmit={open}>
          <label class="field">
            <span class="field-label">{t('site_new')}</span>
            <input value={newSite} pattern="[A-Za-z0-9_\-]{1,64}" title={t('site_id_rule')} placeholder="wallet-hk" onInput={(e) => setNewSite(e.currentTarget.value)} />
          </label>
          <button type="submit" class="btn">{t('site_open')}</button>
        </form>
      </div>
      {view && (
        <p class="muted" data-source={view.source}>
          {view.source === 'database' ? t('site_source_database', { when: formatWhen(view.updatedAt ?? 0) }) : t(`site_source_${view.source}`)}
        </p>
      )}
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
      {saved && <p role="status" class="alert alert-success">{t('site_saved')}</p>}
      {draft && (
        <form noValidate class="form-stack" onSubmit={save}>
          <section class="card form-grid" aria-labelledby="channels-title">
            <h2 id="channels-title">{t('site_channels')}</h2>
            <fieldset class="wide rows">
              <legend class="field-label">{t('site_phones')}</legend>
              {draft.phones.map((p, i) => (
                <div key={i} class="row-edit">
                  <div class="field"><input aria-label={t('site_phone_region', { n: i + 1 })} placeholder={t('site_phone_region_placeholder')} required maxLength={60} value={p.region} onInput={(e) => set({ phones: draft.phones.map((x, j) => (j === i ? { ...x, region: e.currentTarget.value } : x)) })} /></div>
                  <div class="field"><input aria-label={t('site_phone_number', { n: i + 1 })} placeholder="+852 2345 6789" inputMode="tel" required value={p.number} onInput={(e) => set({ phones: draft.phones.map((x, j) => (j === i ? { ...x, number: e.currentTarget.value } : x)) })} /></div>
                  <button type="button" class="btn btn-sm btn-ghost" aria-label={t('site_remove_phone', { n: i + 1 })} onClick={() => set({ phones: draft.phones.filter((_, j) => j !== i) })}>×</button>
                </div>
              ))}
              <button type="button" class="btn btn-sm" onClick={() => set({ phones: [...draft.phones, { region: '', number: '' }] })}>{t('site_add_phone')}</button>
            </fieldset>
            <label class="field"><span class="field-label">{t('site_email')}</span><input type="email" value={draft.email} placeholder="help@wallet.example" onInput={(e) => set({ email: e.currentTarget.value })} /></label>
            <label class="field"><span class="field-label">{t('site_help_center')}</span><input type="url" value={draft.helpCenter} placeholder="https://help.wallet.example/" onInput={(e) => set({ helpCenter: e.currentTarget.value })} /></label>
            <fieldset class="wide rows">
              <legend class="field-label">{t('site_social')}</legend>
              {draft.social.map((x, i) => (
                <div key={i} class="row-edit">
                  <div class="field">
                    <Select
                      label={t('site_social_network', { n: i + 1 })}
                      labelClass="sr-only"
                      value={x.network}
                      onChange={(network) => set({ social: draft.social.map((y, j) => (j === i ? { ...y, network } : y)) })}
                      options={SOCIAL_NETWORKS.map((n) => ({ value: n, label: t(`network_${n}`) }))}
                    />
                  </div>
                  <div class="field"><input aria-label={t('site_social_handle', { n: i + 1 })} placeholder={t('site_social_placeholder')} required value={x.value} onInput={(e) => set({ social: draft.social.map((y, j) => (j === i ? { ...y, value: e.currentTarget.value } : y)) })} /></div>
                  <button type="button" class="btn btn-sm btn-ghost" aria-label={t('site_remove_social', { n: i + 1 })} onClick={() => set({ social: draft.social.filter((_, j) => j !== i) })}>×</button>
                </div>
              ))}
              <button type="button" class="btn btn-sm" onClick={() => set({ social: [...draft.social, { network: 'wechat', value: '' }] })}>{t('site_add_social')}</button>
            </fieldset>
          </section>
          <section class="card" aria-labelledby="hours-title">
            <h2 id="hours-title">{t('site_hours')}</h2>
            <label class="choice">
              <input type="checkbox" role="switch" checked={draft.hours !== null} onChange={(e) => set({ hours: e.currentTarget.checked ? DEFAULT_HOURS : null })} />
              {t('site_hours_on')}
            </label>
            {draft.hours ? <HoursEditor idPrefix="site" value={draft.hours} onChange={(hours) => set({ hours })} /> : <p class="field-hint">{t('site_hours_off')}</p>}
          </section>
          <section class="card form-grid" aria-labelledby="conversations-title">
            <h2 id="conversations-title">{t('site_conversations')}</h2>
            <div class="field">
              <Select
                id="site-idle"
                label={t('site_idle_close')}
                value={draft.idle}
                describedBy="idle-hint"
                onChange={(idle) => set({ idle })}
                options={[
                  { value: '', label: t('site_idle_default') },
                  ...[...new Set([...IDLE_CHOICES, ...(draft.idle === '' ? [] : [Number(draft.idle)])])].map((m) => ({ value: String(m), label: m === 0 ? t('site_idle_never') : formatDuration(m * 60_000) })),
                ]}
              />
            </div>
            {/* Across the card, not wrapped into the select's narrow column. */}
            <span class="field-hint wide" id="idle-hint">{t('site_idle_hint')}</span>
          </section>
          <div class="form-actions">
            {view?.source === 'database' && <button type="button" class="btn btn-ghost danger-text" onClick={() => setResetting(true)}>{t('site_reset')}</button>}
            <button type="submit" class="btn btn-primary">{t('save')}</button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={resetting}
        danger
        title={t('site_reset_confirm', { site })}
        confirmLabel={t('site_reset')}
        cancelLabel={t('confirm_cancel')}
        onCancel={() => setResetting(false)}
        onConfirm={() => void reset()}
      >
        <p>{t('site_reset_body')}</p>
      </ConfirmDialog>
    </div>
  );
}
