import type { ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AgentInfo, ConversationSummary } from '../protocol/index.ts';
import { api } from './api.ts';
import { DeskClient } from './desk-client.ts';
import { Menu } from '../ui/Menu.tsx';
import { Select } from '../ui/Select.tsx';
import { t } from './i18n.ts';
import { useMissedCount } from './missed-count.ts';
import { CountBadge, type Count } from './CountBadge.tsx';
import { beep, notifyDesktop, setTitleBadge } from './notify.ts';
import { DEFAULT_PAGE, pageFor, PAGES, type PageDef, type PageProps } from './pages.ts';
import { parseRoute, routeHash } from './route.ts';
import { mayTake, useTeams } from './teams-data.ts';
import { needingAttention, Unread } from './unread.ts';
import { dropDrafts } from './drafts.ts';
import { visitorName } from './visitor-name.ts';
import { readOnly } from './role.ts';
import { previewText } from './preview.ts';
import { PHONE, useMedia } from './media.ts';

const loadedPages = new Map<string, ComponentType<PageProps>>();

/** The page's component once its chunk is in (cached: switching back is instant). */
function usePage(def: PageDef | null): ComponentType<PageProps> | null {
  const [, loaded] = useState(0);
  useEffect(() => {
    if (def && !loadedPages.has(def.id)) void def.load().then((m) => (loadedPages.set(def.id, m.default), loaded((n) => n + 1)));
  }, [def?.id]);
  return def ? (loadedPages.get(def.id) ?? null) : null;
}

function useRoute() {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return route;
}

