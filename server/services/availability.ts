import type { Channels, Reach, SiteSettings, SiteSettingsView, SitesFile } from '../../protocol/index.ts';
import type { ServiceTime, SiteStore } from '../storage/site-types.ts';
import { opening } from '../sites/hours.ts';

/** The site used for a visitor who names none, or one that is not configured. */
export const DEFAULT_SITE = 'default';
/** Fewer measured chats than this: no figure is claimed (the widget says what it knows without a number). */
export const MIN_SAMPLES = 3;
const SAMPLE_WINDOW_MS = 14 * 24 * 3600_000;
const SAMPLE_LIMIT = 200;
const CACHE_MS = 15_000;

/** Medians of recent chats (seconds): the wait until an agent took one, and how long the agent had it. */
export interface ServiceFigures {
  waitSec: number | null;
  handleSec: number | null;
}

const median = (xs: number[]) => {
  if (xs.length < MIN_SAMPLES) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return Math.round((s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2) / 1000);
};

export function serviceFigures(times: readonly ServiceTime[]): ServiceFigures {
  return {
    waitSec: median(times.map((t) => t.waitedMs)),
    handleSec: median(times.flatMap((t) => (t.handledMs === null ? [] : [t.handledMs]))),
  };
}

/**
 * The wait of the n-th in line (seconds), or undefined until there is enough to measure it by: the typical
 * wait for a claim, plus a share of a typical chat's handling for each one ahead, spread over the free-able
 * chat slots of the agents online who answer it (its team's, else everyone's: the sum of their concurrent-chat limits).
 */
export function estimateWaitSec(position: number, slots: number, f: ServiceFigures): number | undefined {
  const perAhead = f.handleSec === null ? null : f.handleSec / Math.max(1, slots);
  if (f.waitSec !== null) return Math.round(f.waitSec + (position - 1) * (perAhead ?? f.waitSec));
  return perAhead === null ? undefined : Math.round(position * perAhead);
}

/**
 * The truth the widget tells: online (within hours, someone online) with the typical reply time, or away —
 * closed (outside hours) until the next opening, or nobody online within hours (no known return).
 */
export function reachOf(settings: SiteSettings | null, agentsOnline: number, figures: ServiceFigures, now: number): Reach {
  const o = settings?.hours ? opening(settings.hours, now) : null;
  if (o && !o.open) return { kind: 'away', reason: 'closed', backAt: o.opensAt };
  const until = o?.open ? { until: o.closesAt } : {};
  if (agentsOnline === 0) return { kind: 'away', reason: 'nobody', backAt: null, ...until };
  return { kind: 'online', replySec: figures.waitSec, ...until };
}

export interface Availability {
  /** The settings in force for a site (the database's, else the file's), and where they come from. */
  view(site: string): Promise<SiteSettingsView>;
  /** Every site with settings: in the file or in the database. */
  siteIds(): Promise<string[]>;
  /** The settings for a conversation's site (null or unknown: the `default` site's), or null when none. */
  settingsFor(site: string | null): Promise<SiteSettings | null>;
  channelsFor(site: string | null): Promise<Channels | undefined>;
  /**
   * How long a conversation may stay idle, in ms (0: never), by its site's settings like `settingsFor` (own, else
   * the `default` site's, else `configuredMs`): the sites whose time differs from the rest's, and the rest's.
   */
  idleCloseMs(configuredMs: number): Promise<{ bySite: Map<string, number>; otherwise: number }>;
  figures(): Promise<ServiceFigures>;
  /** A chat was measured here: the next figures are read afresh (other nodes' within 15 s). */
  measured(): void;
  save(site: string, settings: SiteSettings, agentId: string): Promise<SiteSettingsView>;
  reset(site: string): Promise<SiteSettingsView>;
}

export function createAvailability(deps: { store: SiteStore; file: SitesFile; now?: () => number }): Availability {
  const { store, file } = deps;
  const now = deps.now ?? Date.now;
  const cache = new Map<string, { at: number; value: Promise<SiteSettingsView> }>();
  let figures: { at: number; value: Promise<ServiceFigures> } | null = null;

  async function load(site: string): Promise<SiteSettingsView> {
    const stored = await store.getSiteSettings(site);
    if (stored) return { site, source: 'database', settings: stored.settings, updatedAt: stored.updatedAt };
    const fromFile = file[site];
    return fromFile ? { site, source: 'file', settings: fromFile, updatedAt: null } : { site, source: 'none', settings: { channels: { phones: [], social: [] } }, updatedAt: null };
  }

  const availability: Availability = {
    view(site) {
      const hit = cache.get(site);
      if (hit && now() - hit.at < CACHE_MS) return hit.value;
      const value = load(site);
      value.catch(() => cache.delete(site));
      cache.set(site, { at: now(), value });
      return value;
    },
    async siteIds() {
      return [...new Set([...Object.keys(file), ...(await store.storedSites())])].sort();
    },
    async settingsFor(site) {
      const own = site ? await availability.view(site) : null;
      if (own && own.source !== 'none') return own.settings;
      const fallback = await availability.view(DEFAULT_SITE);
      return fallback.source === 'none' ? null : fallback.settings;
    },
    async channelsFor(site) {
      const c = (await availability.settingsFor(site))?.channels;
      return c && (c.phones.length || c.social.length || c.email || c.helpCenter) ? c : undefined;
    },
    async idleCloseMs(configuredMs) {
      const of = (v: SiteSettingsView, fallback: number) => (v.source === 'none' || v.settings.idleCloseMinutes === undefined ? fallback : v.settings.idleCloseMinutes * 60_000);
      const otherwise = of(await availability.view(DEFAULT_SITE), configuredMs);
      const bySite = new Map<string, number>();
      for (const site of await availability.siteIds()) {
        const view = await availability.view(site);
        const ms = of(view, configuredMs);
        if (site !== DEFAULT_SITE && view.source !== 'none' && ms !== otherwise) bySite.set(site, ms);
      }
      return { bySite, otherwise };
    },
    figures() {
      if (figures && now() - figures.at < CACHE_MS) return figures.value;
      const value = store.recentServiceTimes(now() - SAMPLE_WINDOW_MS, SAMPLE_LIMIT).then(serviceFigures);
      value.catch(() => (figures = null));
      figures = { at: now(), value };
      return value;
    },
    measured() {
      figures = null;
    },
    async save(site, settings, agentId) {
      await store.putSiteSettings(site, settings, agentId);
      cache.delete(site);
      return availability.view(site);
    },
    async reset(site) {
      await store.deleteSiteSettings(site);
      cache.delete(site);
      return availability.view(site);
    },
  };
  return availability;
}
