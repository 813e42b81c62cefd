import type { Hours, Label, Team } from '../../protocol/index.ts';
import type { AuditAction, NewAuditRecord } from '../storage/audit-types.ts';

/** A label's or a team's fields as the log keeps them: each by its name, some a list of names. */
type Facts = { name: string; [field: string]: string | string[] | null };

/** A team's hours in one line: "Asia/Hong_Kong: mon 09:00–18:00, sat 10:00–14:00; 2 holidays". */
function hoursText(h: Hours | null): string | null {
  if (!h) return null;
  const days = Object.entries(h.weekly).map(([day, spans]) => `${day} ${(spans ?? []).map(([from, to]) => `${from}–${to}`).join(' ')}`);
  return `${h.timezone}: ${days.join(', ') || 'closed'}${h.holidays.length ? `; ${h.holidays.length} holidays` : ''}`;
}

/** What the audit log keeps of a label: flat, so the log shows "topics: refund → refund, chargeback". */
export const labelFacts = (l: Label): Facts => ({ name: l.name, topics: l.topics.join(', ') });

/**
 * What it keeps of a team: its members by name (as they were called then) as a list — a name may hold a comma (they
 * were one comma-joined string before session 47; the console still reads those) — its topics and its hours in one line.
 */
export const teamFacts = (t: Team, names: ReadonlyMap<string, string>): Facts => ({
  name: t.name,
  members: t.memberIds.map((id) => names.get(id) ?? id),
  topics: t.topics.join(', '),
  hours: hoursText(t.hours),
});

/**
 * The record of an admin's edit of a label or a team: created (after only), deleted (before only) or changed (the
 * fields that changed, before and after, and the name it has now; none changed: no record).
 */
export function listEditRecord(by: string, action: AuditAction, target: string, before: Facts | null, after: Facts | null): NewAuditRecord | null {
  if (before && after) {
    const changed = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    if (changed.length === 0) return null;
    const pick = (f: Facts) => Object.fromEntries(changed.map((k) => [k, f[k] ?? null]));
    return { agentId: by, action, target, detail: { name: after.name }, before: pick(before), after: pick(after) };
  }
  return { agentId: by, action, target, before, after };
}
