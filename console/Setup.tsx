import { useState } from 'preact/hooks';
import type { AgentInfo, LoginResponse } from '../protocol/index.ts';
import { api } from './api.ts';
import { t } from './i18n.ts';
import { EmailField } from './Login.tsx';

/**
 * "Create the first admin": behind the one-time link the server printed; the new admin is logged in at once. Once in an
 * installation's life: its own chunk (main.tsx loads it beside the session check when the address holds a link).
 */
export function Setup({ token, onDone, onLogin }: { token: string; onDone: (agent: AgentInfo) => void; onLogin: () => void }) {
  const [error, setError] = useState<{ text: string; exists: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    setBusy(true);
    const res = await api<LoginResponse>('POST', '/api/v1/setup', { token, name: form.get('name'), email: form.get('email'), password: form.get('password') });
    setBusy(false);
    if (res.ok) return onDone(res.data.agent);
    if (res.status === 409) return setError({ text: t('setup_exists'), exists: true });
    setError({ text: res.status === 403 ? t('setup_invalid') : res.message, exists: false });
  };

  return (
    <main class="login">
      <h1>{t('setup_title')}</h1>
      <p class="login-lead">{t('setup_lead')}</p>
      <form noValidate onSubmit={submit}>
        <label class="field">
          <span class="field-label">{t('display_name')}</span>
          <input name="name" autocomplete="name" required maxLength={80} />
        </label>
        <EmailField />
        <label class="field">
          <span class="field-label">{t('password')}</span>
          <input name="password" type="password" autocomplete="new-password" required minLength={10} maxLength={200} aria-describedby="setup-password-hint" />
          <span class="field-hint" id="setup-password-hint">{t('setup_password_hint')}</span>
        </label>
        {error && <p role="alert" class="alert alert-danger">{error.text}</p>}
        {error?.exists ? (
          <button type="button" class="btn btn-primary" onClick={onLogin}>{t('log_in')}</button>
        ) : (
          <button type="submit" class="btn btn-primary" disabled={busy}>{t('setup_submit')}</button>
        )}
      </form>
    </main>
  );
}
