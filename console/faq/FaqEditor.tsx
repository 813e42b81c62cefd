import { useEffect, useMemo, useState } from 'preact/hooks';
import type { z } from 'zod';
import type { FaqPackDoc, FaqPackImported } from '../../protocol/index.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { api, type ApiFailure } from '../api.ts';
import { language, t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { EntryForm } from './EntryForm.tsx';
import { emptyDraft, entryTitle, fieldErrors, fromDoc, sameEntry, searchEntries, toDoc, type EntryDraft, type FieldErrors } from './faq-draft.ts';
import { FaqHistory } from './FaqHistory.tsx';
import { takeNewEntrySeed } from './new-entry-seed.ts';
import { issueText } from './issue-text.ts';
import { TryIt } from './TryIt.tsx';
import { readOnly } from '../role.ts';
import './faq.css';

type Pack = z.infer<typeof FaqPackDoc>;
const NO_ERRORS: FieldErrors = new Map();

/** The two languages shown first: the agent's own (when the pack has it) and the next of the pack's. */
function firstShown(pack: Pack): string[] {
  const own = pack.locales.find((l) => l === language()) ?? pack.locales.find((l) => l.split('-')[0] === language().split('-')[0]) ?? pack.defaultLocale;
  const second = [own === 'en' ? pack.defaultLocale : 'en', ...pack.locales].find((l) => l !== own && pack.locales.includes(l));
  return pack.locales.filter((l) => l === own || l === second);
}

/**
 * Admin: the FAQ editor. The entries with search; the open entry's languages side by side with the answer
 * previewed as the widget draws it; save with the server's errors at their fields; "try it" now and with the
 * unsaved change; the pack's export and import; the history of edits with revert.
 */
export default function FaqEditor({ me, param, navigate }: PageProps) {
  const viewing = readOnly(me); // a viewer reads the entries and their history; no new, import, save, delete, try or revert
  const [pack, setPack] = useState<Pack | null>(null);
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState<EntryDraft | null>(null);
  const [isNew, setIsNew] = useState(false);
  const [shown, setShown] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  const [version, setVersion] = useState(0);
  const [confirm, setConfirm] = useState<null | { kind: 'discard'; then: () => void } | { kind: 'delete' } | { kind: 'import'; data: unknown; count: number }>(null);
  const [view, setView] = useState<'entry' | 'history'>('entry');

  const load = async () => {
    const r = await api<Pack>('GET', '/api/v1/admin/faq/pack');
    if (!r.ok) return setNotice({ kind: 'danger', text: t('failed', { message: r.message }) });
    setPack(r.data);
    setShown((s) => (s.length ? s : firstShown(r.data)));
    return r.data;
  };
  useEffect(() => {
    void load().then((p) => {
      const seed = p && takeNewEntrySeed();
      if (p && seed) startNew(p, seed);
    });
  }, []);

  const saved = pack && param ? pack.entries.find((e) => e.id === param) ?? null : null;
  // Open the entry in the address (unless a new one is being written).
  useEffect(() => {
    if (!pack || isNew) return;
    setDraft(saved ? fromDoc(saved) : null);
    setErrors(NO_ERRORS);
  }, [pack, param, isNew]);

  const doc = draft ? toDoc(draft) : null;
  const dirty = !!doc && (isNew || (saved !== null && !sameEntry(doc, saved)));
  const list = useMemo(() => (pack ? searchEntries(pack.entries, query) : []), [pack, query]);

  /** Leave the open entry, asking first when it has unsaved changes. */
  const leave = (then: () => void) => (dirty ? setConfirm({ kind: 'discard', then }) : then());
  function startNew(p: Pack, seed?: { locale: string; question: string }) {
    setIsNew(true);
    setDraft(emptyDraft(p.locales, seed));
    setErrors(NO_ERRORS);
    setView('entry');
    if (seed && !shown.includes(seed.locale)) setShown((s) => p.locales.filter((l) => l === seed.locale || s.includes(l)));
  }
  const open = (id: string) => leave(() => (setIsNew(false), setView('entry'), navigate('faq', id)));

  /** A refusal: each issue at its field (and the languages with errors shown); the first line as the notice. */
  const refused = (r: ApiFailure) => {
    const issues = r.issues ?? (r.path ? [{ path: r.path, message: r.message }] : []);
    const errs = fieldErrors(issues);
    setErrors(errs);
    if (pack) setShown((s) => pack.locales.filter((l) => s.includes(l) || errs.has(`locales.${l}`)));
    setNotice({ kind: 'danger', text: issues.length > 0 ? t('faq_errors', { n: issues.length }) : t('failed', { message: r.message }) });
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (!doc) return;
    const r = isNew ? await api('POST', '/api/v1/admin/faq/entries', doc) : await api('PUT', `/api/v1/admin/faq/entries/${saved!.id}`, doc);
    if (!r.ok) return refused(r);
    setErrors(NO_ERRORS);
    setNotice({ kind: 'success', text: t('faq_saved') });
    setIsNew(false);
    await load();
    setVersion((v) => v + 1);
    navigate('faq', doc.id);
  };
  const remove = async () => {
    setConfirm(null);
    const r = await api('DELETE', `/api/v1/admin/faq/entries/${saved!.id}`);
    if (!r.ok) return setNotice({ kind: 'danger', text: t('failed', { message: r.message }) });
    setNotice({ kind: 'success', text: t('faq_deleted') });
    await load();
    setVersion((v) => v + 1);
    navigate('faq');
  };
  const pickImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const data: unknown = JSON.parse(await file.text());
      const count = Array.isArray((data as { entries?: unknown }).entries) ? (data as { entries: unknown[] }).entries.length : 0;
      setConfirm({ kind: 'import', data, count });
    } catch {
      setNotice({ kind: 'danger', text: t('faq_import_not_json', { name: file.name }) });
    }
  };
  const runImport = async (data: unknown) => {
    setConfirm(null);
    const r = await api<z.infer<typeof FaqPackImported>>('PUT', '/api/v1/admin/faq/pack', data);
    if (!r.ok) {
      const lines = (r.issues ?? []).slice(0, 5).map((i) => `${i.path}: ${issueText(i.message)}`);
      return setNotice({ kind: 'danger', text: [t('failed', { message: r.issues ? t('faq_errors', { n: r.issues.length }) : r.message }), ...lines].join('\n') });
    }
    setNotice({ kind: 'success', text: t('faq_imported', { n: r.data.entries }) });
    setIsNew(false);
    await load();
    setVersion((v) => v + 1);
  };
  const reverted = async () => {
    setNotice({ kind: 'success', text: t('faq_reverted') });
    setIsNew(false);
    await load();
    setVersion((v) => v + 1);
  };

  const titleOf = (e: Pack['entries'][number]) => entryTitle(e, shown, language());
  const editing = view === 'entry' && draft !== null;
  return (
    <div class={`faq-page${editing || view === 'history' ? ' has-selection' : ''}`}>
      <header class="faq-toolbar">
        <h1 class="page-title">{t('nav_faq')}</h1>
        <div class="faq-tools">
          {!viewing && <button type="button" class="btn btn-sm btn-primary" disabled={!pack} onClick={() => pack && leave(() => startNew(pack))}>{t('faq_new')}</button>}
          <a class="btn btn-sm" href="/api/v1/admin/faq/pack" download="faq-pack.json">{t('faq_export')}</a>
          {!viewing && (
            <label class="btn btn-sm file-button">
              {t('faq_import')}
              <input type="file" accept="application/json,.json" class="sr-only" onChange={pickImport} />
            </label>
          )}
          <button type="button" class="btn btn-sm btn-ghost" aria-pressed={view === 'history'} onClick={() => leave(() => setView(view === 'history' ? 'entry' : 'history'))}>{t('faq_history')}</button>
        </div>
      </header>
      {viewing && <p class="read-only-notice faq-read-only" role="note">{t('faq_read_only')}</p>}
      {notice && <p role={notice.kind === 'danger' ? 'alert' : 'status'} class={`alert alert-${notice.kind} faq-notice`}>{notice.text}</p>}
      <div class="faq-layout">
        <nav class="faq-list-pane" aria-label={t('faq_entries')}>
          <label class="field faq-search">
            <span class="sr-only">{t('faq_search')}</span>
            <input type="search" placeholder={t('faq_search')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          </label>
          <p class="muted faq-count" aria-live="polite">{pack ? t('faq_count', { n: list.length, total: pack.entries.length }) : t('loading')}</p>
          <ul class="faq-list">
            {list.map((e) => (
              <li key={e.id} class={!isNew && e.id === param ? 'selected' : undefined}>
                <button type="button" class="conversation-item" aria-current={!isNew && e.id === param ? 'true' : undefined} onClick={() => open(e.id)}>
                  <span class="faq-item-title">{titleOf(e)}</span>
                  <span class="row-meta"><span class="mono">{e.id}</span>{e.tags.map((tag) => <span key={tag} class="badge">{tag}</span>)}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div class="faq-main">
          <button type="button" class="btn btn-sm btn-ghost back" onClick={() => leave(() => (setIsNew(false), setView('entry'), setDraft(null), navigate('faq')))}>← {t('faq_entries')}</button>
          {view === 'history' ? (
            <FaqHistory version={version} onReverted={reverted} readOnly={viewing} />
          ) : !pack || !draft || !doc ? (
            <p class="empty">{pack && param && !saved ? t('faq_not_found', { id: param }) : t('faq_pick')}</p>
          ) : (
            <>
              <form class="faq-entry" onSubmit={save} aria-labelledby="faq-entry-title" noValidate>
                <div class="faq-entry-head">
                  <h2 id="faq-entry-title">{isNew ? t('faq_new') : <span class="mono">{saved?.id}</span>}</h2>
                  {!viewing && <div class="actions">
                    {dirty && <span class="badge badge-warning">{t('faq_unsaved')}</span>}
                    {!isNew && <button type="button" class="btn btn-sm btn-ghost danger-text" onClick={() => setConfirm({ kind: 'delete' })}>{t('delete')}</button>}
                    <button type="button" class="btn btn-sm" disabled={!dirty} onClick={() => (isNew ? (setIsNew(false), setDraft(saved ? fromDoc(saved) : null)) : setDraft(fromDoc(saved!)), setErrors(NO_ERRORS))}>{t('faq_discard')}</button>
                    <button type="submit" class="btn btn-sm btn-primary" disabled={!dirty}>{t('save')}</button>
                  </div>}
                </div>
                <EntryForm draft={draft} isNew={isNew} locales={pack.locales} shown={shown} onShown={setShown} entries={pack.entries} errors={errors} onChange={setDraft} readOnly={viewing} />
              </form>
              {!viewing && <TryIt locales={pack.locales} draft={dirty ? doc : null} onIssues={refused} />}
              {!isNew && saved && <FaqHistory entryId={saved.id} version={version} onReverted={reverted} readOnly={viewing} />}
            </>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={confirm !== null}
        danger={confirm?.kind !== 'import'}
        title={
          confirm?.kind === 'import' ? t('faq_import_confirm', { n: confirm.count }) : confirm?.kind === 'delete' ? t('faq_delete_confirm', { id: saved?.id ?? '' }) : t('faq_discard_confirm')
        }
        confirmLabel={confirm?.kind === 'import' ? t('faq_import') : confirm?.kind === 'delete' ? t('delete') : t('faq_discard')}
        cancelLabel={t('confirm_cancel')}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          const c = confirm;
          if (c?.kind === 'import') void runImport(c.data);
          else if (c?.kind === 'delete') void remove();
          else if (c?.kind === 'discard') (setConfirm(null), setIsNew(false), c.then());
        }}
      />
    </div>
  );
}
