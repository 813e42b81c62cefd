import type { ComponentType } from 'preact';
import type { AgentInfo } from '../protocol/index.ts';
import type { DeskClient, DeskState } from './desk-client.ts';
import type { Unread } from './unread.ts';
import { needStrings } from './i18n.ts';

/** What every page gets: who is logged in, the live desk (socket state and actions), and navigation. */
export interface PageProps {
  me: AgentInfo;
  client: DeskClient;
  state: DeskState;
  /** The id after the page in the address (`#/inbox/<id>`), if any. */
  param: string | null;
  navigate(page: string, param?: string | null): void;
  /** The profile changed (name, language). */
  onMe(agent: AgentInfo): void;
  /** Unread counts per conversation (kept across reloads). */
  unread: Unread;
  /** The agent has this conversation on screen: its messages are seen. */
  markSeen(conversationId: string): void;
}

export interface PageDef {
  /** Its address: `#/<id>`. */
  id: string;
  /** The i18n key of its name in the navigation (console/locales/*.json). */
  title: string;
  /** Where it sits in the navigation; `admin` pages are listed, and open, for admins only. */
  section: 'desk' | 'admin' | 'me';
  /** An admin page a viewer opens too, read-only (the FAQ; Security shows them the audit log alone). */
  viewers?: true;
  /** A desk page without a count: on a phone it is under "More" (media.ts PHONE), not in the top bar. */
  underMoreOnPhone?: true;
  /** Loaded when first opened (its own chunk), so a page costs the console's first load nothing. */
  load(): Promise<{ default: ComponentType<PageProps> }>;
}

/** An admin screen's chunk and its strings (console/locales/admin/) in the console's language: the page shows once both are in. */
const withAdminStrings =
  <T>(chunk: () => Promise<T>) =>
  (): Promise<T> =>
    Promise.all([chunk(), needStrings('admin')]).then(([page]) => page);

/**
 * Every page of the console. Adding one is one line here (plus its title in the locale files): the navigation,
 * the address and the admin check follow. Pages take the full width beside the navigation.
 */
export const PAGES: readonly PageDef[] = [
  { id: 'inbox', title: 'nav_inbox', section: 'desk', load: () => import('./pages/Inbox.tsx') },
  { id: 'mentions', title: 'nav_mentions', section: 'desk', load: () => import('./pages/Mentions.tsx') },
  { id: 'tickets', title: 'nav_tickets', section: 'desk', underMoreOnPhone: true, load: () => import('./pages/Tickets.tsx') },
  { id: 'reports', title: 'nav_reports', section: 'desk', underMoreOnPhone: true, load: withAdminStrings(() => import('./pages/Reports.tsx')) },
  { id: 'faq', title: 'nav_faq', section: 'admin', viewers: true, load: withAdminStrings(() => import('./faq/FaqEditor.tsx')) },
  { id: 'faq-missed', title: 'nav_missed', section: 'admin', load: withAdminStrings(() => import('./faq/MissedQuestions.tsx')) },
  { id: 'agents', title: 'nav_agents', section: 'admin', load: withAdminStrings(() => import('./admin/Agents.tsx')) },
  { id: 'canned-replies', title: 'nav_canned', section: 'admin', load: withAdminStrings(() => import('./admin/CannedReplies.tsx')) },
  { id: 'teams', title: 'nav_teams', section: 'admin', load: withAdminStrings(() => import('./admin/Teams.tsx')) },
  { id: 'sites', title: 'nav_sites', section: 'admin', load: withAdminStrings(() => import('./admin/Sites.tsx')) },
  { id: 'webhooks', title: 'nav_webhooks', section: 'admin', load: withAdminStrings(() => import('./admin/Webhooks.tsx')) },
  { id: 'security', title: 'nav_security', section: 'admin', viewers: true, load: withAdminStrings(() => import('./admin/Security.tsx')) },
  { id: 'profile', title: 'nav_profile', section: 'me', load: () => import('./pages/Profile.tsx') },
];

export const DEFAULT_PAGE = 'inbox';

/** The page an address opens for this agent: unknown pages, and admin pages for agents (and viewers, but those they read), are null. */
export const pageFor = (id: string, me: AgentInfo): PageDef | null =>
  PAGES.find((p) => p.id === id && (p.section !== 'admin' || me.role === 'admin' || (me.role === 'viewer' && p.viewers === true))) ?? null;
