import { useState } from 'preact/hooks';
import type { ChatClient, ChatSnapshot } from './chat/client.ts';
import { Channels } from './Channels.tsx';
import { LanguageButton } from './LanguageButton.tsx';
import { reachLine } from './reach.ts';
import { t } from './ui-language.ts';

/**
 * The header: the title; one status line (the connection while it is not up, else whether people can answer
 * and when); the visitor's own choice of language; a menu with the other channels, at any time; and close.
 */
export function Header({ s, client, onClose }: { s: ChatSnapshot; client: ChatClient; onClose: () => void }) {
  const [menu, setMenu] = useState(false);
  const agent = s.status === 'assigned' ? (s.agentName ?? t('author_agent')) : null;
  const line = s.connection === 'online' ? (reachLine(s.handoff.reach, agent) ?? t('state_online')) : t(`state_${s.connection}`);
  return (
    <header>
      <div class="title">
        <h1>{t('title')}</h1>
        <p class="connection" data-state={s.connection} data-reach={s.handoff.reach?.kind} role="status">
          <span class="dot" aria-hidden="true" />
          {line}
        </p>
      </div>
      <LanguageButton client={client} />
      {s.channels && (
        <button type="button" class="btn btn-ghost btn-icon" aria-label={t('channels_menu')} aria-expanded={menu} aria-controls="channels-menu" onClick={() => setMenu(!menu)}>
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" /></svg>
        </button>
      )}
      <button type="button" class="btn btn-ghost btn-icon close" aria-label={t('close')} onClick={onClose}>
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path stroke="currentColor" stroke-width="2.2" stroke-linecap="round" d="M6 6l12 12M18 6L6 18" /></svg>
      </button>
      {menu && s.channels && (
        <div class="channels-panel" id="channels-menu" role="region" aria-label={t('channels_title')} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setMenu(false))}>
          <p class="panel-title">{t('channels_title')}</p>
          <Channels channels={s.channels} />
        </div>
      )}
    </header>
  );
}
