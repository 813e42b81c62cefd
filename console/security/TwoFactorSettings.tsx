import { useEffect, useState } from 'preact/hooks';
import type { AgentInfo, RecoveryCodesResponse, TwoFactorSetupResponse, TwoFactorStatus } from '../../protocol/index.ts';
import { api, type ApiResult } from '../api.ts';
import { t } from '../i18n.ts';
import { CodeField } from './CodeField.tsx';
import { QrCode } from './QrCode.tsx';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import './security.css';

type Step = { kind: 'status' } | { kind: 'setup'; setup: TwoFactorSetupResponse } | { kind: 'codes'; codes: string[] };

/** "ABCD EFGH …": the secret in groups of four, for typing into an app by hand. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

/**
 * Two-factor sign-in in the profile: its state; set up (QR code and the secret, then a code from the app turns
 * it on and shows the recovery codes once); new recovery codes and turning it off, each with a current code.
 */
export function TwoFactorSettings({ me, onMe }: { me: AgentInfo; onMe: (agent: AgentInfo) => void }) {
  const [status, setStatus] = useState<TwoFactorStatus | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'status' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = async () => {
    const r = await api<TwoFactorStatus>('GET', '/api/v1/auth/2fa');
    if (r.ok) setStatus(r.data);
  };
  useEffect(() => void refresh(), []);

  const call = async <T,>(p: Promise<ApiResult<T>>): Promise<T | null> => {
    setBusy(true);
    const r = await p;
    setBusy(false);
    setError(r.ok ? null : r.status === 403 && r.code === 'forbidden' ? t('tfa_wrong_code') : r.status === 429 ? t('tfa_wait') : r.code === 'two_factor_unavailable' ? t('tfa_unavailable') : t('failed', { message: r.message }));
    return r.ok ? r.data : null;
  };
  const codeOf = (e: Event) => String(new FormData(e.currentTarget as HTMLFormElement).get('code') ?? '').trim();
  const changed = async (twoFactor: boolean) => {
    onMe({ ...me, twoFactor });
    await refresh();
  };

  const start = async () => {
    const setup = await call(api<TwoFactorSetupResponse>('POST', '/api/v1/auth/2fa/setup', {}));
    if (setup) setStep({ kind: 'setup', setup });
  };
  const enable = async (e: Event) => {
    e.preventDefault();
    const r = await call(api<RecoveryCodesResponse>('POST', '/api/v1/auth/2fa/enable', { code: codeOf(e) }));
    if (r) setStep({ kind: 'codes', codes: r.recoveryCodes });
  };
  /** One form, two buttons: turn off, or new recovery codes (the button pressed says which). */
  const manage = async (e: SubmitEvent) => {
    e.preventDefault();
    const code = codeOf(e);
    if (e.submitter?.getAttribute('value') === 'disable') {
      if ((await call(api('POST', '/api/v1/auth/2fa/disable', { code }))) !== null) await changed(false);
      return;
    }
    const r = await call(api<RecoveryCodesResponse>('POST', '/api/v1/auth/2fa/recovery-codes', { code }));
    if (r) setStep({ kind: 'codes', codes: r.recoveryCodes });
  };

  return (
    <section class="card form-stack two-factor" aria-labelledby="tfa-title">
      <div class="section-head">
        <h2 id="tfa-title">{t('tfa_title')}</h2>
        {status && <span class={`badge ${status.enabled ? 'badge-success' : 'badge-warning'}`}>{status.enabled ? t('tfa_on') : t('tfa_off')}</span>}
      </div>
      {step.kind === 'setup' ? (
        <form noValidate class="form-stack" onSubmit={enable}>
          <ol class="steps">
            <li>{t('tfa_step_scan')}</li>
            <li>{t('tfa_step_code')}</li>
          </ol>
          <div class="tfa-setup">
            <QrCode text={step.setup.otpauthUri} label={t('tfa_qr_label')} />
            <div class="form-stack">
              <div class="key">
                <p class="muted">{t('tfa_secret_hint')}</p>
                <code class="secret" data-secret={step.setup.secret}>{grouped(step.setup.secret)}</code>
              </div>
              <CodeField id="tfa-enable-code" />
            </div>
          </div>
          {error && <p role="alert" class="alert alert-danger">{error}</p>}
          <div class="form-actions">
            <button type="button" class="btn btn-ghost" onClick={() => (setStep({ kind: 'status' }), setError(null))}>{t('confirm_cancel')}</button>
            <button type="submit" class="btn btn-primary" disabled={busy}>{t('tfa_turn_on')}</button>
          </div>
        </form>
      ) : step.kind === 'codes' ? (
        <RecoveryCodes codes={step.codes} onDone={() => (setStep({ kind: 'status' }), void changed(true))} />
      ) : status?.enabled ? (
        <form noValidate class="form-stack" onSubmit={(e) => void manage(e as SubmitEvent)}>
          <p>{t('tfa_on_text', { n: status.recoveryCodesLeft })}</p>
          <CodeField id="tfa-manage-code" recovery />
          {error && <p role="alert" class="alert alert-danger">{error}</p>}
          <div class="form-actions">
            {!status.required && (
              <button type="submit" name="action" value="disable" class="btn btn-ghost danger-text" disabled={busy}>{t('tfa_turn_off')}</button>
            )}
            <button type="submit" name="action" value="renew" class="btn" disabled={busy}>{t('tfa_new_codes')}</button>
          </div>
        </form>
      ) : (
        <div class="form-stack">
          <p>{status?.required ? t('tfa_required_text') : t('tfa_off_text')}</p>
          {error && <p role="alert" class="alert alert-danger">{error}</p>}
          <div class="form-actions"><button type="button" class="btn btn-primary" disabled={busy || !status} onClick={() => void start()}>{t('tfa_set_up')}</button></div>
        </div>
      )}
    </section>
  );
}
