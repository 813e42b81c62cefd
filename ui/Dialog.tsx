import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A modal confirmation on the native <dialog> (showModal: focus moves in and is trapped, Escape cancels, the
 * page behind is inert), styled by ui/controls.css. The confirm button is focused first unless `danger`, where
 * Cancel is, so Enter never destroys by accident.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children?: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog ref={ref} class="dialog" aria-labelledby="confirm-title" onCancel={(e) => (e.preventDefault(), props.onCancel())}>
      <h2 id="confirm-title">{props.title}</h2>
      {props.children}
      <div class="dialog-actions">
        <button type="button" class="btn" autofocus={props.danger} onClick={props.onCancel}>{props.cancelLabel}</button>
        <button type="button" class={`btn ${props.danger ? 'btn-danger' : 'btn-primary'}`} autofocus={!props.danger} onClick={props.onConfirm}>{props.confirmLabel}</button>
      </div>
    </dialog>
  );
}
