/**
 * Messages between the host page (loader) and the widget iframe, over postMessage.
 * Both sides check `event.origin` and `event.source` and dispatch on `type` through a switch.
 * Types only: the loader must stay tiny, so these are checked by hand with `isHostToWidget` / `isWidgetToHost`.
 */
export const HOST_NS = 'kefu:v1' as const;

export type HostToWidget =
  | { ns: typeof HOST_NS; type: 'open' }
  | { ns: typeof HOST_NS; type: 'close' }
  | { ns: typeof HOST_NS; type: 'page'; url: string; title: string };

export type WidgetToHost =
  | { ns: typeof HOST_NS; type: 'ready' }
  | { ns: typeof HOST_NS; type: 'close-requested' }
  | { ns: typeof HOST_NS; type: 'unread'; count: number };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function isHostToWidget(v: unknown): v is HostToWidget {
  if (!isRecord(v) || v.ns !== HOST_NS) return false;
  switch (v.type) {
    case 'open':
    case 'close':
      return true;
    case 'page':
      return typeof v.url === 'string' && v.url.length <= 2000 && typeof v.title === 'string' && v.title.length <= 300;
    default:
      return false;
  }
}

export function isWidgetToHost(v: unknown): v is WidgetToHost {
  if (!isRecord(v) || v.ns !== HOST_NS) return false;
  switch (v.type) {
    case 'ready':
    case 'close-requested':
      return true;
    case 'unread':
      return typeof v.count === 'number' && Number.isInteger(v.count) && v.count >= 0;
    default:
      return false;
  }
}
