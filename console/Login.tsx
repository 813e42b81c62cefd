import { useEffect, useState } from 'preact/hooks';
import type { AgentInfo, LoginResponse, SetupStatus } from '../protocol/index.ts';
import { api } from './api.ts';
import { t } from './i18n.ts';

/** The account's e-mail, as the login and the first-admin forms ask it. */
export const EmailField = () => (
  <label class="field">
    <span class="field-label">{t('email')}</span>
    <input name="email" type="email" autocomplete="username" required />
  </label>
);

/**
 * The login page. For an account with two-factor sign-in the server answers `two_factor_required`: the page then
 * asks for the code from the authenticator app (or a recovery code) and sends all three.
 */
export function Login({ onLogin }: { onLogin: (agent: AgentInfo) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);
  const [noAdmin, setNoAdmin] = useState(false);
  useEffect(() => {
    void api<SetupStatus>('GET', '/api/v1/setup').then((r) => setNoAdmin(r.ok && r.data.needed));
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const sent = credentials ?? { email: String(form.get('email')), password: String(form.get('password')) };
    const code = credentials ? String(form.get('code')).trim() : undefined;
    setBusy(true);
    const res = await api<LoginResponse>('POST', '/api/v1/auth/login', { ...sent, ...(code ? { code } : {}) });
    setBusy(false);
    if (res.ok) return onLogin(res.data.agent);
    if (res.code === 'two_factor_required') {
      setCredentials(sent);
      setError(null);
      return;
    }
    if (res.code === 'two_factor_unavailable') return setError(t('tfa_unavailable'));
    setError(res.status === 429 ? res.message : res.status === 401 ? (credentials ? t('tfa_wrong_code') : t('login_wrong')) : res.message);
  };

  return (
    <main class="login">
      <h1>{credentials ? t('tfa_login_title') : t('login_title')}</h1>
      {noAdmin && !credentials && <p class="alert login-lead">{t('setup_hint')}</p>}
      {credentials && <p class="login-lead">{t('tfa_login_text')}</p>}
      <form noValidate onSubmit={submit} key={credentials ? 'code' : 'password'}>
        {credentials ? (
          <div class="field">
            <label class="field-label" for="login-code">{t('tfa_code')}</label>
            <input id="login-code" name="code" autocomplete="one-time-code" required minLength={6} maxLength={32} autoFocus spellcheck={false} aria-describedby="login-code-hint" />
            <span class="field-hint" id="login-code-hint">{t('tfa_code_or_recovery')}</span>
          </div>
        ) : (
          <>
            <EmailField />
            <label class="field">
              <span class="field-label">{t('password')}</span>
              <input name="password" type="password" autocomplete="current-password" required />
            </label>
          </>
        )}
        {error && <p role="alert" class="alert alert-danger">{error}</p>}
        <button type="submit" class="btn btn-primary" disabled={busy}>{credentials ? t('tfa_verify') : t('log_in')}</button>
        {credentials && <button type="button" class="btn btn-ghost" onClick={() => (setCredentials(null), setError(null))}>{t('tfa_back')}</button>}
      </form>
    </main>
  );
}
