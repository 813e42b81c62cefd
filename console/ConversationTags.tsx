import { useState } from 'preact/hooks';
import type { AgentInfo, ConversationSummary, TopicSuggestion } from '../protocol/index.ts';
import { Select } from '../ui/Select.tsx';
import { api } from './api.ts';
import { t } from './i18n.ts';
import { refusalText } from './refusal.ts';
import { useLoaded } from './use-loaded.ts';
import { readOnly } from './role.ts';
import { useTeams } from './teams-data.ts';

/**
 * A conversation's labels (add, remove) and team (whose queue it is in), with what the bot's last answer suggests
 * ("Suggested: + Fraud · Security and fraud"). Changes come back to every console as the conversation's summary.
 */
export function ConversationTags({ c, me }: { c: ConversationSummary; me: AgentInfo }) {
  const { labels, teams } = useTeams();
  // This conversation's suggestion only: never the one before's (a click on "+ Fraud" would label this one).
  const suggestion = useLoaded(c.id, [c.status], () => api<TopicSuggestion>('GET', `/api/v1/conversations/${c.id}/topic`).then((r) => (r.ok ? r.data : undefined)));
  const [error, setError] = useState<string | null>(null);
  const call = async (method: string, path: string, body?: unknown) => {
    const r = await api(method, path, body);
    setError(r.ok ? null : t('failed', { message: refusalText(r, me) }));
  };
  const label = (id: string, on: boolean) => call(on ? 'PUT' : 'DELETE', `/api/v1/conversations/${c.id}/labels/${id}`, on ? {} : undefined);
  const moveTo = (teamId: string | null) => call('PUT', `/api/v1/conversations/${c.id}/team`, { teamId });
  // An assigned conversation moves between teams by its owner or an admin (the server says the same).
  const writes = !readOnly(me); // a viewer sees the labels and the team, and changes neither
  const mayMove = writes && (c.status !== 'assigned' || c.agentId === me.id || me.role === 'admin');

  const on = labels.filter((l) => c.labelIds.includes(l.id));
  const off = labels.filter((l) => !c.labelIds.includes(l.id));
  const suggestedLabels = (suggestion?.labelIds ?? []).map((id) => off.find((l) => l.id === id)).filter((l) => l !== undefined);
  const suggestedTeam = suggestion?.teamId && suggestion.teamId !== c.teamId ? teams.find((x) => x.id === suggestion.teamId) : undefined;
  if (labels.length === 0 && teams.length === 0) return null;
  return (
    <div class="tags" aria-label={t('tags_region')} role="group">
      {on.length > 0 && (
        <ul class="tag-list">
          {on.map((l) => (
            <li key={l.id} class="tag">
              <span>{l.name}</span>
              {writes && <button type="button" class="tag-remove" aria-label={t('label_remove', { name: l.name })} onClick={() => void label(l.id, false)}>×</button>}
            </li>
          ))}
        </ul>
      )}
      {writes && off.length > 0 && (
        <div class="field tag-field">
          <Select id="tags-add-label" label={t('label_add')} labelClass="sr-only" placeholder={t('label_add')} value="" onChange={(id) => void label(id, true)} options={off.map((l) => ({ value: l.id, label: l.name }))} />
        </div>
      )}
      {teams.length > 0 && (
        <div class="field tag-field">
          <Select
            id="tags-team"
            label={t('team_of_conversation')}
            labelClass="sr-only"
            value={c.teamId ?? ''}
            disabled={!mayMove}
            onChange={(id) => void moveTo(id || null)}
            options={[{ value: '', label: t('team_everyone') }, ...teams.map((x) => ({ value: x.id, label: t('team_queue', { name: x.name }) }))]}
          />
        </div>
      )}
      {writes && (suggestedLabels.length > 0 || (suggestedTeam && mayMove)) && (
        <p class="suggested">
          <span>{t('suggested')}</span>
          {suggestedLabels.map((l) => (
            <button key={l.id} type="button" class="btn btn-sm btn-ghost" onClick={() => void label(l.id, true)}>+ {l.name}</button>
          ))}
          {suggestedTeam && mayMove && (
            <button type="button" class="btn btn-sm btn-ghost" onClick={() => void moveTo(suggestedTeam.id)}>→ {suggestedTeam.name}</button>
          )}
        </p>
      )}
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
    </div>
  );
}
