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
 * The visitor's own last choice of language on this device, for the site it was made on (the widget's `site`): their
 * next conversations there start in it. Never the site's or an agent's choice; nothing personal.
 */
export interface KeptLanguage {
  site: string | null;
  locale: string;
}
export interface PersistedState {
  token: string | null;
  outbox: OutboxItem[];
  language: KeptLanguage | null;
}

const KEY = 'kefu:v1';
const EMPTY: PersistedState = { token: null, outbox: [], language: null };
/** A language tag's longest form (BCP 47 as the protocol takes it); anything else in storage is ignored. */
const TAG_MAX = 35;

function keptLanguage(value: unknown): KeptLanguage | null {
  if (typeof value !== 'object' || value === null) return null;
  const { site, locale } = value as Record<string, unknown>;
  if (typeof locale !== 'string' || locale.length === 0 || locale.length > TAG_MAX) return null;
  return site === null || typeof site === 'string' ? { site, locale } : null;
}

export function loadState(storage: Storage | null): PersistedState {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return { ...EMPTY, outbox: [] };
    const r = raw as Record<string, unknown>;
    const outbox = Array.isArray(r.outbox)
      ? r.outbox.filter(
          (o): o is OutboxItem =>
            typeof o === 'object' && o !== null && typeof o.clientId === 'string' && typeof o.text === 'string' && typeof o.createdAt === 'number',
        )
      : [];
    return { token: typeof r.token === 'string' ? r.token : null, outbox, language: keptLanguage(r.language) };
  } catch {
    return { ...EMPTY, outbox: [] };
  }
}

export function saveState(storage: Storage | null, state: PersistedState): void {
  const allowed: PersistedState = {
    token: state.token,
    outbox: state.outbox.map(({ clientId, text, createdAt }) => ({ clientId, text, createdAt })),
    language: state.language && { site: state.language.site, locale: state.language.locale },
  };
  try {
    storage?.setItem(KEY, JSON.stringify(allowed));
  } catch {
    // Storage full or blocked (private mode): the chat still works for this page view.
  }
}

/** Logout: nothing of the visitor is left in this origin's storage (their kept language neither). */
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