/** The logged-in console: the navigation (pages from the registry in pages.ts) beside the open page. */
export function Shell({ me, onMe, onLogout }: { me: AgentInfo; onMe: (a: AgentInfo) => void; onLogout: () => void }) {
  // The queue this agent may take (their teams', as their Waiting tab; a viewer's is empty): what the badge counts and what beeps.
  const { teams } = useTeams();
  const forMe = useRef<(c: ConversationSummary) => boolean>(() => true);
  const client = useMemo(
    () =>
      new DeskClient((c) => {
        if (!forMe.current(c)) return;
        beep();
        const name = visitorName(c);
        notifyDesktop(t('notify_waiting', { name }), c.preview ? previewText(c.preview) : '', c.id, () => (location.hash = routeHash('inbox', c.id)));
      }, {}, (m) => notifyDesktop(t('notify_mention', { name: m.byName }), m.firstLine, `mention-${m.noteId}`, () => (location.hash = routeHash('mentions'))), (c) => {
        beep();
        notifyDesktop(t('notify_snooze_ended', { name: visitorName(c) }), c.preview ? previewText(c.preview) : '', c.id, () => (location.hash = routeHash('inbox', c.id)));
      }),
    [],
  );
  const [s, setState] = useState(client.state);
  const route = useRoute();
  useEffect(() => {
    const off = client.subscribe(setState);
    // A tab in the background does not count as viewing (Page Visibility API): it says so at once, both ways.
    const onVisibility = () => client.setHidden(document.visibilityState === 'hidden');
    onVisibility();
    document.addEventListener('visibilitychange', onVisibility);
    client.start();
    return () => (off(), document.removeEventListener('visibilitychange', onVisibility), client.stop());
  }, [client]);
  useEffect(() => {
    if (s.connection === 'closed') onLogout();
  }, [s.connection]);

  const agent = s.me ?? me;
  forMe.current = (c) => mayTake(c, agent, teams);
  const page = pageFor(route.page || DEFAULT_PAGE, agent);
  const Page = usePage(page);
  const waiting = Object.values(s.conversations).filter((c) => c.status === 'waiting' && forMe.current(c)).length;
  const missed = useMissedCount(agent.role === 'admin', route.page);
  // Each count a number seen and words heard ("Inbox, 3 waiting"): an aria-label on a plain span is not reliably read.
  const waitingCount: Count | null = waiting > 0 ? { value: waiting, spoken: t('waiting_count', { n: waiting }), tone: 'danger' } : null;
  const missedCount: Count | null = missed ? { value: missed, spoken: t('missed_count', { n: missed }), tone: 'warning' } : null;
  const mentionsCount: Count | null = s.mentionsUnread > 0 ? { value: s.mentionsUnread, spoken: t('mentions_count', { n: s.mentionsUnread }), tone: 'danger' } : null;
  const unread = useMemo(() => new Unread(me.id), [me.id]);
  const [, seenChanged] = useState(0);
  const markSeen = (id: string) => {
    const c = s.conversations[id];
    if (c && document.visibilityState === 'visible' && unread.markSeen(c, s)) seenChanged((n) => n + 1);
  };
  const attention = needingAttention(s, unread, agent, teams);
  useEffect(() => setTitleBadge(attention, t('app_name')), [attention, t('app_name')]);

  const navigate = (id: string, param: string | null = null) => {
    location.hash = routeHash(id, param);
  };
  const logout = async () => {
    await api('POST', '/api/v1/auth/logout');
    dropDrafts();
    client.stop();
    onLogout();
  };
  const link = (p: PageDef) => (
    <li key={p.id}>
      <a href={routeHash(p.id)} class="nav-link" aria-current={page?.id === p.id ? 'page' : undefined}>
        <span>{t(p.title)}</span>
        {p.id === 'inbox' && waitingCount && <CountBadge count={waitingCount} />}
        {p.id === 'faq-missed' && missedCount && <CountBadge count={missedCount} />}
        {p.id === 'mentions' && mentionsCount && <CountBadge count={mentionsCount} />}
      </a>
    </li>
  );
  const visible = PAGES.filter((p) => pageFor(p.id, agent));
  const phone = useMedia(PHONE);
  const inBar = (p: PageDef) => p.section === 'desk' && !(phone && p.underMoreOnPhone);
  return (
    <div class="shell">
      <nav class="sidebar" aria-label={t('nav_label')}>
        <p class="brand">{t('app_name')}</p>
        <ul class="nav-list">{visible.filter(inBar).map(link)}</ul>
        {visible.some((p) => p.section === 'admin') && (
          <>
            <h2 class="nav-heading">{t('nav_admin')}</h2>
            <ul class="nav-list">{visible.filter((p) => p.section === 'admin').map(link)}</ul>
          </>
        )}
        <div class="sidebar-foot">
          <ul class="nav-list">{visible.filter((p) => p.section === 'me').map(link)}</ul>
          <div class="me">
            {/* Grey while this console's socket is down: visitors cannot reach this agent through it. A viewer has no
                presence (visitors never reach them; Agents lists them offline): no dot to read as "available". */}
            {!readOnly(agent) && <span class="presence-dot" data-presence={s.connection === 'online' ? agent.presence : 'offline'} aria-hidden="true" />}
            <span class="me-name">{agent.name}</span>
            <span class="connection" data-state={s.connection} role="status">{t(`conn_${s.connection}`)}</span>
          </div>
          {/* A viewer takes no chats: no presence to set (the server refuses it). */}
          {!readOnly(agent) && <div class="field">
            <Select
              id="presence-pick"
              label={t('presence')}
              labelClass="sr-only"
              value={agent.presence === 'away' ? 'away' : 'online'}
              onChange={(p) => client.presence(p)}
              options={[{ value: 'online', label: t('presence_online') }, { value: 'away', label: t('presence_away') }]}
            />
          </div>}
          <button type="button" class="btn btn-sm btn-ghost" onClick={logout}>{t('log_out')}</button>
        </div>
        <div class="nav-more">
          <Menu
            label={t('nav_more')}
            badge={missedCount && <CountBadge count={{ ...missedCount, spoken: `${t('nav_missed')}: ${missedCount.spoken}` }} />}
            buttonClass="btn btn-sm btn-ghost"
            end
            items={[
              // The sidebar's count, on its page and on the button: a phone's admin sees what the bot missed.
              ...visible.filter((p) => !inBar(p)).map((p) => ({
                label: t(p.title),
                onSelect: () => navigate(p.id),
                ...(p.id === 'faq-missed' && missedCount ? { badge: <CountBadge count={missedCount} /> } : {}),
              })),
              ...(readOnly(agent)
                ? []
                : [
                    agent.presence === 'away'
                      ? { label: t('presence_set_online'), onSelect: () => client.presence('online') }
                      : { label: t('presence_set_away'), onSelect: () => client.presence('away') },
                  ]),
              { label: t('log_out'), onSelect: () => void logout(), danger: true },
            ]}
          />
        </div>
      </nav>
      <main class="page" id="main">
        {(s.connection === 'reconnecting' || s.connection === 'offline') && (
          <p class="alert alert-warning conn-banner" data-state={s.connection}>{t(`conn_banner_${s.connection}`)}</p>
        )}
        {!page ? (
          <p class="alert alert-warning page-missing">{t('page_missing')}</p>
        ) : Page ? (
          <Page me={agent} client={client} state={s} param={route.param} navigate={navigate} onMe={onMe} unread={unread} markSeen={markSeen} />
        ) : (
          <p class="loading">{t('loading')}</p>
        )}
      </main>
    </div>
  );
}
