import type { AgentInfo } from '../../protocol/index.ts';
import { t } from '../i18n.ts';
import { TwoFactorSettings } from './TwoFactorSettings.tsx';

/**
 * The whole console for an agent whom the admins require to use two-factor sign-in and who has not set it up:
 * the server answers nothing else (403 `two_factor_setup_required`) until it is on. Its own chunk.
 */
export default function TwoFactorRequired({ me, onDone, onLogout }: { me: AgentInfo; onDone: (agent: AgentInfo) => void; onLogout: () => void }) {
  return (
    <main class="tfa-required">
      <h1>{t('tfa_required_title')}</h1>
      <TwoFactorSettings me={me} onMe={(agent) => agent.twoFactor && onDone(agent)} />
      <div><button type="button" class="btn btn-ghost" onClick={onLogout}>{t('log_out')}</button></div>
    </main>
  );
}
