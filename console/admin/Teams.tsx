import { useEffect, useState } from 'preact/hooks';
import './admin.css';
import type { AgentInfo, Hours, Label, Team } from '../../protocol/index.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { api } from '../api.ts';
import { t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { reloadTeams, useTeams } from '../teams-data.ts';
import { DEFAULT_HOURS, HoursEditor } from './HoursEditor.tsx';
import { useApiAction } from './useApiAction.ts';

const topicsOf = (text: string) => [...new Set(text.split(/[,，、]/).map((x) => x.trim().toLowerCase()).filter(Boolean))];

interface TeamDraft {
  id: string | null;
  name: string;
  memberIds: string[];
  topics: string;
  hours: Hours | null;
}
const NEW_TEAM: TeamDraft = { id: null, name: '', memberIds: [], topics: '', hours: null };

function LabelForm({ label, onSaved, onCancel, run }: { label: Label | null; onSaved: () => void; onCancel: () => void; run: ReturnType<typeof useApiAction>['run'] }) {
  const submit = async (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const body = { name: String(f.get('name') ?? ''), topics: topicsOf(String(f.get('topics') ?? '')) };
    if (await run(label ? api('PUT', `/api/v1/admin/labels/${label.id}`, body) : api('POST', '/api/v1/admin/labels', body))) {
      (e.target as HTMLFormElement).reset();
      onSaved();
    }
  };
  return (
    <form noValidate class="card form-grid" onSubmit={submit} aria-labelledby="label-form" key={label?.id ?? 'new'}>
      <h2 id="label-form">{label ? t('label_edit', { name: label.name }) : t('label_new')}</h2>
      <label class="field"><span class="field-label">{t('list_name')}</span><input name="name" required maxLength={40} defaultValue={label?.name ?? ''} /></label>
      <label class="field wide">
        <span class="field-label">{t('topics')}</span>
        <input name="topics" defaultValue={label?.topics.join(', ') ?? ''} aria-describedby="label-topics-hint" />
        <span class="field-hint" id="label-topics-hint">{t('topics_hint')}</span>
      </label>
      <div class="form-actions">
        {label && <button type="button" class="btn" onClick={onCancel}>{t('confirm_cancel')}</button>}
        <button type="submit" class="btn btn-primary">{t('save')}</button>
      </div>
    </form>
  );
}

function TeamForm({ draft, agents, onSaved, onCancel, run }: { draft: TeamDraft; agents: AgentInfo[]; onSaved: () => void; onCancel: () => void; run: ReturnType<typeof useApiAction>['run'] }) {
  const [d, setD] = useState(draft);
  useEffect(() => setD(draft), [draft]);
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { name: d.name, memberIds: d.memberIds, topics: topicsOf(d.topics), hours: d.hours };
    if (await run(d.id ? api('PUT', `/api/v1/admin/teams/${d.id}`, body) : api('POST', '/api/v1/admin/teams', body))) onSaved();
  };
  const toggle = (id: string, on: boolean) => setD({ ...d, memberIds: on ? [...d.memberIds, id] : d.memberIds.filter((x) => x !== id) });
  return (
    <form noValidate class="card form-grid" onSubmit={submit} aria-labelledby="team-form">
      <h2 id="team-form">{d.id ? t('team_edit', { name: draft.name }) : t('team_new')}</h2>
      <label class="field"><span class="field-label">{t('list_name')}</span><input required maxLength={40} value={d.name} onInput={(e) => setD({ ...d, name: e.currentTarget.value })} /></label>
      <label class="field wide">
        <span class="field-label">{t('topics')}</span>
        <input value={d.topics} aria-describedby="team-topics-hint" onInput={(e) => setD({ ...d, topics: e.currentTarget.value })} />
        <span class="field-hint" id="team-topics-hint">{t('topics_hint')}</span>
      </label>
      <fieldset class="wide members">
        <legend class="field-label">{t('team_members')}</legend>
        <div class="choices">
          {agents.map((a) => (
            <label key={a.id} class="choice"><input type="checkbox" checked={d.memberIds.includes(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} /> {a.name}</label>
          ))}
        </div>
        <span class="field-hint">{t('team_members_hint')}</span>
      </fieldset>
      <div class="wide">
        <label class="choice">
          <input type="checkbox" role="switch" checked={d.hours !== null} onChange={(e) => setD({ ...d, hours: e.currentTarget.checked ? DEFAULT_HOURS : null })} />
          {t('team_own_hours')}
        </label>
        {d.hours ? <HoursEditor idPrefix="team" value={d.hours} onChange={(hours) => setD({ ...d, hours })} /> : <p class="field-hint">{t('team_site_hours')}</p>}
      </div>
      <div class="form-actions">
        {d.id && <button type="button" class="btn" onClick={onCancel}>{t('confirm_cancel')}</button>}
        <button type="submit" class="btn btn-primary">{t('save')}</button>
      </div>
    </form>
  );
}

/** Admin: labels (agents put them on conversations) and teams (members, FAQ topics, own hours): each team a queue. */
export default function Teams({ state: s }: PageProps) {
  const { error, run } = useApiAction();
  const { labels, teams } = useTeams();
  const [editingLabel, setEditingLabel] = useState<Label | null>(null);
  const [team, setTeam] = useState<TeamDraft>(NEW_TEAM);
  const [deleting, setDeleting] = useState<{ kind: 'label' | 'team'; id: string; name: string } | null>(null);
  const agents = s.agents.filter((a) => !a.disabled);
  const nameOf = (id: string) => s.agents.find((a) => a.id === id)?.name ?? id;
  const saved = () => void reloadTeams();
  const remove = async () => {
    const d = deleting!;
    setDeleting(null);
    if (await run(api('DELETE', `/api/v1/admin/${d.kind}s/${d.id}`))) saved();
  };
  const edit = (x: Team) => setTeam({ id: x.id, name: x.name, memberIds: x.memberIds, topics: x.topics.join(', '), hours: x.hours });

  return (
    <div class="page-body admin">
      <h1 class="page-title">{t('nav_teams')}</h1>
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
      <section aria-labelledby="labels-title" class="admin-section">
        <h2 id="labels-title">{t('labels_title')}</h2>
        {labels.length === 0 ? <p class="empty">{t('labels_empty')}</p> : (
          <ul class="card-list">
            {labels.map((l) => (
              <li key={l.id} class="card item-row">
                <span class="tag">{l.name}</span>
                <span class="muted topics">{l.topics.length ? l.topics.join(', ') : t('topics_none')}</span>
                <span class="row-actions">
                  <button type="button" class="btn btn-sm" onClick={() => setEditingLabel(l)}>{t('edit')}</button>
                  <button type="button" class="btn btn-sm btn-ghost danger-text" onClick={() => setDeleting({ kind: 'label', id: l.id, name: l.name })}>{t('delete')}</button>
                </span>
              </li>
            ))}
          </ul>
        )}
        <LabelForm label={editingLabel} run={run} onSaved={() => (setEditingLabel(null), saved())} onCancel={() => setEditingLabel(null)} />
      </section>
      <section aria-labelledby="teams-title" class="admin-section">
        <h2 id="teams-title">{t('teams_title')}</h2>
        {teams.length === 0 ? <p class="empty">{t('teams_empty')}</p> : (
          <ul class="card-list">
            {teams.map((x) => (
              <li key={x.id} class="card item-row" data-team={x.name}>
                <strong>{x.name}</strong>
                <span class="muted">
                  {x.memberIds.length ? x.memberIds.map(nameOf).join(', ') : t('team_no_members')}
                  {' · '}
                  {x.hours ? t('team_hours_own', { zone: x.hours.timezone }) : t('team_hours_site')}
                  {x.topics.length > 0 && ` · ${x.topics.join(', ')}`}
                </span>
                <span class="row-actions">
                  <button type="button" class="btn btn-sm" onClick={() => edit(x)}>{t('edit')}</button>
                  <button type="button" class="btn btn-sm btn-ghost danger-text" onClick={() => setDeleting({ kind: 'team', id: x.id, name: x.name })}>{t('delete')}</button>
                </span>
              </li>
            ))}
          </ul>
        )}
        <TeamForm draft={team} agents={agents} run={run} onSaved={() => (setTeam(NEW_TEAM), saved())} onCancel={() => setTeam(NEW_TEAM)} />
      </section>
      <ConfirmDialog
        open={deleting !== null}
        danger
        title={deleting?.kind === 'team' ? t('confirm_delete_team', { name: deleting.name }) : t('confirm_delete_label', { name: deleting?.name ?? '' })}
        confirmLabel={t('delete')}
        cancelLabel={t('confirm_cancel')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => void remove()}
      />
    </div>
  );
}
