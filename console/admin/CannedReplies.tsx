import { useEffect, useState } from 'preact/hooks';
import type { CannedReply } from '../../protocol/index.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { useApiAction } from './useApiAction.ts';

/** Admin: canned replies (agents type `/shortcut` in the composer); the same shortcut replaces the text. */
export default function CannedReplies(_: PageProps) {
  const { error, run } = useApiAction();
  const [canned, setCanned] = useState<CannedReply[]>([]);
  const [deleting, setDeleting] = useState<CannedReply | null>(null);
  const load = () => api<{ cannedReplies: CannedReply[] }>('GET', '/api/v1/canned-replies').then((r) => r.ok && setCanned(r.data.cannedReplies));
  useEffect(() => void load(), []);
  const add = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    if (await run(api('POST', '/api/v1/canned-replies', { shortcut: f.get('shortcut'), text: f.get('text') }))) {
      form.reset();
      await load();
    }
  };
  const remove = async (c: CannedReply) => {
    setDeleting(null);
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
              <button type="button" class="btn btn-sm btn-ghost danger-text" onClick={() => setDeleting(c)}>{t('delete')}</button>
            </li>
          ))}
        </ul>
      )}
      <form noValidate class="card form-grid" onSubmit={add} aria-labelledby="add-canned">
        <h2 id="add-canned">{t('canned_add')}</h2>
        <label class="field"><span class="field-label">{t('shortcut')}</span><input name="shortcut" pattern="[a-z0-9_\-]{1,32}" title={t('shortcut_rule')} required /></label>
        <label class="field wide"><span class="field-label">{t('text')}</span><textarea name="text" required rows={3} /></label>
        <div class="form-actions"><button type="submit" class="btn btn-primary">{t('save')}</button></div>
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
