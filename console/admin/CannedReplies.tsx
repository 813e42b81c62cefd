import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CannedReply } from '../../protocol/index.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { useApiAction } from './useApiAction.ts';

/**
 * Admin: canned replies (agents type `/shortcut` in the composer); the same shortcut replaces the text. Edit puts a
 * reply's text in the form (its shortcut in the heading), focused, and Save replaces it.
 */
export default function CannedReplies(_: PageProps) {
  const { error, run } = useApiAction();
  const [canned, setCanned] = useState<CannedReply[]>([]);
  const [deleting, setDeleting] = useState<CannedReply | null>(null);
  const [editing, setEditing] = useState<CannedReply | null>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    if (!editing) return;
    text.current?.focus();
    text.current?.scrollIntoView({ block: 'nearest' });
  }, [editing]);
  const load = () => api<{ cannedReplies: CannedReply[] }>('GET', '/api/v1/canned-replies').then((r) => r.ok && setCanned(r.data.cannedReplies));
  useEffect(() => void load(), []);
  const add = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    if (await run(api('POST', '/api/v1/canned-replies', { shortcut: editing?.shortcut ?? f.get('shortcut'), text: f.get('text') }))) {
      form.reset();
      setEditing(null);
      await load();
    }
  };
  const remove = async (c: CannedReply) => {
    setDeleting(null);
    if (editing?.id === c.id) setEditing(null);
    if (await run(api('DELETE', `/api/v1/canned-replies/${c.id}`))) await load();
  };

  return (
    <div class="page-body admin">
      <h1 class="page-title">{t('nav_canned')}</h1>
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
      {canned.length === 0 ? (
        <p class="empty">{t('canned_empty')}</p>
      ) : (
        <ul class="card-list canned-list">
          {canned.map((c) => (
            <li key={c.id} class="card canned-item">
              <strong class="kbd">/{c.shortcut}</strong>
              <p>{c.text}</p>
              <span class="row-actions">
                <button type="button" class="btn btn-sm" aria-label={`${t('edit')} /${c.shortcut}`} onClick={() => setEditing(c)}>{t('edit')}</button>
                <button type="button" class="btn btn-sm btn-ghost danger-text" aria-label={`${t('delete')} /${c.shortcut}`} onClick={() => setDeleting(c)}>{t('delete')}</button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form noValidate class="card form-grid" onSubmit={add} aria-labelledby="add-canned" key={editing?.id ?? 'new'}>
        <h2 id="add-canned">{editing ? t('canned_edit', { shortcut: editing.shortcut }) : t('canned_add')}</h2>
        {!editing && <label class="field"><span class="field-label">{t('shortcut')}</span><input name="shortcut" pattern="[a-z0-9_\-]{1,32}" title={t('shortcut_rule')} required /></label>}
        <label class="field wide"><span class="field-label">{t('text')}</span><textarea ref={text} name="text" required defaultValue={editing?.text ?? ''} /></label>
        <div class="form-actions">
          {editing && <button type="button" class="btn" onClick={() => setEditing(null)}>{t('confirm_cancel')}</button>}
          <button type="submit" class="btn btn-primary">{t('save')}</button>
        </div>
      </form>
      <ConfirmDialog
        open={deleting !== null}
        danger
        title={t('confirm_delete_canned', { shortcut: deleting?.shortcut ?? '' })}
        confirmLabel={t('delete')}
        cancelLabel={t('confirm_cancel')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => void remove(deleting!)}
      />
    </div>
  );
}
