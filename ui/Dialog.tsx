import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A modal on the native <dialog> (showModal: focus moves in and is trapped, Escape cancels, the page behind is
 * inert), styled by ui/controls.css. `actions` are its buttons, at the end.
 */
export function ModalDialog(props: { open: boolean; title: string; titleId: string; children?: ComponentChildren; actions: ComponentChildren; onCancel: () => void; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  // Shown and shut in the commit that drew it, not after the next paint: until then Escape pressed at once went to the
  // button that opened it (the dialog stayed open), and a second click on its confirm button (a double click) confirmed twice.
  useLayoutEffect(() => {
    const dialog = ref.current!;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog ref={ref} class={`dialog${props.wide ? ' dialog-wide' : ''}`} aria-labelledby={props.titleId} onCancel={(e) => (e.preventDefault(), props.onCancel())}>
      <h2 id={props.titleId}>{props.title}</h2>
      {props.children}
      <div class="dialog-actions">{props.actions}</div>
    </dialog>
  );
}

/**
 * A confirmation. The confirm button is focused first unless `danger`, where Cancel is, so Enter never
 * destroys by accident.
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
  return (
    <ModalDialog
      open={props.open}
      title={props.title}
      titleId="confirm-title"
      onCancel={props.onCancel}
      actions={
        <>
          <button type="button" class="btn" autofocus={props.danger} onClick={props.onCancel}>{props.cancelLabel}</button>
          <button type="button" class={`btn ${props.danger ? 'btn-danger' : 'btn-primary'}`} autofocus={!props.danger} onClick={props.onConfirm}>{props.confirmLabel}</button>
        </>
      }
    >
      {props.children}
    </ModalDialog>
  );
}
