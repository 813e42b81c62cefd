import type { Agent } from '../storage/agent-types.ts';
import type { AuditRecord, NewAuditRecord } from '../storage/audit-types.ts';
import { takesChats } from './roles.ts';

/**
 * What the audit log keeps of an agent account: never the password hash or a two-factor secret. The chat limit
 * only for a role that takes chats: a read-only viewer's limit means nothing, so their record does not show one.
 */
export function agentFacts(a: Agent) {
  return { email: a.email, name: a.name, role: a.role, ...(takesChats(a) ? { maxChats: a.maxChats } : {}), disabled: a.disabled, canSeePersonalData: a.canSeePersonalData };
}

type Facts = ReturnType<typeof agentFacts>;
const pick = (facts: Facts, keys: readonly (keyof Facts)[]) => Object.fromEntries(keys.filter((k) => k in facts).map((k) => [k, facts[k]]));

/**
 * The records one change of an agent account makes, each with the fields before and after: a role change,
 * a chat-limit change, disabling or enabling, and anything else (name, the right to see contact details, a
 * password set by someone). Nothing changed: no record. The limit counts only while the account takes chats
 * before and after: becoming a viewer drops it without a "limit changed" record, and an account that starts
 * taking chats again shows the limit it now has in its role record.
 */
export function agentChangeRecords(by: string | null, before: Agent, after: Agent, passwordSet: boolean): NewAuditRecord[] {
  const was = agentFacts(before);
  const is = agentFacts(after);
  const changed = (Object.keys(was) as (keyof Facts)[]).filter((k) => k in is && was[k] !== is[k]);
  const record = (action: NewAuditRecord['action'], keys: (keyof Facts)[], detail: NewAuditRecord['detail'] = null): NewAuditRecord => ({
    agentId: by,
    action,
    target: after.id,
    detail,
    before: pick(was, keys),
    after: pick(is, keys),
  });
  const records: NewAuditRecord[] = [];
  const startsTakingChats = !('maxChats' in was) && 'maxChats' in is;
  if (changed.includes('role')) records.push(record('agent.role_changed', startsTakingChats ? ['role', 'maxChats'] : ['role']));
  if (changed.includes('maxChats')) records.push(record('agent.limit_changed', ['maxChats']));
  if (changed.includes('disabled')) records.push(record(after.disabled ? 'agent.disabled' : 'agent.enabled', ['disabled']));
  const rest = changed.filter((k) => k !== 'role' && k !== 'maxChats' && k !== 'disabled');
  if (rest.length > 0 || passwordSet) records.push(record('agent.changed', rest, passwordSet ? { password: 'set' } : null));
  return records;
}

type Side = AuditRecord['before'];
const isViewerSide = (side: Side): side is Record<string, Side> =>
  typeof side === 'object' && side !== null && !Array.isArray(side) && side.role === 'viewer' && 'maxChats' in side;
const withoutLimit = (side: Side): Side => (isViewerSide(side) ? Object.fromEntries(Object.entries(side).filter(([k]) => k !== 'maxChats')) : side);

/**
 * A record as the audit log shows it: a side that is a viewer's account shows no chat limit, whatever it holds (records
 * written before agentFacts dropped it, a viewer's creation or removal, still hold the limit stored with the account).
 */
export function withoutViewerLimit(r: AuditRecord): AuditRecord {
  return isViewerSide(r.before) || isViewerSide(r.after) ? { ...r, before: withoutLimit(r.before), after: withoutLimit(r.after) } : r;
}
