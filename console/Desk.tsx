import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AgentInfo, ConversationSummary } from '../protocol/index.ts';
import { api } from './api.ts';
import { Admin } from './Admin.tsx';
import { ConversationView } from './ConversationView.tsx';
import { DeskClient } from './desk-client.ts';
import { beep, setTitleBadge } from './notify.ts';

type Tab = 'waiting' | 'mine' | 'open' | 'tickets' | 'closed' | 'admin';
const TAB_NAMES: Record<Tab, string> = { waiting: 'Waiting', mine: 'Mine', open: 'All open', tickets: 'Tickets', closed: 'Closed', admin: 'Admin' };

function inTab(tab: Tab, c: ConversationSummary, me: AgentInfo): boolean {
  switch (tab) {
    case 'waiting':
      return c.status === 'waiting';
    case 'mine':
      return c.status === 'assigned' && c.agentId === me.id;
    case 'open':
      return c.status !== 'closed';
    case 'closed':
      return c.status === 'closed';
    default:
      return false;
  }
}

export function Desk({ me, onLogout }: { me: AgentInfo; onLogout: () => void }) {
  const client = useMemo(() => new DeskClient(() => beep()), []);
  const [s, setState] = useState(client.state);
  const [tab, setTab] = useState<Tab>('waiting');
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    const off = client.subscribe(setState);
    client.start();
    return () => {
      off();
      client.stop();
    };
  }, [client]);

  const all = Object.values(s.conversations).sort((a, b) => b.updatedAt - a.updatedAt);
  const waiting = all.filter((c) => c.status === 'waiting').length;
  useEffect(() => setTitleBadge(waiting), [waiting]);
  useEffect(() => {
    if (s.connection === 'closed') onLogout();
  }, [s.connection]);

  const agent = s.me ?? me;
  const logout = async () => {
    await api('POST', '/api/v1/auth/logout');
    client.stop();
    onLogout();
  };
  const open = (id: string) => {
    setSelected(id);
    client.watch(id);
  };
  const tabs: Tab[] = agent.role === 'admin' ? ['waiting', 'mine', 'open', 'tickets', 'closed', 'admin'] : ['waiting', 'mine', 'open', 'tickets', 'closed'];

  return (
    <div class="desk">
      <header>
        <h1>Kefu console</h1>
        <span class="connection" data-state={s.connection}>{s.connection}</span>
        <label>
          {agent.name}{' '}
          <select aria-label="Presence" value={agent.presence === 'away' ? 'away' : 'online'} onChange={(e) => client.presence(e.currentTarget.value as 'online' | 'away')}>
            <option value="online">Online</option>
            <option value="away">Away</option>
          </select>
        </label>
        <button type="button" class="btn btn-sm btn-ghost" onClick={logout}>Log out</button>
      </header>
      <nav role="tablist" class="tabs">
        {tabs.map((t) => (
          <button type="button" role="tab" class="tab" aria-selected={tab === t} key={t} onClick={() => setTab(t)}>
            {TAB_NAMES[t]}
            {t === 'waiting' && waiting > 0 && <span class="badge badge-danger">{waiting}</span>}
          </button>
        ))}
      </nav>
      <div class="panes">
        <section class="list" aria-label={TAB_NAMES[tab]}>
          {tab === 'admin' ? (
            <Admin me={agent} agents={s.agents} />
          ) : tab === 'tickets' ? (
            <ul>
              {s.tickets.map((t) => (
                <li key={t.id} class="ticket">
                  <button type="button" onClick={() => open(t.conversationId)}>
                    <strong>{t.contact}</strong> <span>{new Date(t.createdAt).toLocaleString()}</span>
                    <p>{t.text}</p>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <ul>
              {all.filter((c) => inTab(tab, c, agent)).map((c) => (
                <li key={c.id} class={c.id === selected ? 'selected' : ''}>
                  <button type="button" class="conversation-item" data-status={c.status} onClick={() => open(c.id)}>
                    <strong>{c.status}</strong> {c.locale} {c.agentName ? `· ${c.agentName}` : ''}
                    <span class="when">{new Date(c.updatedAt).toLocaleTimeString()}</span>
                    {c.rating && <span class="rating">{'★'.repeat(c.rating.score)}</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        {selected && s.conversations[selected] ? (
          <ConversationView client={client} state={s} me={agent} conversation={s.conversations[selected]!} />
        ) : (
          <section class="conversation empty">Pick a conversation.</section>
        )}
      </div>
    </div>
  );
}
