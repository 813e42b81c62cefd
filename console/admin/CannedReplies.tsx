import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CannedReply } from '../../protocol/index.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { useApiAction } from './useApiAction.ts';

/**
 * Admin: canned replies (agents type `/shortcut` in the composer); the same shortcut replaces the text. Edit puts a
 * reply's text in the form (its shortcut in the heading), focused with the caret after it, and Save replaces it.
 * The focus never falls to the page: after a save it is in the fresh form's first field (for the next reply), after a
 * delete on the Edit of the reply that took the deleted one's place (the one before it when it was last; none left:
 * the form's first field).
 */
export default function CannedReplies(_: PageProps) {
  const { error, run } = useApiAction();
  const [canned, setCanned] = useState<CannedReply[]>([]);
  const [deleting, setDeleting] = useState<CannedReply | null>(null);
  const [editing, setEditing] = useState<CannedReply | null>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const first = useRef<HTMLInputElement>(null);
  // Where the focus goes once the list is loaded again: the form's first field, or the Edit of the reply at this place.
  const [focusAfter, setFocusAfter] = useState<'form' | number | null>(null);
  useLayoutEffect(() => {
    if (!editing) return;
    const box = text.current;
    box?.focus();
    box?.setSelectionRange(box.value.length, box.value.length); // typing adds to the text, not before it
    box?.scrollIntoView({ block: 'nearest' });
  }, [editing]);
  useLayoutEffect(() => {
    if (focusAfter === null) return;
    setFocusAfter(null);
    const items = list.current?.querySelectorAll<HTMLElement>('.canned-item') ?? [];
    const at = focusAfter === 'form' ? undefined : items[Math.min(focusAfter, items.length - 1)];
    (at?.querySelector('button') ?? first.current)?.focus();
  }, [canned, focusAfter]);
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
      setFocusAfter('form');
    }
  };
  const remove = async (c: CannedReply) => {
    setDeleting(null);
    if (editing?.id === c.id) setEditing(null);
    if (await run(api('DELETE', `/api/v1/canned-replies/${c.id}`))) {
      await load();
      setFocusAfter(canned.indexOf(c));
    }
  };

  return (
    <div class="page-body admin">
      <h1 class="page-title">{t('nav_canned')}</h1>
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
      {canned.length === 0 ? (
        <p class="empty">{t('canned_empty')}</p>
      ) : (
        <ul class="card-list canned-list" ref={list}>
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
        {!editing && <label class="field"><span class="field-label">{t('shortcut')}</span><input ref={first} name="shortcut" pattern="[a-z0-9_\-]{1,32}" title={t('shortcut_rule')} required /></label>}
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
