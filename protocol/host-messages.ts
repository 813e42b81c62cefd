/**
 * Messages between the host page (loader) and the widget iframe, over postMessage; the same objects,
 * as JSON, between the full-page chat (/chat) and a native app (see widget/app/bridge.ts).
 * Both sides check `event.origin` and `event.source` and dispatch on `type` through a switch.
 * Types only: the loader must stay tiny, so these are checked by hand with `isHostToWidget` / `isWidgetToHost`.
 */
export const HOST_NS = 'kefu:v1' as const;

/** Longest signed identity token the host or app may pass on (the server verifies it). */
export const IDENTITY_MAX = 2048;

export type HostToWidget =
  | { ns: typeof HOST_NS; type: 'open' }
  | { ns: typeof HOST_NS; type: 'close' }
  | { ns: typeof HOST_NS; type: 'page'; url: string; title: string }
  /** A signed identity from the host's backend, opaque here: forwarded in the socket's `hello`. */
  | { ns: typeof HOST_NS; type: 'identify'; token: string }
  /**
   * The site's language for the chat (and the bot): it does not replace a language the visitor chose, or an agent chose
   * for them, unless `override` (the host's `setLocale(locale, { override: true })`).
   */
  | { ns: typeof HOST_NS; type: 'locale'; locale: string; override?: true }
  /** Forget the visitor (logout): the widget clears its storage and closes its socket, then says `forgotten`. */
  | { ns: typeof HOST_NS; type: 'shutdown' };

export type MessageAuthor = 'bot' | 'agent' | 'system';
export type WidgetStatus = 'bot' | 'waiting' | 'assigned' | 'closed';

export type WidgetToHost =
  | { ns: typeof HOST_NS; type: 'ready' }
  | { ns: typeof HOST_NS; type: 'close-requested' }
  /** Messages not yet seen while the chat was closed; `preview` is the latest one's start. */
  | { ns: typeof HOST_NS; type: 'unread'; count: number; preview: string | null }
  /** A new message from the bot, an agent or the system (never an echo of the visitor's own). */
  | { ns: typeof HOST_NS; type: 'message'; author: MessageAuthor; text: string }
  | { ns: typeof HOST_NS; type: 'state'; status: WidgetStatus }
  | { ns: typeof HOST_NS; type: 'forgotten' };

/** The longest preview / message text sent to the host. */
export const PREVIEW_MAX = 140;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

const isShortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

export function isHostToWidget(v: unknown): v is HostToWidget {
  if (!isRecord(v) || v.ns !== HOST_NS) return false;
  switch (v.type) {
    case 'open':
    case 'close':
    case 'shutdown':
      return true;
    case 'page':
      return isShortString(v.url, 2000) && isShortString(v.title, 300);
    case 'identify':
      return isShortString(v.token, IDENTITY_MAX) && v.token.length > 0;
    case 'locale':
      return isShortString(v.locale, 35) && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(v.locale) && (v.override === undefined || v.override === true);
    default:
      return false;
  }
}

export function isWidgetToHost(v: unknown): v is WidgetToHost {
  if (!isRecord(v) || v.ns !== HOST_NS) return false;
  switch (v.type) {
    case 'ready':
    case 'close-requested':
    case 'forgotten':
      return true;
    case 'unread':
      return typeof v.count === 'number' && Number.isInteger(v.count) && v.count >= 0 && (v.preview === null || isShortString(v.preview, PREVIEW_MAX));
    case 'message':
      return (v.author === 'bot' || v.author === 'agent' || v.author === 'system') && typeof v.text === 'string';
    case 'state':
      return v.status === 'bot' || v.status === 'waiting' || v.status === 'assigned' || v.status === 'closed';
    default:
      return false;
  }
}
