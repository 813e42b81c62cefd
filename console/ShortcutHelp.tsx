import { ModalDialog } from '../ui/Dialog.tsx';
import { t } from './i18n.ts';
import { PLACES, SHORTCUTS, type ShortcutName } from './shortcuts.ts';

/** How a key is written on its cap. */
const CAPS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc', Meta: '⌘' };

/** The `?` overlay: every key the inbox answers and what it does, by where it works (a viewer: the keys that only read). */
export function ShortcutHelp({ open, onClose, readOnly }: { open: boolean; onClose: () => void; readOnly: boolean }) {
  const names = (Object.keys(SHORTCUTS) as ShortcutName[]).filter((name) => !(readOnly && 'writes' in SHORTCUTS[name]));
  return (
    <ModalDialog
      open={open}
      title={t('shortcuts_title')}
      titleId="shortcuts-title"
      wide
      onCancel={onClose}
      actions={<button type="button" class="btn btn-primary" autofocus onClick={onClose}>{t('done')}</button>}
    >
      <div class="shortcut-groups">
        {PLACES.filter((where) => names.some((name) => SHORTCUTS[name].where === where)).map((where) => (
          <section key={where} class="shortcut-group" aria-labelledby={`keys-${where}`}>
            <h3 id={`keys-${where}`}>{t(`keys_${where}`)}</h3>
            <dl class="shortcut-list">
              {names.filter((name) => SHORTCUTS[name].where === where).map((name) => (
                <div key={name} class="shortcut-row" data-shortcut={name}>
                  <dt>{SHORTCUTS[name].keys.map((key) => <kbd key={key}>{key.split('+').map((k) => CAPS[k] ?? k).join(' + ')}</kbd>)}</dt>
                  <dd>{t(`key_${name}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </ModalDialog>
  );
}
