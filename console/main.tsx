import { render, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AgentInfo, TwoFactorStatus } from '../protocol/index.ts';
import { api } from './api.ts';
import { installFormCheck } from './form-check.ts';
import { changeLanguage, initLanguage, pickLocale, t } from './i18n.ts';
import { takeSetupToken } from './setup-token.ts';
import { useLazy } from './use-lazy.ts';
import { dropDrafts } from './drafts.ts';
import { Shell } from './Shell.tsx';
import { applyTheme } from './theme.ts';
import './styles.css';

type LoginPage = typeof import('./Login.tsx').Login;
type SetupGate = ComponentType<{ me: AgentInfo; onDone: (agent: AgentInfo) => void; onLogout: () => void }>;

/** The two-factor setup screen (its own chunk) when the admins require it of this agent and it is off, else null. */
async function setupGate(agent: AgentInfo | null): Promise<SetupGate | null> {
  if (!agent || agent.twoFactor) return null;
  const status = await api<TwoFactorStatus>('GET', '/api/v1/auth/2fa');
  return status.ok && status.data.required ? (await import('./security/TwoFactorRequired.tsx')).default : null;
}

/**
 * The agents' console: the login page, the two-factor setup the admins require, or the shell once a session
 * exists (the login and first-run pages are chunks of their own, fetched before they are shown). The language is the agent's choice (their profile), else the browser's; the theme is this browser's
 * choice, else the system's.
 */
function Console() {
  const [me, setMe] = useState<AgentInfo | null | undefined>(undefined);
  const [gate, setGate] = useState<SetupGate | null>(null);
  const [setupToken, setSetupToken] = useState(takeSetupToken);
  useEffect(() => {
    // The link pasted into a tab that shows the console already: only the fragment changes.
    const onHash = () => {
      const token = takeSetupToken();
      if (token) setSetupToken(token);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  // The first-run page (its own chunk), fetched beside the session check: no flash, and nothing of it in the first load.
  const SetupPage = useLazy(() => import('./Setup.tsx').then((m) => m.Setup), setupToken !== null);
  // The login page too (an agent with a session never needs it): fetched before the console says who is signed in.
  const [LoginPage, setLoginPage] = useState<LoginPage | null>(null);
  const [, redraw] = useState(0);
  const enter = async (agent: AgentInfo | null) => {
    await changeLanguage(pickLocale(agent?.locale ?? null, navigator.languages));
    if (!agent) setLoginPage(await import('./Login.tsx').then((m) => () => m.Login));
    const required = await setupGate(agent);
    setGate(() => required);
    setMe(agent);
    redraw((n) => n + 1);
  };
  const logout = async () => {
    await api('POST', '/api/v1/auth/logout');
    dropDrafts();
    await enter(null);
  };
  useEffect(() => {
    void api<{ agent: AgentInfo }>('GET', '/api/v1/auth/me').then((r) => enter(r.ok ? r.data.agent : null));
  }, []);
  if (me === undefined) return <p class="loading">{t('loading')}</p>;
  if (!me && setupToken) return SetupPage ? <SetupPage token={setupToken} onDone={enter} onLogin={() => setSetupToken(null)} /> : <p class="loading">{t('loading')}</p>;
  if (!me) return LoginPage ? <LoginPage onLogin={enter} /> : <p class="loading">{t('loading')}</p>;
  if (gate) {
    const Gate = gate;
    return <Gate me={me} onDone={enter} onLogout={() => void logout()} />;
  }
  return <Shell me={me} onMe={enter} onLogout={() => void enter(null)} />;
}

applyTheme();
installFormCheck(document);
const mount = document.getElementById('app')!;
void initLanguage(pickLocale(null, navigator.languages), () => render(<Console />, mount)).then(() => render(<Console />, mount));
