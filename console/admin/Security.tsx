import { useEffect, useState } from 'preact/hooks';
import type { SecuritySettings, TwoFactorPolicy } from '../../protocol/index.ts';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { AuditLog } from '../security/AuditLog.tsx';
import { readOnly } from '../role.ts';
import { useApiAction } from './useApiAction.ts';

const POLICIES: TwoFactorPolicy[] = ['optional', 'admins', 'everyone'];

/** Admin: who must sign in with two factors, and the audit log (a viewer: the audit log alone). */
export default function Security({ me, state: s }: PageProps) {
  const { error, run } = useApiAction();
  const [policy, setPolicy] = useState<TwoFactorPolicy | null>(null);
  const viewing = readOnly(me); // a viewer (an auditor) reads the audit log alone
  useEffect(() => void (!viewing && api<SecuritySettings>('GET', '/api/v1/admin/security').then((r) => r.ok && setPolicy(r.data.twoFactor))), []);
  const choose = async (twoFactor: TwoFactorPolicy) => {
    if (await run(api('PUT', '/api/v1/admin/security', { twoFactor }))) setPolicy(twoFactor);
  };
  const missing = s.agents.filter((a) => !a.disabled && !a.twoFactor && (policy === 'everyone' || (policy === 'admins' && a.role === 'admin')));

  return (
    <div class="page-body admin">
      <h1 class="page-title">{t('nav_security')}</h1>
      {!viewing && <section class="card form-stack" aria-labelledby="policy-title">
        <h2 id="policy-title">{t('tfa_policy_title')}</h2>
        <fieldset class="field">
          <legend class="field-label">{t('tfa_policy_label')}</legend>
          <div class="segmented">
            {POLICIES.map((p) => (
              <label key={p}>
                <input type="radio" name="tfa-policy" value={p} checked={policy === p} disabled={policy === null} onChange={() => void choose(p)} />
                <span>{t(`tfa_policy_${p}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {error && <p role="alert" class="alert alert-danger">{error}</p>}
        {missing.length > 0 && <p class="muted">{t('tfa_policy_missing', { names: missing.map((a) => a.name).join(', ') })}</p>}
      </section>}
      <AuditLog agents={s.agents} />
    </div>
  );
}
