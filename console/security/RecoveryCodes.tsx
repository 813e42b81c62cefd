import { useState } from 'preact/hooks';
import { t } from '../i18n.ts';

/** The recovery codes, shown once, with a copy button. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(codes.join('\n'));
    setCopied(true);
  };
  return (
    <div class="form-stack">
      <p class="alert alert-warning">{t('tfa_codes_keep')}</p>
      <ol class="recovery-codes" aria-label={t('tfa_codes')}>
        {codes.map((c) => <li key={c}><code>{c}</code></li>)}
      </ol>
      <div class="form-actions">
        <button type="button" class="btn" onClick={() => void copy()}>{copied ? t('tfa_copied') : t('tfa_copy')}</button>
        <button type="button" class="btn btn-primary" onClick={onDone}>{t('tfa_codes_saved')}</button>
      </div>
    </div>
  );
}
