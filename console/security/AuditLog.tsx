import { useEffect, useState } from 'preact/hooks';
import type { AgentInfo, AuditAction, AuditList, AuditRecord } from '../../protocol/index.ts';
import { AUDIT_ACTIONS } from '../../protocol/audit-actions.ts';
import { Select } from '../../ui/Select.tsx';
import { api } from '../api.ts';
import { formatWhen, language, t } from '../i18n.ts';
import { auditValue, listChange, type ListItem } from './audit-values.ts';
import './security.css';

const PAGE = 50;
const label = (action: AuditAction) => t(`audit_${action.replace('.', '_')}`);
/** Fields of plain values, or of lists of names (a team's members). */
const isFlat = (v: unknown): v is Record<string, string | number | boolean | string[] | null> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) &&
  Object.values(v).every((x) => x === null || typeof x !== 'object' || (Array.isArray(x) && x.every((y) => typeof y === 'string')));
/** A target that is an id (a label's, a team's, a removed agent's) says nothing to a reader: the record's fields name it. */
const isId = (target: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/i.test(target);
/** The fields records carry, named in the agent's language (another field: as stored). */
const FIELDS = new Set(['ip', 'secondFactor', 'reason', 'events', 'label', 'name', 'size', 'via', 'left', 'kind', 'entries', 'conversations', 'members', 'topics', 'hours', 'role', 'maxChats', 'email', 'disabled', 'canSeePersonalData', 'text', 'locale', 'chosen', 'bySite']);
const field = (k: string) => t('audit_field_is', { field: FIELDS.has(k) ? t(`audit_field_${k}`) : k });

/** A list's names, each its own chip: taken out struck through, put in marked, kept plain; none: "—". */
function Names({ items }: { items: ListItem[] }) {
  if (items.length === 0) return <>{auditValue('', null, t)}</>;
  const Tag = { kept: 'span', removed: 'del', added: 'ins' } as const;
  return (
    <ul class="audit-names">
      {items.map((x, i) => {
        const Item = Tag[x.change];
        return <li key={i} data-change={x.change}><Item>{x.name}</Item></li>;
      })}
    </ul>
  );
}

/** What changed: "role: agent → admin" for flat records; a disclosure with both sides for larger ones (a FAQ entry). */
function Changes({ r }: { r: AuditRecord }) {
  if (r.before === null && r.after === null) return null;
  if ((r.before === null || isFlat(r.before)) && (r.after === null || isFlat(r.after))) {
    const before = r.before ?? {};
    const after = r.after ?? {};
    // An id beside the name it stands for ("teamId" with "name") says nothing more to a reader.
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !k.endsWith('Id'));
    return (
      <>
        {keys.map((k) => {
          const list = listChange(r, k);
          // Spaces about the arrow only: one side alone follows the field's words at once ("成员：dan", not "成员： dan").
          return (
            <span key={k} class="change">
              {field(k)}
              {list ? <Names items={list} /> : <>{k in before && <del>{auditValue(k, before[k], t)}</del>}{k in before && k in after && ' → '}{k in after && <ins>{auditValue(k, after[k], t)}</ins>}</>}
            </span>
          );
        })}
      </>
    );
  }
  return (
    <details>
      <summary>{t('audit_before_after')}</summary>
      <pre aria-label={t('audit_before')}>{JSON.stringify(r.before, null, 2)}</pre>
      <pre aria-label={t('audit_after')}>{JSON.stringify(r.after, null, 2)}</pre>
    </details>
  );
}

/** The audit log, newest first, filtered by action and by agent (who acted or was acted on), a page at a time. */
export function AuditLog({ agents }: { agents: AgentInfo[] }) {
  const [action, setAction] = useState('');
  const [agentId, setAgentId] = useState('');
  const [records, setRecords] = useState<AuditRecord[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const names = new Map(agents.map((a) => [a.id, a.name]));
  const nameOf = (id: string | null) => (id === null ? t('audit_system') : (names.get(id) ?? t('audit_removed_agent')));

  const load = async (before: string | null) => {
    const q = new URLSearchParams({ limit: String(PAGE), ...(action ? { action } : {}), ...(agentId ? { agentId } : {}), ...(before ? { before } : {}) });
    const r = await api<AuditList>('GET', `/api/v1/admin/audit?${q}`);
    if (!r.ok) return setError(t('failed', { message: r.message }));
    setError(null);
    setRecords((prev) => (before && prev ? [...prev, ...r.data.records] : r.data.records));
    setNext(r.data.next);
  };
  useEffect(() => void load(null), [action, agentId]);

  return (
    <section class="form-stack audit" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit_title')}</h2>
      <div class="audit-filters">
        <div class="field">
          <Select id="audit-action" label={t('audit_action')} value={action} onChange={setAction} options={[{ value: '', label: t('audit_all_actions') }, ...AUDIT_ACTIONS.map((a) => ({ value: a, label: label(a) }))]} />
        </div>
        <div class="field">
          <Select id="audit-agent" label={t('audit_agent')} value={agentId} onChange={setAgentId} options={[{ value: '', label: t('audit_all_agents') }, ...agents.map((a) => ({ value: a.id, label: a.name }))]} />
        </div>
      </div>
      {error && <p role="alert" class="alert alert-danger">{error}</p>}
      {records?.length === 0 ? (
        <p class="empty">{t('audit_empty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr><th scope="col">{t('audit_when')}</th><th scope="col">{t('audit_who')}</th><th scope="col">{t('audit_action')}</th><th scope="col">{t('audit_what')}</th></tr>
            </thead>
            <tbody>
              {records?.map((r) => (
                <tr key={r.id} data-action={r.action}>
                  <td class="when"><time dateTime={new Date(r.at).toISOString()} title={new Date(r.at).toLocaleString(language())}>{formatWhen(r.at)}</time></td>
                  <td>{nameOf(r.agentId)}</td>
                  <td class="action">
                    {label(r.action)}
                    {r.target && r.target !== r.agentId && (names.has(r.target) || !isId(r.target)) && <span class="muted"> · {names.get(r.target) ?? r.target}</span>}
                  </td>
                  <td class="audit-details">
                    {r.detail && <span class="muted">{Object.entries(r.detail).map(([k, v]) => `${field(k)}${auditValue(k, v, t)}`).join(' · ')}</span>}
                    <Changes r={r} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {next && <div class="audit-more"><button type="button" class="btn" onClick={() => void load(next)}>{t('audit_more')}</button></div>}
        </div>
      )}
    </section>
  );
}
