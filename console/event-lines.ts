import type { ConversationLogEvent } from '../protocol/index.ts';
import { languageName } from './language-name.ts';
import { formatWake } from './wake-time.ts';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/**
 * What the timeline says for each row of GET /api/v1/conversations/:id/events: queued (and why), left the queue,
 * claimed by, transferred from → to, handed back, closed by (or on its own after the idle time), rated n/5 with the
 * comment, ticket left, each change of the ticket's status or assignee, labels added and removed, team moves, and the
 * snoozed until a time and the snooze's end (why), the
 * spoken language an agent or the site set, or the visitor chose (named in `inLocale`, the console's language). An agent whose
 * account is gone reads as `agent_removed`.
 */
export function eventLine(e: ConversationLogEvent, t: Translate, inLocale = 'en'): string {
  const gone = t('agent_removed');
  const by = e.agentName ?? gone;
  switch (e.type) {
    case 'queued':
      return t(e.reason === 'bot_missed' ? 'ev_queued_bot' : 'ev_queued_asked');
    case 'cancelled':
      return t(e.reason === 'abandoned' ? 'ev_cancelled_abandoned' : 'ev_cancelled');
    case 'claimed':
      return e.actor === 'system' ? t('ev_routed', { to: e.toAgentName ?? gone }) : t('ev_claimed', { by });
    case 'transferred':
      // Handing on one's own chat: "Ann transferred it to Mei" (not "from Ann"); someone else's says whose it was.
      if (e.agentId !== null && e.agentId === e.fromAgentId) return t('ev_transferred_own', { by, to: e.toAgentName ?? gone });
      return t('ev_transferred', { by, from: e.fromAgentName ?? gone, to: e.toAgentName ?? gone });
    case 'released':
      return t('ev_released', { by });
    case 'closed':
      if (e.actor === 'agent') return t('ev_closed_by', { by });
      return t(e.actor === 'visitor' ? 'ev_closed_visitor' : e.reason === 'idle' ? 'ev_closed_idle' : 'ev_closed_system');
    case 'rated':
      return e.comment ? t('ev_rated_comment', { score: e.score ?? 0, comment: e.comment }) : t('ev_rated', { score: e.score ?? 0 });
    case 'ticket':
      return t('ev_ticket');
    case 'ticket_status': {
      const status = t(`ticket_${e.ticketStatus ?? 'open'}`);
      if (e.fromAgentId === e.toAgentId) return t('ev_ticket_status', { by, status });
      return e.toAgentId ? t('ev_ticket_assigned', { by, status, to: e.toAgentName ?? gone }) : t('ev_ticket_unassigned', { by, status });
    }
    case 'label_added':
    case 'label_removed':
      return t(e.type === 'label_added' ? 'ev_label_added' : 'ev_label_removed', { by, label: e.labelName ?? t('label_gone') });
    case 'team_changed': {
      const team = (id: string | null, name: string | null) => (id === null ? t('ev_team_everyone') : (name ?? t('team_gone')));
      const to = team(e.toTeamId, e.toTeamName);
      return e.actor === 'agent' ? t('ev_team_changed', { by, from: team(e.fromTeamId, e.fromTeamName), to }) : t('ev_team_suggested', { to });
    }
    case 'snoozed':
      return t('ev_snoozed', { by, time: formatWake(e.until ?? e.at, e.at, inLocale) });
    case 'unsnoozed':
      return e.actor === 'agent' ? t('ev_unsnoozed_by', { by }) : t(e.reason === 'visitor' ? 'ev_unsnoozed_visitor' : 'ev_unsnoozed_time');
    case 'language_set': {
      const language = languageName(e.locale ?? 'und', inLocale);
      if (e.actor === 'agent') return t('ev_language_set', { by, language });
      return t(e.reason === 'site' ? 'ev_language_site' : 'ev_language_chosen', { language });
    }
  }
}
