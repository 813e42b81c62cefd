import { useState } from 'preact/hooks';
import type { FaqTryResponse, FaqTryResult } from '../../protocol/index.ts';
import { Markdown } from '../../ui/Markdown.tsx';
import { Select } from '../../ui/Select.tsx';
import { api, type ApiFailure } from '../api.ts';
import { language, languageName, t } from '../i18n.ts';
import type { EntryDoc } from './faq-draft.ts';

function Result({ id, title, r }: { id: string; title: string; r: FaqTryResult }) {
  const pct = new Intl.NumberFormat(language(), { style: 'percent', maximumFractionDigits: 0 }).format(r.confidence);
  return (
    <div class="try-result" data-try={id} data-kind={r.kind} data-faq={r.faqId ?? ''}>
      <h3>{title}</h3>
      <dl class="context">
        <dt>{t('faq_try_kind')}</dt>
        <dd><span class="badge" data-kind={r.kind}>{t(`faq_kind_${r.kind}`)}</span></dd>
        <dt>{t('faq_try_entry')}</dt>
        <dd>{r.faqId ?? '—'}</dd>
        <dt>{t('faq_try_confidence')}</dt>
        <dd>{pct}</dd>
        <dt>{t('faq_try_language')}</dt>
        <dd>{languageName(r.locale, language())}</dd>
      </dl>
      {r.answer && <div class="bubble" lang={r.locale} dir="auto"><Markdown text={r.answer} /></div>}
      {r.top.length > 0 && (
        <ol class="try-top" aria-label={t('faq_try_top')}>
          {r.top.map((g) => <li key={g.faqId}><span class="kbd">{g.faqId}</span> {g.question}</li>)}
        </ol>
      )}
    </div>
  );
}

/**
 * "Try it": what the bot answers a text now, and — when the open entry has unsaved changes — with them, in the
 * languages written so far (the empty ones are named). A draft the server refuses reports its fields to the form (`onIssues`).
 */
export function TryIt(props: { locales: readonly string[]; draft: EntryDoc | null; onIssues: (failure: ApiFailure) => void }) {
  const [text, setText] = useState('');
  const [locale, setLocale] = useState('');
  const [result, setResult] = useState<FaqTryResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    const r = await api<FaqTryResponse>('POST', '/api/v1/admin/faq/try', { text, ...(locale ? { locale } : {}), ...(props.draft ? { draft: props.draft } : {}) });
    setBusy(false);
    if (r.ok) return (setResult(r.data), setError(null));
    setResult(null);
    // A draft refused at its fields: the form marks them; here one line (it listed every issue in the server's words).
    setError(r.issues?.length || r.path ? t('faq_try_draft_refused') : t('failed', { message: r.message }));
    props.onIssues(r);
  };
  return (
    <form noValidate class="card try-it" onSubmit={submit} aria-labelledby="try-title">
      <h2 id="try-title">{t('faq_try')}</h2>
      <div class="try-row">
        <label class="field try-text">
          <span class="field-label">{t('faq_try_text')}</span>
          <input type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} maxLength={2000} />
        </label>
        <div class="field">
          <Select id="try-locale" label={t('faq_try_language')} value={locale} onChange={setLocale} options={[{ value: '', label: t('faq_try_auto') }, ...props.locales.map((l) => ({ value: l, label: languageName(l, language()) }))]} />
        </div>
        <button type="submit" class="btn btn-primary" disabled={busy || !text.trim()}>{t('faq_try_run')}</button>
      </div>
      {props.draft && <p class="muted">{t('faq_try_with_draft')}</p>}
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
      {result && (
        <div class="try-results" aria-live="polite">
          {result.notTried.length > 0 && (
            <p class="alert try-not-tried">{t('faq_try_not_tried', { languages: new Intl.ListFormat(language(), { type: 'conjunction' }).format(result.notTried.map((l) => languageName(l))) })}</p>
          )}
          <Result id="current" title={t('faq_try_now')} r={result.current} />
          {result.draft && <Result id="draft" title={t('faq_try_draft')} r={result.draft} />}
        </div>
      )}
    </form>
  );
}
