import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Attachment } from '../../protocol/attachment-item.ts';
import { isImageType } from '../../protocol/attachment-types.ts';
import type { ChatClient } from './chat/client.ts';
import { t } from './ui-language.ts';
import { FileChip } from '../../ui/attach.tsx';

export interface TrayProps {
  file: File;
  client: ChatClient;
  onDone: () => void;
}
let tray: Promise<ComponentType<TrayProps>> | null = null;

/** The tray (preview, the card reminder, the upload and its retries) is its own chunk, fetched when a file is first picked. */
export function AttachTray(props: TrayProps) {
  const [Tray, setTray] = useState<ComponentType<TrayProps> | null>(null);
  useEffect(() => {
    void (tray ??= import('./attach/Tray.tsx').then((m) => m.Tray)).then((c) => setTray(() => c));
  }, []);
  return Tray ? <Tray {...props} /> : null;
}

/** A message's files: a picture as its thumbnail (opens the full picture), anything else as a download. */
export function MessageFiles({ files }: { files: readonly Attachment[] }) {
  return (
    <div class="files">
      {files.map((f) =>
        isImageType(f.type) && f.thumbUrl ? (
          <a key={f.id} class="file-thumb" href={f.url} target="_blank" rel="noopener noreferrer" aria-label={t('attach_open', { name: f.name })}>
            <img src={f.thumbUrl} alt={f.name} loading="lazy" />
          </a>
        ) : (
          <FileChip key={f.id} file={f} />
        ),
      )}
    </div>
  );
}
