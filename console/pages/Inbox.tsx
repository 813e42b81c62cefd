import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentInfo, ConversationStatus, ConversationSummary, Label, Team } from '../../protocol/index.ts';
import { Select, type SelectOption } from '../../ui/Select.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { ConversationView } from '../ConversationView.tsx';
import { ShortCount } from '../CountBadge.tsx';
import { RowSep, Search } from '../Search.tsx';
import type { DeskState } from '../desk-client.ts';
import { formatDuration, formatWhen, languageName, t } from '../i18n.ts';
import type { PageProps } from '../pages.ts';
import { direction, useShortcuts } from '../shortcuts.ts';
import type { Unread } from '../unread.ts';
import { mayTake, useTeams } from '../teams-data.ts';
import { readOnly } from '../role.ts';
import { formatWake, snoozed } from '../snooze.tsx';
import { visitorName } from '../visitor-name.ts';
import { holderName } from '../holder.ts';
import { previewText, rowPreview } from '../preview.ts';
import { languageChip, languageHead, visitorLanguage } from '../visitor-language.ts';

type View = 'waiting' | 'mine' | 'snoozed' | 'open' | 'closed';
const VIEWS: View[] = ['waiting', 'mine', 'snoozed', 'open', 'closed'];
const KEY = 'kefu.console.inbox';

const STATUSES: ConversationStatus[] = ['bot', 'waiting', 'assigned', 'closed'];

interface Filters {
  view: View;
  language: string;
  agent: string;
  /** '' for all. */
  status: string;
  label: string;
  /** '' for all teams, 'none' for no team, else a team id. */
  team: string;
}

/** The views an agent has: a viewer owns no chats, so has no Mine nor Snoozed. */
const viewsOf = (me: AgentInfo): View[] => (readOnly(me) ? VIEWS.filter((v) => v !== 'mine' && v !== 'snoozed') : VIEWS);

/** The queue an agent sees is their teams' (and everyone's); admins see it all, and a viewer reads it all (taking none). */
function inView(view: View, c: ConversationSummary, me: AgentInfo, teams: readonly Team[]): boolean {
  switch (view) {
    case 'waiting':
      return c.status === 'waiting' && (readOnly(me) || mayTake(c, me, teams));
    case 'mine':
      return c.status === 'assigned' && c.agentId === me.id && !snoozed(c);
    case 'snoozed':
      return c.agentId === me.id && snoozed(c);
    case 'open':
      return c.status !== 'closed';
    case 'closed':
      return c.status === 'closed';
  }
}

/** The queue is served oldest first (who waited longest on top), the snoozed soonest to wake first; every other view the latest activity first. */
const order = (view: View) => (a: ConversationSummary, b: ConversationSummary) =>
  view === 'waiting'
    ? (a.waitingSince ?? a.updatedAt) - (b.waitingSince ?? b.updatedAt)
    : view === 'snoozed'
      ? (a.snoozedUntil ?? 0) - (b.snoozedUntil ?? 0)
      : b.updatedAt - a.updatedAt;

function loadFilters(): Filters {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Filters>;
    return { view: VIEWS.find((v) => v === saved.view) ?? 'waiting', language: saved.language ?? '', agent: saved.agent ?? '', status: saved.status ?? '', label: saved.label ?? '', team: saved.team ?? '' };
  } catch {
    return { view: 'waiting', language: '', agent: '', status: '', label: '', team: '' };
  }
}

type FilterName = Exclude<keyof Filters, 'view'>;
const FILTER_NAMES: FilterName[] = ['language', 'agent', 'status', 'label', 'team'];
const UNFILTERED = { language: '', agent: '', status: '', label: '', team: '' } satisfies Record<FilterName, string>;

/**
 * An empty list says why: the console is still loading (before the socket's first welcome it holds no
 * conversations, which is not "none"), the filters hide every row (they are kept across reloads, so say so and
 * offer to clear them), or the view is empty.
 */
function EmptyList({ loading, view, filtered, onClear }: { loading: boolean; view: View; filtered: boolean; onClear: () => void }) {
  if (loading) return <p class="empty" role="status">{t('inbox_loading')}</p>;
  if (!filtered) return <p class="empty">{t(`inbox_empty_${view}`)}</p>;
  return (
    <div class="empty">
      <p>{t('inbox_empty_filtered')}</p>
      <button type="button" class="btn btn-sm" onClick={onClear}>{t('filters_clear')}</button>
    </div>
  );
}

