import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AgentInfo } from '../protocol/index.ts';
import { applyAppearance } from '../ui/appearance.ts';
import { api } from './api.ts';
import { Desk } from './Desk.tsx';
import { Login } from './Login.tsx';
import './styles.css';

/** The agents' console: the login page, or the desk once a session exists. */
function Console() {
  const [me, setMe] = useState<AgentInfo | null | undefined>(undefined);
  useEffect(() => {
    void api<{ agent: AgentInfo }>('GET', '/api/v1/auth/me').then((r) => setMe(r.ok ? r.data.agent : null));
  }, []);
  if (me === undefined) return <p class="loading">Loading…</p>;
  if (!me) return <Login onLogin={setMe} />;
  return <Desk me={me} onLogout={() => setMe(null)} />;
}

applyAppearance(null, null);
render(<Console />, document.getElementById('app')!);
