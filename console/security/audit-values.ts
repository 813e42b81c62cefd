type Translate = (key: string) => string;

/** The words the server stores in an audit record's detail, per field (an IP, a count or a name is shown as stored). */
export const AUDIT_WORDS: Record<string, readonly string[]> = {
  secondFactor: ['none', 'totp', 'recovery'],
  reason: ['unknown_email', 'wrong_password', 'disabled', 'wrong_code', 'two_factor_unavailable', 'logout', 'password_set', 'role_changed', 'removed'],
  via: ['setup_link'],
};
/** Fields whose words the console already names elsewhere: a role, a FAQ edit's kind. */
const NAMED: Record<string, string> = { role: 'role_', kind: 'faq_action_' };

/** One audit value in the agent's language: "第二步验证: 无", not "第二步验证: none"; an empty one "—" (a team with no members read "成员：" and nothing). */
export function auditValue(field: string, v: unknown, t: Translate): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'boolean') return t(v ? 'audit_value_yes' : 'audit_value_no');
  if (typeof v === 'string' && AUDIT_WORDS[field]?.includes(v)) return t(`audit_value_${v}`);
  if (typeof v === 'string' && field in NAMED) return t(`${NAMED[field]}${v}`);
  return String(v);
}

/** One name of a list an edit changed (a team's members): kept, taken out or put in. */
export interface ListItem {
  name: string;
  change: 'kept' | 'removed' | 'added';
}
const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * A list field's change, name by name ("Members: Ann, −Bo, +Cy"; a name with a comma stays one name), or null when
 * the field is no list on either side (a record from before lists: a comma-joined string, shown as stored). A record
 * with one side only (created, deleted) puts in or takes out every name.
 */
export function listChange(record: { before: unknown; after: unknown }, field: string): ListItem[] | null {
  const side = (r: unknown) => (r !== null && typeof r === 'object' && field in r ? (r as Record<string, unknown>)[field] : undefined);
  const before = side(record.before);
  const after = side(record.after);
  if (!isList(before) && !isList(after)) return null;
  const left = isList(after) ? [...after] : [];
  const items: ListItem[] = (isList(before) ? before : []).map((name) => {
    const i = left.indexOf(name);
    if (i < 0) return { name, change: 'removed' };
    left.splice(i, 1);
    return { name, change: 'kept' };
  });
  return [...items, ...left.map((name): ListItem => ({ name, change: 'added' }))];
}
