import { useState } from 'preact/hooks';
import type { Attachment } from '../protocol/attachment-item.ts';
import { isImageType } from '../protocol/attachment-types.ts';
import { FileChip } from '../ui/attach.tsx';
import { ConfirmDialog } from '../ui/Dialog.tsx';
import { newUploadId, uploadFile, type UploadProblem } from '../ui/upload.ts';
import { t } from './i18n.ts';

/**
 * A message's files in the console: a picture as its thumbnail (a click opens the full picture in a new tab),
 * a PDF as a download; each with a delete button (confirmed; the server records it in the audit log).
 */
export function MessageFiles({ files, onDelete }: { files: readonly Attachment[]; /** None for a viewer: no delete buttons. */ onDelete: ((file: Attachment) => void) | undefined }) {
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  return (
    <div class="files">
      {files.map((f) => (
        <div class="file" key={f.id}>
          {isImageType(f.type) && f.thumbUrl ? (
            <a class="file-thumb" href={f.url} target="_blank" rel="noopener noreferrer" title={f.name} aria-label={t('file_open', { name: f.name })}>
              <img src={f.thumbUrl} alt={f.name} loading="lazy" />
            </a>
          ) : (
            <FileChip file={f} />
          )}
          {onDelete && <button type="button" class="btn btn-sm btn-icon file-delete" aria-label={`${t('file_delete')}: ${f.name}`} title={t('file_delete')} onClick={() => setDeleting(f)}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M4 7h16M9 7V4h6v3m-8 0 1 13h8l1-13" /></svg>
          </button>}
        </div>
      ))}
      <ConfirmDialog
        open={deleting !== null}
        danger
        title={t('file_delete')}
        confirmLabel={t('file_delete_do')}
        cancelLabel={t('confirm_cancel')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) onDelete?.(deleting);
          setDeleting(null);
        }}
      >
        <p>{t('file_delete_confirm', { name: deleting?.name ?? '' })}</p>
      </ConfirmDialog>
    </div>
  );
}

const PROBLEM_TEXT: Record<UploadProblem, string> = { type: 'file_bad_type', size: 'file_too_large', failed: 'file_failed' };

/** An agent's file upload to a conversation assigned to them: the message arrives over the socket like a reply. */
export async function sendAgentFile(conversationId: string, file: File): Promise<string | null> {
  const result = await uploadFile(`/api/v1/conversations/${encodeURIComponent(conversationId)}/attachments`, file, newUploadId(), () => ({}));
  return result === 'ok' ? null : t(PROBLEM_TEXT[result]);
}
