import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Files in the chat, shared by the widget and the console: the paperclip button (a real `<input type="file">`,
 * visually hidden inside a styled label whose focus ring shows), the file of a paste or a drop, a size as people
 * read it. Labels come from the caller (each app has its own strings).
 */

/** What the file button offers (the server checks the bytes, whatever the browser says). */
const ACCEPT = 'image/png,image/jpeg,image/webp,image/heic,image/heif,application/pdf';

export function AttachButton({ label, onFile, disabled = false }: { label: string; onFile: (file: File) => void; disabled?: boolean }) {
  return (
    <label class="btn btn-icon attach" title={label} data-disabled={disabled || undefined}>
      <input
        type="file"
        class="visually-hidden"
        accept={ACCEPT}
        aria-label={label}
        disabled={disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M20.5 11.5l-8.3 8.3a5 5 0 0 1-7.1-7.1l8.6-8.6a3.3 3.3 0 0 1 4.7 4.7l-8.6 8.6a1.7 1.7 0 0 1-2.4-2.4l7.9-7.9" />
      </svg>
    </label>
  );
}

/** The first file a paste or a drop carries, else null. */
const fileOf = (data: DataTransfer | null): File | null => data?.files?.[0] ?? null;

/** "2.4 MB", "180 KB". */
export const formatSize = (bytes: number): string => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} KB`);

/**
 * Cut `stem` (its box as wide as flex lets it be while it shows the whole stem) to the longest start that fits with an
 * ellipsis, set as `data-cut` (its ::before says it): the box then ends where the ellipsis does, so the extension
 * follows it at once. CSS's own ellipsis left the rest of the box blank, up to a glyph's width before ".pdf".
 */
function cutToFit(stem: HTMLElement): void {
  stem.removeAttribute('data-cut');
  const room = stem.clientWidth;
  const full = stem.dataset.full ?? '';
  if (stem.scrollWidth <= room) return;
  let [fits, over] = [0, full.length];
  while (over - fits > 1) {
    const mid = (fits + over) >> 1;
    stem.dataset.cut = `${full.slice(0, mid)}…`;
    if (stem.scrollWidth <= room) fits = mid;
    else over = mid;
  }
  stem.dataset.cut = `${full.slice(0, fits)}…`;
}

/**
 * A file that is not a picture, as a download chip: a long name is cut in its middle ("refund-instructions-fo….pdf"):
 * the stem is cut to the room it has (measured again when the window is resized), the extension stays; the full name
 * is its title and its accessible name.
 */
export function FileChip({ file }: { file: { name: string; size: number; url: string } }) {
  const dot = file.name.lastIndexOf('.');
  const cut = dot > 0 && file.name.length - dot <= 6 ? dot : file.name.length;
  const size = formatSize(file.size);
  const stemRef = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const fit = () => stemRef.current && cutToFit(stemRef.current);
    fit();
    addEventListener('resize', fit);
    return () => removeEventListener('resize', fit);
  }, [file.name]);
  return (
    <a class="file-chip" href={file.url} download={file.name} rel="noopener noreferrer" title={file.name} aria-label={`${file.name}, ${size}`}>
      <span class="file-kind" aria-hidden="true">PDF</span>
      <span class="file-name" dir="auto">
        <span class="file-stem" ref={stemRef} data-full={file.name.slice(0, cut)} />
        <span class="file-ext">{file.name.slice(cut)}</span>
      </span>
      <small>{size}</small>
    </a>
  );
}

/** A drag that carries files (not text or a link). */
const dragHasFiles = (e: DragEvent): boolean => e.dataTransfer?.types.includes('Files') === true;

/**
 * The paste and drag-and-drop handlers of an area that takes a file (spread them on its element): `onFile` gets the
 * first file pasted or dropped (null: the area takes none now), `setDragging` shows and hides the drop hint.
 */
export function fileDropHandlers(onFile: ((file: File) => void) | null, setDragging: (on: boolean) => void) {
  const take = (e: Event, data: DataTransfer | null) => {
    const file = fileOf(data);
    if (!file || !onFile) return;
    e.preventDefault();
    onFile(file);
  };
  return {
    onPaste: (e: ClipboardEvent) => take(e, e.clipboardData),
    onDragOver: (e: DragEvent) => {
      if (!onFile || !dragHasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => e.relatedTarget === null && setDragging(false),
    onDrop: (e: DragEvent) => {
      setDragging(false);
      take(e, e.dataTransfer);
    },
  };
}
