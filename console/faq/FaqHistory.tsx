import { useEffect, useState } from 'preact/hooks';
import type { FaqEdit, FaqHistory as FaqHistoryBody } from '../../protocol/index.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { api } from '../api.ts';
import { formatWhen, language, t } from '../i18n.ts';
import { entryChanges } from './faq-draft.ts';

function Diff({ edit }: { edit: FaqEdit }) {
  if (edit.action === 'import') return <p class="muted">{t('faq_history_import')}</p>;
  const changes = entryChanges(edit.before, edit.after);
  if (changes.length === 0) return <p class="muted">{t('faq_history_same')}</p>;
  return (
    <dl class="diff">
      {changes.map((c) => (
        <div key={c.field} class="diff-row">
          <dt>{c.field}</dt>
          <dd>
            {c.removed || c.added ? (
              <ul class="diff-list">
                {c.removed?.map((x) => <li key={`-${x}`}><del>{x}</del></li>)}
                {c.added?.map((x) => <li key={`+${x}`}><ins>{x}</ins></li>)}
              </ul>
            ) : (
              <>
                {c.before && <del>{c.before}</del>}
                {c.after && <ins>{c.after}</ins>}
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The FAQ's edits, newest first (one entry's, or all of them with imports): who, when, what, the fields before and
 * after, and a revert (asked first). `version` reloads it after an edit elsewhere; `onReverted` after a revert.
 */
export function FaqHistory(props: { entryId?: string; version: number; onReverted: () => void; /** A viewer: no revert. */ readOnly?: boolean }) {
  const [edits, setEdits] = useState<FaqEdit[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [reverting, setReverting] = useState<FaqEdit | null>(null);
  const [error, setError] = useState<string | null>(null);
  const query = props.entryId ? `?entry=${encodeURIComponent(props.entryId)}&limit=20` : '?limit=100';
  const load = () => api<FaqHistoryBody>('GET', `/api/v1/admin/faq/history${query}`).then((r) => (r.ok ? setEdits(r.data.edits) : setError(r.message)));
  useEffect(() => void load(), [query, props.version]);
  const revert = async (edit: FaqEdit) => {
    setReverting(null);
    const r = await api('POST', `/api/v1/admin/faq/history/${edit.id}/revert`, {});
    setError(r.ok ? null : t('failed', { message: r.message }));
    if (r.ok) props.onReverted();
  };
  const when = (ms: number) => new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  return (
    <section class="card faq-history" aria-labelledby="faq-history-title">
      <h2 id="faq-history-title">{t('faq_history')}</h2>
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
      {edits === null ? (
        <p class="loading">{t('loading')}</p>
      ) : edits.length === 0 ? (
        <p class="empty">{t('faq_history_empty')}</p>
      ) : (
        <ol class="history-list">
          {edits.map((e) => (
            <li key={e.id} class="history-item" data-edit={e.id} data-action={e.action}>
              <div class="row-top">
                <button type="button" class="link history-toggle" aria-expanded={open === e.id} onClick={() => setOpen(open === e.id ? null : e.id)}>
                  <strong>{t(`faq_action_${e.action}`)}</strong> {e.entryId && <span class="kbd">{e.entryId}</span>}
                </button>
                <span class="when" title={when(e.at)}>{formatWhen(e.at)}</span>
              </div>
              <div class="row-meta">
                <span>{e.agentName ?? t('faq_history_system')}</span>
                {!props.readOnly && <button type="button" class="btn btn-sm btn-ghost" onClick={() => setReverting(e)}>{t('faq_revert')}</button>}
              </div>
              {open === e.id && <Diff edit={e} />}
            </li>
          ))}
        </ol>
      )}
      <ConfirmDialog
        open={reverting !== null}
        danger
        title={t('faq_revert_confirm', { what: reverting ? `${t(`faq_action_${reverting.action}`)} ${reverting.entryId ?? ''}`.trim() : '' })}
        confirmLabel={t('faq_revert')}
        cancelLabel={t('confirm_cancel')}
        onCancel={() => setReverting(null)}
        onConfirm={() => void revert(reverting!)}
      />
    </section>
  );
}
