import { useState } from 'preact/hooks';
import './admin.css';
import { MAX_CHATS, type AgentInfo } from '../../protocol/index.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { NumberStepper } from '../../ui/NumberStepper.tsx';
import { Select } from '../../ui/Select.tsx';
import { api } from '../api.ts';
import { refuse } from '../form-check.ts';
import { t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { useApiAction } from './useApiAction.ts';
import { ChatLimitDialog, chatLimitLabels } from './ChatLimitDialog.tsx';
import { readOnly } from '../role.ts';

const ROLES: AgentInfo['role'][] = ['agent', 'admin', 'viewer'];
/** A new agent's chat limit as the form first offers it (the server's default). */
const DEFAULT_LIMIT = '5';

const PRESENCE_BADGE: Record<AgentInfo['presence'], string> = { online: 'badge-success', away: 'badge-warning', offline: '' };

/** The presence column's badge: a viewer takes no chats, so is signed in (a plain badge, not "Available") or offline. */
function PresenceBadge({ a }: { a: AgentInfo }) {
  if (a.disabled) return <span class="badge badge-warning">{t('disabled')}</span>;
  if (readOnly(a)) return <span class="badge" data-presence={a.presence}>{t(a.presence === 'offline' ? 'presence_offline' : 'presence_signed_in')}</span>;
  return <span class={`badge ${PRESENCE_BADGE[a.presence]}`} data-presence={a.presence}>{t(`presence_${a.presence}`)}</span>;
}

/** Admin: the agents (role — agent, admin or read-only viewer — presence, load and chat limit (changed in a dialog), contact-details permission, two-factor, enable/disable, reset two-factor, remove) and adding one. */
export default function Agents({ me, state: s }: PageProps) {
  const { error, run } = useApiAction();
  const [removing, setRemoving] = useState<AgentInfo | null>(null);
  const [resetting, setResetting] = useState<AgentInfo | null>(null);
  const [limiting, setLimiting] = useState<AgentInfo | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [role, setRole] = useState<AgentInfo['role']>('agent');
  const [limit, setLimit] = useState(DEFAULT_LIMIT);
  const [added, setAdded] = useState(0);
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`role_${r}`) }));
  const patch = (a: AgentInfo, body: Record<string, unknown>) => run(api('PATCH', `/api/v1/agents/${a.id}`, body));
  const addAgent = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const body = { email: f.get('email'), name: f.get('name'), password: f.get('password'), role: f.get('role'), ...(role === 'viewer' ? {} : { maxChats: Number(limit) }), canSeePersonalData: f.get('canSeePersonalData') === 'on' };
    const r = await api('POST', '/api/v1/agents', body);
    if (!r.ok && r.code === 'conflict') return refuse(form.elements.namedItem('email') as HTMLInputElement, t('agent_email_taken'));
    // Added: a fresh form (its fields empty, the role and limit as first offered).
    if (await run(Promise.resolve(r))) (setAdded((n) => n + 1), setRole('agent'), setLimit(DEFAULT_LIMIT));
  };

  return (
    <div class="page-body admin">
      <header class="agents-head">
        <h1 class="page-title">{t('agents_title')}</h1>
        {/* Always in the page, so a screen reader hears what fills it (a saved chat limit). */}
        <div role="status" class="limit-saved">{saved && <p class="alert alert-success">{saved}</p>}</div>
      </header>
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
      <div class="table-wrap">
        <table class="table agents-table">
          <thead>
            <tr><th scope="col">{t('name')}</th><th scope="col">{t('role')}</th><th scope="col">{t('presence')}</th><th scope="col">{t('may_see_contact')}</th><th scope="col"><span class="sr-only">{t('remove')}</span></th></tr>
          </thead>
          <tbody>
            {s.agents.map((a) => (
              <tr key={a.id} data-disabled={a.disabled}>
                <td class="who">
                  <strong>{a.name}</strong>
                  {a.twoFactor && <> <span class="badge badge-success" data-two-factor>{t('tfa_badge')}</span></>}
                  <br /><span class="muted">{a.email}</span>
                </td>
                <td class="role">
                  {a.id === me.id ? (
                    t(`role_${a.role}`)
                  ) : (
                    <Select id={`role-${a.id}`} label={`${t('role')}: ${a.name}`} labelClass="sr-only" value={a.role} onChange={(role) => void patch(a, { role })} options={roleOptions} />
                  )}
                </td>
                <td class="presence">
                  <PresenceBadge a={a} />
                  {!readOnly(a) && (
                    <span class="limit">
                      <span class="muted chats">{t('chats_of', { active: a.activeChats, max: a.maxChats })}</span>
                      <button type="button" class="btn btn-sm btn-ghost limit-change" aria-label={`${t('chat_limit_change')}: ${a.name}`} onClick={() => (setSaved(null), setLimiting(a))}>{t('chat_limit_change')}</button>
                    </span>
                  )}
                </td>
                <td class="contact" data-label={t('may_see_contact')}>
                  {a.role !== 'admin' ? (
                    <label class="switch-target">
                      <input type="checkbox" role="switch" aria-label={`${t('may_see_contact')}: ${a.name}`} checked={a.canSeePersonalData} disabled={a.id === me.id} onChange={() => patch(a, { canSeePersonalData: !a.canSeePersonalData })} />
                    </label>
                  ) : (
                    <span class="muted">{t('contact_always_admin')}</span>
                  )}
                </td>
                <td class="row-actions">
                  {a.id !== me.id && (
                    <>
                      {a.twoFactor && <button type="button" class="btn btn-sm" onClick={() => setResetting(a)}>{t('tfa_reset')}</button>}
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
      <form key={added} noValidate class="card form-grid" onSubmit={addAgent} aria-labelledby="add-agent">
        <h2 id="add-agent">{t('agent_add')}</h2>
        <label class="field"><span class="field-label">{t('name')}</span><input name="name" required maxLength={80} /></label>
        <label class="field"><span class="field-label">{t('email')}</span><input name="email" type="email" required /></label>
        <label class="field"><span class="field-label">{t('password_min')}</span><input name="password" type="password" autocomplete="new-password" minLength={10} required /></label>
        <div class="field"><Select id="agent-role" name="role" label={t('role')} value={role} onChange={setRole} options={roleOptions} /></div>
        {role === 'viewer' ? (
          <p class="field-hint viewer-hint">{t('role_viewer_hint')}</p>
        ) : (
          <NumberStepper id="agent-max-chats" label={t('chat_limit')} min={MAX_CHATS.min} max={MAX_CHATS.max} value={limit} onChange={setLimit} labels={chatLimitLabels()} />
        )}
        <label class="choice"><input name="canSeePersonalData" type="checkbox" /> {t('may_see_contact')}</label>
        <div class="form-actions"><button type="submit" class="btn btn-primary">{t('agent_add')}</button></div>
      </form>
      <ChatLimitDialog
        agent={limiting}
        onCancel={() => setLimiting(null)}
        onSaved={(a) => (setLimiting(null), setSaved(t('chat_limit_saved', { name: a.name, max: a.maxChats })))}
      />
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
      <ConfirmDialog
        open={resetting !== null}
        danger
        title={t('tfa_reset_confirm', { name: resetting?.name ?? '' })}
        confirmLabel={t('tfa_reset')}
        cancelLabel={t('confirm_cancel')}
        onCancel={() => setResetting(null)}
        onConfirm={() => (void run(api('DELETE', `/api/v1/agents/${resetting!.id}/2fa`)), setResetting(null))}
      >
        <p>{t('tfa_reset_body')}</p>
      </ConfirmDialog>
    </div>
  );
}
