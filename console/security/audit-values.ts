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
