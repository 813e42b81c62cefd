import { useState } from 'preact/hooks';
import type { AgentInfo } from '../../protocol/index.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { useApiAction } from './useApiAction.ts';

/** Admin: the agents (role, presence, load, contact-details permission, enable/disable, remove) and adding one. */
export default function Agents({ me, state: s }: PageProps) {
  const { error, run } = useApiAction();
  const [removing, setRemoving] = useState<AgentInfo | null>(null);
  const patch = (a: AgentInfo, body: Record<string, unknown>) => run(api('PATCH', `/api/v1/agents/${a.id}`, body));
  const addAgent = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const body = { email: f.get('email'), name: f.get('name'), password: f.get('password'), role: f.get('role'), maxChats: Number(f.get('maxChats')), canSeePersonalData: f.get('canSeePersonalData') === 'on' };
    if (await run(api('POST', '/api/v1/agents', body))) form.reset();
  };

  return (
    <div class="page-body admin">
      <h1 class="page-title">{t('agents_title')}</h1>
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr><th scope="col">{t('name')}</th><th scope="col">{t('role')}</th><th scope="col">{t('presence')}</th><th scope="col">{t('may_see_contact')}</th><th scope="col"><span class="sr-only">{t('remove')}</span></th></tr>
          </thead>
          <tbody>
            {s.agents.map((a) => (
              <tr key={a.id} data-disabled={a.disabled}>
                <td><strong>{a.name}</strong><br /><span class="muted">{a.email}</span></td>
                <td>{t(`role_${a.role}`)}</td>
                <td>
                  {a.disabled ? <span class="badge badge-warning">{t('disabled')}</span> : <span class="badge">{t(`presence_${a.presence === 'away' ? 'away' : 'online'}`)}</span>}
                  <br /><span class="muted">{t('chats_of', { active: a.activeChats, max: a.maxChats })}</span>
                </td>
                <td>
                  {a.role === 'agent' ? (
                    <input type="checkbox" role="switch" aria-label={`${t('may_see_contact')}: ${a.name}`} checked={a.canSeePersonalData} disabled={a.id === me.id} onChange={() => patch(a, { canSeePersonalData: !a.canSeePersonalData })} />
                  ) : '—'}
                </td>
                <td class="row-actions">
                  {a.id !== me.id && (
                    <>
                      <button type="button" class="btn btn-sm" onClick={() => patch(a, { disabled: !a.disabled })}>{a.disabled ? t('enable') : t('disable')}</button>
                      <button type="button" class="btn btn-sm btn-ghost danger-text" onClick={() => setRemoving(a)}>{t('remove')}</button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form class="card form-grid" onSubmit={addAgent} aria-labelledby="add-agent">
        <h2 id="add-agent">{t('agent_add')}</h2>
        <label class="field"><span class="field-label">{t('name')}</span><input name="name" required maxLength={80} /></label>
        <label class="field"><span class="field-label">{t('email')}</span><input name="email" type="email" required /></label>
        <label class="field"><span class="field-label">{t('password_min')}</span><input name="password" type="password" autocomplete="new-password" minLength={10} required /></label>
        <label class="field"><span class="field-label">{t('role')}</span><select name="role"><option value="agent">{t('role_agent')}</option><option value="admin">{t('role_admin')}</option></select></label>
        <label class="field"><span class="field-label">{t('chat_limit')}</span><input name="maxChats" type="number" min={1} max={50} value={5} /></label>
        <label class="choice"><input name="canSeePersonalData" type="checkbox" /> {t('may_see_contact')}</label>
        <div class="form-actions"><button type="submit" class="btn btn-primary">{t('agent_add')}</button></div>
      </form>
      <ConfirmDialog
        open={removing !== null}
        danger
        title={t('confirm_remove_agent', { name: removing?.name ?? '' })}
        confirmLabel={t('remove')}
        cancelLabel={t('confirm_cancel')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => (void run(api('DELETE', `/api/v1/agents/${removing!.id}`)), setRemoving(null))}
      >
        <p>{t('confirm_remove_agent_body')}</p>
      </ConfirmDialog>
    </div>
  );
}
