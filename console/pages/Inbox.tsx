import { useEffect, useState } from 'preact/hooks';
import type { AgentInfo, ConversationSummary } from '../../protocol/index.ts';
import { ConversationView } from '../ConversationView.tsx';
import type { DeskState } from '../desk-client.ts';
import { formatDuration, formatWhen, languageName, t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import type { Unread } from '../unread.ts';

type View = 'waiting' | 'mine' | 'open' | 'closed';
const VIEWS: View[] = ['waiting', 'mine', 'open', 'closed'];
const KEY = 'kefu.console.inbox';

interface Filters {
  view: View;
  language: string;
  agent: string;
}

function inView(view: View, c: ConversationSummary, me: AgentInfo): boolean {
  switch (view) {
    case 'waiting':
      return c.status === 'waiting';
    case 'mine':
      return c.status === 'assigned' && c.agentId === me.id;
    case 'open':
      return c.status !== 'closed';
    case 'closed':
      return c.status === 'closed';
  }
}

/** The queue is served oldest first (who waited longest on top); every other view shows the latest activity first. */
const order = (view: View) => (a: ConversationSummary, b: ConversationSummary) =>
  view === 'waiting' ? (a.waitingSince ?? a.updatedAt) - (b.waitingSince ?? b.updatedAt) : b.updatedAt - a.updatedAt;

/** The visitor as the inbox names them: the signed-in name, else a stable short label. */
export const visitorName = (c: ConversationSummary): string => c.user?.name ?? t('visitor_label', { code: c.visitorCode });

function loadFilters(): Filters {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Filters>;
    return { view: VIEWS.find((v) => v === saved.view) ?? 'waiting', language: saved.language ?? '', agent: saved.agent ?? '' };
  } catch {
    return { view: 'waiting', language: '', agent: '' };
  }
}

function Row({ c, s, unread, selected, now, onOpen }: { c: ConversationSummary; s: DeskState; unread: Unread; selected: boolean; now: number; onOpen: () => void }) {
  const count = unread.count(c, s);
  const waited = c.status === 'waiting' && c.waitingSince !== null ? now - c.waitingSince : null;
  return (
    <li class={selected ? 'selected' : ''}>
      <button type="button" class="conversation-item" data-status={c.status} data-unread={count} aria-current={selected ? 'true' : undefined} onClick={onOpen}>
        <span class="row-top">
          <strong class="visitor-name">{visitorName(c)}</strong>
          {waited !== null ? (
            <span class="wait" title={t('waiting_since', { time: formatWhen(c.waitingSince!) })}>{t('waited', { duration: formatDuration(waited) })}</span>
          ) : (
            <time class="when" dateTime={new Date(c.updatedAt).toISOString()}>{formatWhen(c.updatedAt)}</time>
          )}
        </span>
        <span class="row-preview">
          <span class="preview">{c.preview ? `${c.preview.author === 'visitor' ? '' : `${t(`author_${c.preview.author}`)}: `}${c.preview.text}` : t('no_messages')}</span>
          {count > 0 && <span class="badge badge-accent" aria-label={t('unread_count', { count })}>{count}</span>}
        </span>
        <span class="row-meta">
          <span class="badge" title={languageName(c.locale, document.documentElement.lang)}>{c.locale}</span>
          {c.status !== 'waiting' && <span>{t(`status_${c.status}`)}</span>}
          {c.agentName && <span>· {c.agentName}</span>}
          {c.rating && <span class="rating" aria-label={`${t('ctx_rating')} ${c.rating.score}/5`}>{'★'.repeat(c.rating.score)}</span>}
        </span>
      </button>
    </li>
  );
}

/** The inbox: the views (queue, mine, all open, closed) as tabs, filters, the list, and the open conversation. */
export default function Inbox({ me, client, state: s, param, navigate, unread, markSeen }: PageProps) {
  const [filters, setFilters] = useState(loadFilters);
  const [now, setNow] = useState(Date.now());
  useEffect(() => localStorage.setItem(KEY, JSON.stringify(filters)), [filters]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000); // wait times move on
    return () => clearInterval(timer);
  }, []);
  const selected = param && s.conversations[param] ? s.conversations[param] : null;
  useEffect(() => {
    if (selected) client.watch(selected.id);
  }, [selected?.id, s.connection]);
  const selectedWritten = selected ? (s.messages[selected.id] ?? []).length + selected.visitorMessages : 0;
  useEffect(() => {
    if (!selected) return;
    markSeen(selected.id);
    const seen = () => markSeen(selected.id);
    document.addEventListener('visibilitychange', seen);
    return () => document.removeEventListener('visibilitychange', seen);
  }, [selected?.id, selectedWritten]);

  const all = Object.values(s.conversations);
  const view = filters.view;
  const matches = (c: ConversationSummary) => (!filters.language || c.locale === filters.language) && (!filters.agent || c.agentId === filters.agent);
  const list = all.filter((c) => inView(view, c, me) && matches(c)).sort(order(view));
  const count = (v: View) => all.filter((c) => inView(v, c, me)).length;
  const languages = [...new Set(all.map((c) => c.locale))].sort();
  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  return (
    <div class={`inbox${selected ? ' has-selection' : ''}`}>
      <h1 class="sr-only">{t('nav_inbox')}</h1>
      <section class="list-pane" aria-label={t('inbox_views')}>
        <div role="tablist" class="tabs" aria-label={t('inbox_views')}>
          {VIEWS.map((v) => (
            <button type="button" role="tab" class="tab" key={v} aria-selected={view === v} onClick={() => set({ view: v })}>
              {t(`view_${v}`)}
              {(v === 'waiting' || v === 'mine') && count(v) > 0 && <span class={`badge${v === 'waiting' ? ' badge-danger' : ''}`}>{count(v)}</span>}
            </button>
          ))}
        </div>
        <div class="filters">
          <label class="field">
            <span class="sr-only">{t('filter_language')}</span>
            <select value={filters.language} onChange={(e) => set({ language: e.currentTarget.value })}>
              <option value="">{t('filter_all_languages')}</option>
              {languages.map((l) => <option key={l} value={l}>{languageName(l, document.documentElement.lang)}</option>)}
            </select>
          </label>
          <label class="field">
            <span class="sr-only">{t('filter_agent')}</span>
            <select value={filters.agent} onChange={(e) => set({ agent: e.currentTarget.value })}>
              <option value="">{t('filter_all_agents')}</option>
              {s.agents.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </label>
        </div>
        {list.length === 0 ? (
          <p class="empty">{t('inbox_empty')}</p>
        ) : (
          <ul class="conversation-list">
            {list.map((c) => <Row key={c.id} c={c} s={s} unread={unread} selected={c.id === selected?.id} now={now} onOpen={() => navigate('inbox', c.id)} />)}
          </ul>
        )}
      </section>
      {selected ? (
        <ConversationView client={client} state={s} me={me} conversation={selected} onBack={() => navigate('inbox')} />
      ) : (
        <section class="conversation empty">{t('pick_conversation')}</section>
      )}
    </div>
  );
}
