import { useState } from 'preact/hooks';
import type { AgentInfo, LoginResponse } from '../protocol/index.ts';
import { api } from './api.ts';
import { t } from './i18n.ts';

export function Login({ onLogin }: { onLogin: (agent: AgentInfo) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    setBusy(true);
    const res = await api<LoginResponse>('POST', '/api/v1/auth/login', { email: form.get('email'), password: form.get('password') });
    setBusy(false);
    if (res.ok) onLogin(res.data.agent);
    else setError(res.status === 401 ? t('login_wrong') : res.message);
  };

  return (
    <main class="login">
      <h1>{t('login_title')}</h1>
      <form onSubmit={submit}>
        <label class="field">
          <span class="field-label">{t('email')}</span>
          <input name="email" type="email" autocomplete="username" required />
        </label>
        <label class="field">
          <span class="field-label">{t('password')}</span>
          <input name="password" type="password" autocomplete="current-password" required />
        </label>
        {error && <p role="alert" class="alert alert-danger">{error}</p>}
        <button type="submit" class="btn btn-primary" disabled={busy}>{t('log_in')}</button>
      </form>
    </main>
  );
}
