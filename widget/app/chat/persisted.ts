/**
 * What the widget keeps in the iframe origin's localStorage. An allow-list: only these fields are ever
 * written, so a new field never leaks by default. The token never goes into a URL.
 */
export interface OutboxItem {
  clientId: string;
  text: string;
  createdAt: number;
}
export interface PersistedState {
  token: string | null;
  outbox: OutboxItem[];
}

const KEY = 'kefu:v1';

export function loadState(storage: Storage | null): PersistedState {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return { token: null, outbox: [] };
    const r = raw as Record<string, unknown>;
    const outbox = Array.isArray(r.outbox)
      ? r.outbox.filter(
          (o): o is OutboxItem =>
            typeof o === 'object' && o !== null && typeof o.clientId === 'string' && typeof o.text === 'string' && typeof o.createdAt === 'number',
        )
      : [];
    return { token: typeof r.token === 'string' ? r.token : null, outbox };
  } catch {
    return { token: null, outbox: [] };
  }
}

export function saveState(storage: Storage | null, state: PersistedState): void {
  const allowed: PersistedState = {
    token: state.token,
    outbox: state.outbox.map(({ clientId, text, createdAt }) => ({ clientId, text, createdAt })),
  };
  try {
    storage?.setItem(KEY, JSON.stringify(allowed));
  } catch {
    // Storage full or blocked (private mode): the chat still works for this page view.
  }
}

/** Logout: nothing of the visitor is left in this origin's storage. */
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
