import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { LanguageMenuProps } from './language/LanguageMenu.tsx';
import type { ChatClient } from './chat/client.ts';
import { t } from './ui-language.ts';

let menuChunk: Promise<ComponentType<LanguageMenuProps> | null> | null = null;
/** The menu's chunk, fetched once; null when it did not come (a flaky network): the next press fetches it again. */
const loadMenu = () => (menuChunk ??= import('./language/LanguageMenu.tsx').then((m) => m.LanguageMenu, () => (menuChunk = null)));

/**
 * The visitor's own choice of language, in the header: a globe named in the widget's language. The menu behind it (the
 * twelve languages, its keys, its styles) is its own chunk, fetched when the globe is pointed at or focused and opened
 * on its first press (a press while it cannot come does nothing, and the next tries again); from then on the menu's
 * own button takes its place.
 */
export function LanguageButton({ client }: { client: ChatClient }) {
  const [Menu, setMenu] = useState<ComponentType<LanguageMenuProps> | null>(null);
  if (Menu) return <Menu client={client} icon={GLOBE} />;
  return (
    <button
      type="button"
      class="btn btn-ghost btn-icon"
      aria-label={t('language_menu')}
      aria-haspopup="menu"
      aria-expanded="false"
      onPointerEnter={loadMenu}
      onFocus={loadMenu}
      onClick={() => void loadMenu().then((c) => c && setMenu(() => c))}
    >
      {GLOBE}
    </button>
  );
}

const GLOBE = (
  <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
    <g fill="none" stroke="currentColor" stroke-width="1.8">
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
    </g>
  </svg>
);
