import { setMaxListeners } from 'node:events';
import WebSocket from 'ws';

/** The DOM Storage interface over a Map: one per simulated browser, so each visitor has its own outbox. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

/**
 * Just enough of a browser for the widget's own ChatClient to run in Node: window/document event targets,
 * navigator.onLine, and a WebSocket (ws) that sends the page's Origin like a browser does.
 */
export function installBrowserGlobals(origin: string): void {
  const g = globalThis as Record<string, unknown>;
  g.window ??= new EventTarget();
  g.document ??= Object.assign(new EventTarget(), { visibilityState: 'visible' });
  // Every simulated visitor listens on the one shared window/document: not a leak.
  setMaxListeners(0, g.window as EventTarget, g.document as EventTarget);
  if (g.navigator === undefined) g.navigator = { onLine: true };
  class BrowserLikeWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { origin });
      this.on('error', () => undefined); // a browser reports failures as a close event; so does the widget's handler
    }
  }
  g.WebSocket = BrowserLikeWebSocket;
}
