import { useEffect, useState } from 'preact/hooks';
import type { AgentInfo, ConversationSummary } from '../../protocol/index.ts';
import { ConversationView } from '../ConversationView.tsx';
import { formatWhen, t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';

type View = 'waiting' | 'mine' | 'open' | 'closed';
const VIEWS: View[] = ['waiting', 'mine', 'open', 'closed'];
const VIEW_KEY = 'kefu.console.inbox-view';

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

/** The inbox: the views (queue, mine, all open, closed) as tabs, the list, and the open conversation. */
export default function Inbox({ me, client, state: s, param, navigate }: PageProps) {
  const [view, setView] = useState<View>(() => (VIEWS.find((v) => v === localStorage.getItem(VIEW_KEY)) ?? 'waiting'));
  useEffect(() => localStorage.setItem(VIEW_KEY, view), [view]);
  const selected = param && s.conversations[param] ? s.conversations[param] : null;
  useEffect(() => {
    if (selected) client.watch(selected.id);
  }, [selected?.id, s.connection]);

  const all = Object.values(s.conversations);
  const list = all.filter((c) => inView(view, c, me)).sort(order(view));
  const count = (v: View) => all.filter((c) => inView(v, c, me)).length;
  return (
    <div class={`inbox${selected ? ' has-selection' : ''}`}>
      <h1 class="sr-only">{t('nav_inbox')}</h1>
      <section class="list-pane" aria-label={t('inbox_views')}>
        <div role="tablist" class="tabs" aria-label={t('inbox_views')}>
          {VIEWS.map((v) => (
            <button type="button" role="tab" class="tab" key={v} aria-selected={view === v} onClick={() => setView(v)}>
              {t(`view_${v}`)}
              {(v === 'waiting' || v === 'mine') && count(v) > 0 && <span class={`badge${v === 'waiting' ? ' badge-danger' : ''}`}>{count(v)}</span>}
            </button>
          ))}
        </div>
        {list.length === 0 ? (
          <p class="empty">{t('inbox_empty')}</p>
        ) : (
          <ul class="conversation-list">
            {list.map((c) => (
              <li key={c.id} class={c.id === selected?.id ? 'selected' : ''}>
                <button type="button" class="conversation-item" data-status={c.status} aria-current={c.id === selected?.id ? 'true' : undefined} onClick={() => navigate('inbox', c.id)}>
                  <span class="row-top">
                    <strong>{t(`status_${c.status}`)}</strong>
                    <time class="when" dateTime={new Date(c.updatedAt).toISOString()}>{formatWhen(c.updatedAt)}</time>
                  </span>
                  <span class="row-meta">
                    <span class="badge">{c.locale}</span>
                    {c.agentName && <span>{c.agentName}</span>}
                    {c.rating && <span class="rating" aria-label={`${t('ctx_rating')} ${c.rating.score}/5`}>{'★'.repeat(c.rating.score)}</span>}
                  </span>
                </button>
              </li>
            ))}
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
