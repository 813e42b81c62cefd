import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AgentInfo } from '../protocol/index.ts';
import { api } from './api.ts';
import { changeLanguage, initLanguage, pickLocale, t } from './i18n.ts';
import { Login } from './Login.tsx';
import { Shell } from './Shell.tsx';
import { applyTheme } from './theme.ts';
import './styles.css';

/**
 * The agents' console: the login page, or the shell once a session exists. The language is the agent's choice
 * (their profile), else the browser's; the theme is this browser's choice, else the system's.
 */
function Console() {
  const [me, setMe] = useState<AgentInfo | null | undefined>(undefined);
  const [, redraw] = useState(0);
  const enter = async (agent: AgentInfo | null) => {
    await changeLanguage(pickLocale(agent?.locale ?? null, navigator.languages));
    setMe(agent);
    redraw((n) => n + 1);
  };
  useEffect(() => {
    void api<{ agent: AgentInfo }>('GET', '/api/v1/auth/me').then((r) => enter(r.ok ? r.data.agent : null));
  }, []);
  if (me === undefined) return <p class="loading">{t('loading')}</p>;
  if (!me) return <Login onLogin={enter} />;
  return <Shell me={me} onMe={enter} onLogout={() => void enter(null)} />;
}

applyTheme();
const mount = document.getElementById('app')!;
void initLanguage(pickLocale(null, navigator.languages), () => render(<Console />, mount)).then(() => render(<Console />, mount));
