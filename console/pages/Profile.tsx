import { useState } from 'preact/hooks';
import type { AgentInfo } from '../../protocol/index.ts';
import type { ThemeChoice } from '../../ui/appearance.ts';
import { Select } from '../../ui/Select.tsx';
import { api } from '../api.ts';
import { refuse } from '../form-check.ts';
import { languageName, locales, pickLocale, t } from '../i18n.ts';
import { NotificationSetting } from '../NotificationSetting.tsx';
import type { PageProps } from '../pages.ts';
import { applyTheme, savedTheme } from '../theme.ts';
import { readOnly } from '../role.ts';
import { TwoFactorSettings } from '../security/TwoFactorSettings.tsx';

const THEMES: ThemeChoice[] = ['system', 'light', 'dark'];

/** The agent's own profile: the name visitors see (a viewer's, their team only), the console language, this browser's theme, the password, two-factor sign-in. */
export default function Profile({ me, onMe }: PageProps) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [theme, setTheme] = useState(savedTheme());
  const [locale, setLocale] = useState(me.locale ?? '');
  const save = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const password = String(f.get('password') ?? '');
    const body = { name: String(f.get('name')).trim(), locale: String(f.get('locale')), ...(password ? { password, currentPassword: String(f.get('currentPassword')) } : {}) };
    const r = await api<{ agent: AgentInfo }>('PATCH', '/api/v1/auth/me', body);
    if (!r.ok && r.code === 'forbidden' && password) return (setStatus(null), refuse(form.elements.namedItem('currentPassword') as HTMLInputElement, t('password_current_wrong')));
    setStatus(r.ok ? { ok: true, text: t('saved') } : { ok: false, text: t('failed', { message: r.message }) });
    if (r.ok) {
      form.querySelectorAll<HTMLInputElement>('input[type=password]').forEach((i) => (i.value = ''));
      onMe(r.data.agent);
    }
  };
  const browser = pickLocale(null, navigator.languages);
  const viewing = readOnly(me);

  return (
    <div class="page-body narrow">
      <h1 class="page-title">{t('profile_title')}</h1>
      <form noValidate class="card form-stack" onSubmit={save}>
        <label class="field">
          <span class="field-label">{t('display_name')}</span>
          <input name="name" defaultValue={me.name} required maxLength={80} aria-describedby="name-hint" />
          {/* A viewer joins no chat: only their team sees the name. */}
          <span class="field-hint" id="name-hint">{viewing ? t('display_name_hint_viewer') : t('display_name_hint', { name: me.name })}</span>
        </label>
        <div class="field">
          <Select
            id="profile-locale"
            name="locale"
            label={t('language')}
            value={locale}
            onChange={setLocale}
            options={[{ value: '', label: t('language_browser', { name: languageName(browser) }) }, ...locales.map((l) => ({ value: l, label: languageName(l), lang: l }))]}
          />
        </div>
        <fieldset class="field">
          <legend class="field-label">{t('theme')}</legend>
          <div class="segmented">
            {THEMES.map((th) => (
              <label key={th}>
                <input type="radio" name="theme" value={th} checked={theme === th} onChange={() => (applyTheme(th), setTheme(th))} />
                <span>{t(`theme_${th}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {!viewing && <NotificationSetting /> /* a viewer is never rung nor notified: no switch that would do nothing */}
        <fieldset class="field">
          <legend class="field-label">{t('password_change')}</legend>
          <label class="field"><span class="field-hint">{t('password_current')}</span><input name="currentPassword" type="password" autocomplete="current-password" /></label>
          <label class="field"><span class="field-hint">{t('password_new')}</span><input name="password" type="password" autocomplete="new-password" minLength={10} /></label>
        </fieldset>
        {status && <p role="status" class={`alert ${status.ok ? 'alert-success' : 'alert-danger'}`}>{status.text}</p>}
        <div class="form-actions"><button type="submit" class="btn btn-primary">{t('save')}</button></div>
      </form>
      <TwoFactorSettings me={me} onMe={onMe} />
      <p class="muted">{me.email}</p>
    </div>
  );
}