/** One filter of the list: its label read out only (the options say what they are), "all" first. */
function Filter({ name, label, filters, set, all, options }: { name: FilterName; label: string; filters: Filters; set: (patch: Partial<Filters>) => void; all: string; options: SelectOption[] }) {
  return (
    <div class="field">
      <Select id={`filter-${name}`} label={label} labelClass="sr-only" value={filters[name]} onChange={(v) => set({ [name]: v })} options={[{ value: '', label: all }, ...options]} />
    </div>
  );
}

function Row({ c, meId, s, unread, selected, now, onOpen, labels, teams }: { c: ConversationSummary; meId: string; s: DeskState; unread: Unread; selected: boolean; now: number; onOpen: () => void; labels: Label[]; teams: Team[] }) {
  const team = c.teamId ? teams.find((x) => x.id === c.teamId) : undefined;
  const count = unread.count(c, s);
  const waited = c.status === 'waiting' && c.waitingSince !== null ? now - c.waitingSince : null;
  const preview = rowPreview(c, s.messages[c.id]);
  // A chat with a ticket: its card's chunk is fetched when the pointer or focus reaches the row, before it opens.
  const ticketCard = () => void (s.tickets.some((x) => x.conversationId === c.id) && import('../TicketCard.tsx'));
  return (
    <li class={selected ? 'selected' : ''}>
      <button type="button" class="conversation-item" data-status={c.status} data-unread={count} aria-current={selected ? 'true' : undefined} onClick={onOpen} onPointerEnter={ticketCard} onFocus={ticketCard}>
        <span class="row-top">
          <strong class="visitor-name">{visitorName(c)}</strong>
          {waited !== null ? (
            <span class="wait" title={t('waiting_since', { time: formatWhen(c.waitingSince!) })}>{t('waited', { duration: formatDuration(waited) })}</span>
          ) : snoozed(c) ? (
            <span class="wake" data-testid="wake">{t('wakes', { time: formatWake(c.snoozedUntil!) })}</span>
          ) : (
            <time class="when" dateTime={new Date(c.updatedAt).toISOString()}>{formatWhen(c.updatedAt)}</time>
          )}
        </span>
        <span class="row-preview">
          <span class="preview">{preview ? `${preview.author === 'visitor' ? '' : `${t(`author_${preview.author}`)}: `}${previewText(preview)}` : t('no_messages')}</span>
          {count > 0 && <span class="badge badge-accent" aria-label={t('unread_count', { count })}>{count}</span>}
        </span>
        <span class="row-meta">
          <span class="badge" data-testid="language" data-chosen={c.spokenLocaleChosen || undefined} title={languageHead(c, document.documentElement.lang)}>{languageChip(c, document.documentElement.lang)}</span>
          {c.status !== 'waiting' && <span>{t(`status_${c.status}`)}</span>}
          {c.agentName && <><RowSep /><span>{holderName(c, meId)}</span></>}
          {c.rating && <span class="rating" aria-label={`${t('ctx_rating')} ${c.rating.score}/5`}>{'★'.repeat(c.rating.score)}</span>}
          {team && <><RowSep /><span class="row-team">{team.name}</span></>}
        </span>
        {c.labelIds.length > 0 && (
          <span class="row-labels">
            {c.labelIds.map((id) => labels.find((l) => l.id === id)).filter((l) => l !== undefined).map((l) => <span key={l.id} class="badge badge-info">{l.name}</span>)}
          </span>
        )}
      </button>
    </li>
  );
}

/**
 * The inbox: the views (queue, mine, all open, closed) as tabs, filters, the list, and the open conversation. The
 * status filter narrows All open only (the other views are one status each, so it could only contradict them).
 */
