import { t } from '../i18n.ts';

/** The field for a 6-digit code from the authenticator app (or, where `recovery`, a recovery code). */
export function CodeField({ id, recovery = false }: { id: string; recovery?: boolean }) {
  return (
    <div class="field">
      <label class="field-label" for={id}>{t('tfa_code')}</label>
      <input
        name="code"
        id={id}
        required
        autocomplete="one-time-code"
        {...(recovery ? { minLength: 6, maxLength: 32, spellcheck: false, autocapitalize: 'off' } : { inputMode: 'numeric', pattern: '[0-9 ]{6,7}', maxLength: 7, title: t('tfa_code_rule') })}
        aria-describedby={`${id}-hint`}
      />
      <span class="field-hint" id={`${id}-hint`}>{recovery ? t('tfa_code_or_recovery') : t('tfa_code_hint')}</span>
    </div>
  );
}
