import { useEffect, useMemo, useState } from 'preact/hooks';
import { ATTACHMENT_DEFAULT_MAX_BYTES } from '../../../protocol/attachment-types.ts';
import type { TrayProps } from '../Attach.tsx';
import { formatSize } from '../../../ui/attach.tsx';
import { newUploadId, uploadFile, type UploadProblem } from '../../../ui/upload.ts';
import { t } from '../ui-language.ts';

const PROBLEMS: Record<UploadProblem, () => string> = {
  type: () => t('attach_bad_type'),
  size: () => t('attach_too_large', { mb: String(ATTACHMENT_DEFAULT_MAX_BYTES / 1024 / 1024) }),
  failed: () => t('attach_failed'),
};

/**
 * A picked, pasted or dropped file before it is sent: its preview, the reminder never to send a whole card (for
 * a picture), Send and Remove. Sending retries a dropped upload whole with the same client id (the server keeps
 * one message per client id), so nothing is sent twice.
 */
export function Tray({ file, client, onDone }: TrayProps) {
  const picture = file.type.startsWith('image/');
  const preview = useMemo(() => (picture ? URL.createObjectURL(file) : null), [file]);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);
  const clientId = useMemo(newUploadId, [file]);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<UploadProblem | null>(file.size > ATTACHMENT_DEFAULT_MAX_BYTES ? 'size' : null);

  const send = async () => {
    setSending(true);
    setProblem(null);
    const result = await uploadFile('/api/v1/visitor/attachments', file, clientId, () => {
      const target = client.uploadTarget();
      return target && { authorization: `Bearer ${target.token}`, 'x-conversation-id': target.conversationId };
    });
    setSending(false);
    if (result === 'ok') onDone();
    else setProblem(result);
  };

  return (
    <div class="attach-tray" role="group" aria-label={t('attach_button')}>
      {picture && (
        <p class="notice card-notice" role="note">
          {t('attach_card_warning')}
        </p>
      )}
      <div class="attach-item">
        {preview ? <img src={preview} alt="" /> : <span class="file-kind" aria-hidden="true">PDF</span>}
        <span class="file-name" dir="auto">
          {file.name}
          <small>{formatSize(file.size)}</small>
        </span>
        <button type="button" class="btn btn-sm btn-ghost" onClick={onDone} disabled={sending}>
          {t('attach_remove')}
        </button>
        <button type="button" class="btn btn-sm btn-primary" onClick={() => void send()} disabled={sending || problem === 'size' || problem === 'type'}>
          {sending ? t('attach_sending') : t('attach_send')}
        </button>
      </div>
      {problem && (
        <p class="notice attach-problem" role="alert">
          {PROBLEMS[problem]()}
        </p>
      )}
    </div>
  );
}
