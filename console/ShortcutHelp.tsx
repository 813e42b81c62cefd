import { ModalDialog } from '../ui/Dialog.tsx';
import { t } from './i18n.ts';
import { SHORTCUTS } from './shortcuts.ts';

/** The `?` overlay: every shortcut and what it does. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ModalDialog
      open={open}
      title={t('shortcuts_title')}
      titleId="shortcuts-title"
      onCancel={onClose}
      actions={<button type="button" class="btn btn-primary" autofocus onClick={onClose}>{t('done')}</button>}
    >
      <dl class="shortcut-list">
        {SHORTCUTS.map((s) => (
          <div key={s.name} class="shortcut-row">
            <dt>{s.keys.map((k) => <kbd key={k}>{k}</kbd>)}</dt>
            <dd>{t(`key_${s.name}`)}</dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}
