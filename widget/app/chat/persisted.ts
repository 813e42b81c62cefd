/**
 * What the widget keeps in the iframe origin's localStorage. An allow-list: only these fields are ever
 * written, so a new field never leaks by default. The token never goes into a URL.
 */
export interface OutboxItem {
  clientId: string;
  text: string;
  createdAt: number;
}
/**
 * The visitor's own last choice of language on this device for one site (the widget's `site`): their next
 * conversations there start in it. Never the site's or an agent's choice; nothing personal.
 */
export interface KeptLanguage {
  site: string | null;
  locale: string;
}
export interface PersistedState {
  token: string | null;
  outbox: OutboxItem[];
  /** One kept language per site, the latest chosen last; at most KEPT_SITES (the longest unchanged dropped). */
  languages: KeptLanguage[];
}

const KEY = 'kefu:v1';
/** The sites a device keeps a language for (the iframe's storage is the Kefu origin's, shared by every site embedding it). */
export const KEPT_SITES = 8;
const empty = (): PersistedState => ({ token: null, outbox: [], languages: [] });
/** A language tag's longest form (BCP 47 as the protocol takes it); anything else in storage is ignored. */
const TAG_MAX = 35;

function keptLanguage(value: unknown): KeptLanguage | null {
  if (typeof value !== 'object' || value === null) return null;
  const { site, locale } = value as Record<string, unknown>;
  if (typeof locale !== 'string' || locale.length === 0 || locale.length > TAG_MAX) return null;
  return site === null || typeof site === 'string' ? { site, locale } : null;
}

/** The kept languages as stored; before, a device kept one (`language`), which becomes the only one. */
function keptLanguages(r: Record<string, unknown>): KeptLanguage[] {
  const stored: unknown[] = Array.isArray(r.languages) ? r.languages : [r.language];
  let kept: KeptLanguage[] = [];
  for (const k of stored.map(keptLanguage)) if (k) kept = keepLanguage(kept, k.site, k.locale);
  return kept;
}

/** The language kept for `site`, if any. */
export const keptFor = (languages: readonly KeptLanguage[], site: string | null): string | null => languages.find((k) => k.site === site)?.locale ?? null;

/** `site`'s kept language set (the latest, last) or forgotten (null); past KEPT_SITES the longest unchanged goes. */
export function keepLanguage(languages: readonly KeptLanguage[], site: string | null, locale: string | null): KeptLanguage[] {
  const others = languages.filter((k) => k.site !== site);
  return locale === null ? others : [...others, { site, locale }].slice(-KEPT_SITES);
}

export function loadState(storage: Storage | null): PersistedState {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return empty();
    const r = raw as Record<string, unknown>;
    const outbox = Array.isArray(r.outbox)
      ? r.outbox.filter(
          (o): o is OutboxItem =>
            typeof o === 'object' && o !== null && typeof o.clientId === 'string' && typeof o.text === 'string' && typeof o.createdAt === 'number',
        )
      : [];
    return { token: typeof r.token === 'string' ? r.token : null, outbox, languages: keptLanguages(r) };
  } catch {
    return empty();
  }
}

export function saveState(storage: Storage | null, state: PersistedState): void {
  const allowed: PersistedState = {
    token: state.token,
    outbox: state.outbox.map(({ clientId, text, createdAt }) => ({ clientId, text, createdAt })),
    languages: state.languages.map(({ site, locale }) => ({ site, locale })),
  };
  try {
    storage?.setItem(KEY, JSON.stringify(allowed));
  } catch {
    // Storage full or blocked (private mode): the chat still works for this page view.
  }
}

/** Logout: nothing of the visitor is left in this origin's storage (their kept languages neither). */
export function clearState(storage: Storage | null): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // blocked storage holds nothing
  }
}

/** localStorage when the browser lets the iframe use it (third-party storage may be blocked). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
