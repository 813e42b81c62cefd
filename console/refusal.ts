import type { AgentInfo, RefusalReason } from '../protocol/index.ts';
import { t } from './i18n.ts';

/** The locale key of each refusal reason: what happened and what to do, in the console's language. */
export const REFUSAL_KEYS: Record<RefusalReason, string> = {
  claimed_by_other: 'refusal_claimed_by_other',
  other_team: 'refusal_other_team',
  over_limit: 'refusal_over_limit',
  not_yours: 'refusal_not_yours',
  not_claimed: 'refusal_not_claimed',
  closed: 'refusal_closed',
  already_theirs: 'refusal_already_theirs',
  changed_meanwhile: 'refusal_changed_meanwhile',
  no_conversation: 'refusal_no_conversation',
  no_agent: 'refusal_no_agent',
  no_team: 'refusal_no_team',
  no_label: 'refusal_no_label',
  read_only: 'refusal_read_only',
  takes_no_chats: 'refusal_takes_no_chats',
  mention_unknown: 'refusal_mention_unknown',
  mention_cannot_open: 'refusal_mention_cannot_open',
  snooze_past: 'refusal_snooze_past',
  snooze_too_far: 'refusal_snooze_too_far',
};

/** What an admin reads instead: "ask an admin" is no advice to one (they may take the chat over by transferring it to themselves). */
const ADMIN_KEYS: Partial<Record<RefusalReason, string>> = {
  not_yours: 'refusal_not_yours_admin',
};

/**
 * A server refusal as the agent reads it: by its reason when it has one, else the server's own (English) words.
 * `me` fills the agent's own chat limit into the reason that names it (a refusal of an admin's account change has none)
 * and picks the admin's words where they differ.
 */
export const refusalText = (e: { reason?: RefusalReason | undefined; message: string }, me?: Pick<AgentInfo, 'maxChats' | 'role'>): string =>
  e.reason ? t((me?.role === 'admin' && ADMIN_KEYS[e.reason]) || REFUSAL_KEYS[e.reason], me ? { count: me.maxChats } : {}) : e.message;