export default function Inbox({ me, client, state: s, param, navigate, unread, markSeen }: PageProps) {
  const [filters, showFilters] = useState(loadFilters);
  const [now, setNow] = useState(Date.now());
  const { labels, teams, loaded: teamsLoaded } = useTeams();
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000); // wait times move on
    return () => clearInterval(timer);
  }, []);
  const selected = param && s.conversations[param] ? s.conversations[param] : null;
  useEffect(() => {
    if (selected) client.watch(selected.id);
    client.view(selected?.id ?? null); // the other consoles showing it see this agent there
  }, [selected?.id, s.connection]);
  useEffect(() => () => client.view(null), []);
  const selectedWritten = selected ? (s.messages[selected.id] ?? []).length + selected.visitorMessages : 0;
  useEffect(() => {
    if (!selected) return;
    markSeen(selected.id);
    const seen = () => markSeen(selected.id);
    document.addEventListener('visibilitychange', seen);
    return () => document.removeEventListener('visibilitychange', seen);
  }, [selected?.id, selectedWritten]);

  const all = Object.values(s.conversations);
  const views = viewsOf(me);
  const view = views.includes(filters.view) ? filters.view : 'waiting'; // a Mine kept from before the role changed
  const matches = (c: ConversationSummary) =>
    (!filters.language || visitorLanguage(c) === filters.language) &&
    (!filters.agent || c.agentId === filters.agent) &&
    (!filters.status || view !== 'open' || c.status === filters.status) &&
    (!filters.label || c.labelIds.includes(filters.label)) &&
    (!filters.team || (filters.team === 'none' ? c.teamId === null : c.teamId === filters.team));
  // A conversation opened by its address (or from search) that the tab shown lacks: show the tab it is under — looked
  // at again once the teams arrive (until then every agent may take every team's chat, and the queue would hold it),
  // unless the agent chose a tab since it was opened (a tab clicked right after a reload stays, teams arriving or not).
  const tabChosenFor = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (selected && tabChosenFor.current === selected.id) return;
    const home = selected && !inView(view, selected, me, teams) ? views.find((v) => inView(v, selected, me, teams)) : undefined;
    if (home) set({ view: home });
  }, [selected?.id, teamsLoaded]);
  const list = all.filter((c) => inView(view, c, me, teams) && matches(c)).sort(order(view));
  const filtered = FILTER_NAMES.some((name) => filters[name] !== '' && (name !== 'status' || view === 'open'));
  const count = (v: View) => all.filter((c) => inView(v, c, me, teams)).length;
  // The chosen language stays an option (by its name) when no conversation in the list has it: a filter kept from another day.
  const languages = [...new Set([...all.map(visitorLanguage), ...(filters.language ? [filters.language] : [])])].sort();
  // Kept as they change, not in an effect after the next paint: a reload right after a click would lose the view chosen.
  const set = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch };
    showFilters(next);
    localStorage.setItem(KEY, JSON.stringify(next));
  };
  const [help, setHelp] = useState(false);
  // The `?` overlay is its own chunk, fetched when the pointer or focus reaches its button (or on `?`), shown once here.
  const [Help, setHelpView] = useState<typeof import('../ShortcutHelp.tsx').ShortcutHelp | null>(null);
  const loadHelp = () => import('../ShortcutHelp.tsx').then((m) => setHelpView(() => m.ShortcutHelp));
  const openHelp = () => void loadHelp().then(() => setHelp(true));
  const composerRef = useRef<HTMLTextAreaElement | null>(null);
  /** Opens the conversation `by` rows from `from` (the open one; the first row when it is not in the list); its row's index. */
  const step = (by: number, from = selected?.id) => {
    if (list.length === 0) return undefined;
    const at = list.findIndex((c) => c.id === from);
    const to = at < 0 ? 0 : Math.min(list.length - 1, Math.max(0, at + by));
    navigate('inbox', list[to]!.id);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.conversation-list [aria-current="true"]')?.scrollIntoView({ block: 'nearest' }));
    return to;
  };
  useShortcuts({ next: () => void step(1), previous: () => void step(-1), help: openHelp });
  // Snoozed or closed from its pane (Intercom's way): once it has left the view, the next chat of the list opens (the one
  // below, else above), or none: the pane closes and the empty list's sentence is true. A refusal leaves it in the view
  // and disarms the move (else the chat's next unrelated change, leaving the view, opened another chat).
  const leaving = useRef<{ id: string; next: string[] } | null>(null);
  const leave = (done: Promise<boolean>) => {
    const ids = list.map((c) => c.id);
    const at = ids.indexOf(selected?.id ?? '');
    const armed = at < 0 ? null : { id: ids[at]!, next: [...ids.slice(at + 1), ...ids.slice(0, at).reverse()] };
    leaving.current = armed;
    void done.then((ok) => {
      if (!ok && leaving.current === armed) leaving.current = null;
    });
  };
  useEffect(() => {
    const l = leaving.current;
    if (!l || (selected?.id === l.id && inView(view, selected, me, teams))) return;
    leaving.current = null;
    if (selected?.id === l.id) navigate('inbox', l.next.find((id) => list.some((c) => c.id === id))); // else another chat was opened meanwhile
  });
  // ↓ / ↑ on a row (the list has focus, so not while typing in the search or the composer): the next / previous row
  // from the focused one, opened and focused, as j / k; the page does not scroll.
  const onListKey = (e: KeyboardEvent) => {
    const by = direction(e, 'row_move');
    if (by === 0) return;
    const rows = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.conversation-item')];
    const at = rows.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    e.preventDefault();
    const to = step(by, list[at]!.id);
    if (to !== undefined) rows[to]?.focus();
  };
  return (
    <div class={`inbox${selected ? ' has-selection' : ''}`}>
      <h1 class="sr-only">{t('nav_inbox')}</h1>
      <section class="list-pane" aria-label={t('inbox_views')}>
        <Search nameOf={visitorName} meId={me.id} selectedId={selected?.id ?? null} onOpen={(c) => (client.show(c), navigate('inbox', c.id))} />
        <Tabs label={t('inbox_views')} value={view} onChange={(v) => { tabChosenFor.current = selected?.id ?? null; set({ view: v }); }} tabs={views.map((v) => ({ value: v, ...(v === 'snoozed' ? { title: t('view_snoozed') } : {}), children: <>
          {/* Snoozed is a clock (its name heard and on hover) with its count like Mine's: five words do not fit the 312 px list in every language. */}
          {v === 'snoozed' ? <><svg class="tab-icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="13" r="8" fill="none" stroke="currentColor" stroke-width="2" /><path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M12 9v4l2.5 2.5M5 3 2.5 5.5M19 3l2.5 2.5" /></svg><span class="sr-only">{t('view_snoozed')}</span></> : t(`view_${v}`)}
          {/* The queue is red for those who can take it; a viewer reads how many wait, a plain count. */}
          {(v === 'waiting' || v === 'mine' || v === 'snoozed') && count(v) > 0 && <span class={`badge${v === 'waiting' && !readOnly(me) ? ' badge-danger' : ''}`}><ShortCount n={count(v)} /></span>}
        </> }))} />
        <div class="filters">
          <Filter name="language" label={t('filter_language')} filters={filters} set={set} all={t('filter_all_languages')} options={languages.map((l) => ({ value: l, label: languageName(l, document.documentElement.lang) }))} />
          <Filter name="agent" label={t('filter_agent')} filters={filters} set={set} all={t('filter_all_agents')} options={s.agents.filter((a) => !readOnly(a) || a.id === filters.agent).map((a) => ({ value: a.id, label: a.name }))} />
          {view === 'open' && (
            <Filter name="status" label={t('filter_status')} filters={filters} set={set} all={t('filter_all_statuses')} options={STATUSES.filter((st) => st !== 'closed').map((st) => ({ value: st, label: t(`status_${st}`) }))} />
          )}
          <Filter name="label" label={t('filter_label')} filters={filters} set={set} all={t('filter_all_labels')} options={labels.map((l) => ({ value: l.id, label: l.name }))} />
          <Filter name="team" label={t('filter_team')} filters={filters} set={set} all={t('filter_all_teams')} options={[{ value: 'none', label: t('filter_no_team') }, ...teams.map((x) => ({ value: x.id, label: x.name }))]} />
          <button type="button" class="btn btn-sm btn-ghost help-button" aria-label={t('shortcuts_title')} title={t('shortcuts_title')} onPointerEnter={() => void loadHelp()} onFocus={() => void loadHelp()} onClick={openHelp}>?</button>
        </div>
        {list.length === 0 ? (
          <EmptyList loading={s.me === null} view={view} filtered={filtered} onClear={() => set(UNFILTERED)} />
        ) : (
          <ul class="conversation-list" onKeyDown={onListKey}>
            {list.map((c) => <Row key={c.id} c={c} meId={me.id} s={s} unread={unread} selected={c.id === selected?.id} now={now} onOpen={() => navigate('inbox', c.id)} labels={labels} teams={teams} />)}
          </ul>
        )}
      </section>
      {selected ? (
        <ConversationView client={client} state={s} me={me} conversation={selected} onBack={() => navigate('inbox')} onOpen={(id) => navigate('inbox', id)} onLeave={leave} composerRef={composerRef} />
      ) : (
        <section class="conversation empty">{t('pick_conversation')}</section>
      )}
      {Help && <Help open={help} onClose={() => setHelp(false)} readOnly={readOnly(me)} />}
    </div>
  );
}
