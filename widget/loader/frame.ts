/**
 * In the loader's second part (loader-frame.js, fetched on intent or when a greeting is due): the unread badge, the
 * greeting/preview bubble, the chat iframe (on the Kefu origin, created by `ensure`) and the messages with
 * it — open/close, the page the visitor is on (following SPA navigation, no polling), identity, language,
 * unread count and preview, events for the host, and the logout handshake. Messages go to the exact Kefu
 * origin and are accepted only from that iframe, through the protocol's hand-written guard.
 */
import { HOST_NS, isWidgetToHost } from '../../protocol/host-messages.ts';
import type { Launcher, Post } from './core.ts';
import { FRAME_CSS } from './launcher-css.ts';
import { dismissLabel } from './strings.ts';

/** The page URL goes to the current frame; the history methods are wrapped once per page. */
let onPage = () => {};
let tracking = false;

function trackHistory(): void {
  if (tracking) return;
  tracking = true;
  const changed = () => setTimeout(() => onPage()); // after the router has set the new title
  for (const k of ['pushState', 'replaceState'] as const) {
    const original = history[k];
    history[k] = function (this: History, ...args: Parameters<History['pushState']>) {
      original.apply(this, args);
      changed();
    };
  }
  addEventListener('popstate', changed);
}

/** Shown once per browser: true if it was already shown, else marks it. The only key written to the host's storage. */
function greeted(): boolean {
  try {
    if (localStorage['kefu:greeted']) return true;
    localStorage['kefu:greeted'] = 1;
  } catch {
    // storage blocked: show it this time
  }
  return false;
}

export function connectFrame(l: Launcher, origin: string) {
  const { o, shadow, button } = l;
  const locale = () => o.locale || navigator.language;
  let frame: HTMLIFrameElement | null = null;
  let ready = false;
  let leaving = false;
  // A setLocale over the visitor's choice, said when the widget can hear it (once: an iframe reload does not repeat it).
  let override = false;

  const sheet = new CSSStyleSheet();
  sheet.replaceSync(FRAME_CSS);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, parent: Node, cls = '') => {
    const node = parent.appendChild(document.createElement(tag));
    node.className = cls;
    return node;
  };
  const badge = el('span', button, 'c');
  badge.hidden = true;
  const note = el('div', shadow, 'n');
  note.ariaLive = 'polite';
  const noteText = el('button', note);
  const dismiss = el('button', note);
  dismiss.textContent = '×';
  const showNote = (text?: string | null) => {
    noteText.textContent = text!;
    note.hidden = !text;
  };
  showNote();
  const label = (unread = 0) => {
    const name = l.name(unread);
    if (frame) frame.title = name;
    badge.textContent = `${unread}`;
    badge.hidden = !unread;
    dismiss.ariaLabel = dismissLabel(locale());
  };
  label();

  const post = (m: Post) => {
    if (ready) frame?.contentWindow?.postMessage({ ns: HOST_NS, ...m }, origin);
  };
  // Origin and path only: a query or fragment can hold a card number or a token (`#access_token=…`).
  const sendPage = () => post({ type: 'page', url: (location.origin + location.pathname).slice(0, 2000), title: document.title.slice(0, 300) });
  onPage = sendPage;
  trackHistory();

  const ensure = () => {
    if (frame) return frame;
    const params = new URLSearchParams({ host: location.origin, locale: locale(), theme: o.theme || 'auto' });
    if (o.site) params.set('site', o.site);
    if (o.brandColor) params.set('brand', o.brandColor);
    if (o.sound) params.set('sound', '1');
    frame = shadow.appendChild(document.createElement('iframe'));
    frame.src = `${origin}/widget?${params}`;
    frame.allow = 'clipboard-write; autoplay';
    frame.hidden = true;
    frame.title = l.name();
    return frame;
  };

  const setOpen = (open: boolean) => {
    const f = ensure();
    if (open == l.isOpen || leaving) return;
    const focusInside = document.activeElement?.shadowRoot == shadow;
    l.isOpen = open;
    f.hidden = !open;
    button.ariaExpanded = `${open}`;
    post({ type: open ? 'open' : 'close' });
    if (open) {
      showNote();
      f.focus();
    } else if (focusInside) button.focus(); // focus was in the chat: back to the launcher
    l.emit(open ? 'open' : 'close');
  };

  const onMessage = (e: MessageEvent) => {
    const d: unknown = e.data;
    if (e.origin != origin || !frame || e.source != frame.contentWindow || !isWidgetToHost(d)) return;
    switch (d.type) {
      case 'ready': // also after the iframe reloads (a framework moved the launcher)
        ready = true;
        if (leaving) return post({ type: 'shutdown' });
        post({ type: l.isOpen ? 'open' : 'close' });
        post({ type: 'locale', locale: locale(), ...(override && { override: true as const }) });
        override = false;
        sendPage();
        if (l.token) post({ type: 'identify', token: l.token });
        return l.emit('ready');
      case 'close-requested':
        return setOpen(false);
      case 'unread':
        label(d.count);
        if (d.count && !l.isOpen) showNote(d.preview);
        return l.emit('unread', d.count);
      case 'message':
        return l.emit('message', { author: d.author, text: d.text });
      case 'forgotten':
        removeEventListener('message', onMessage);
        if (onPage == sendPage) onPage = () => {};
        return l.remove();
      case 'state':
        return;
    }
  };
  addEventListener('message', onMessage);
  dismiss.onclick = () => showNote();
  noteText.onclick = () => setOpen(true);

  return {
    ensure,
    setOpen,
    post,
    greet(text: string) {
      if (!l.isOpen && !greeted()) showNote(text);
    },
    setLocale(locale: string, force: boolean) {
      label(Number(badge.textContent));
      override = force && !ready;
      post({ type: 'locale', locale, ...(force && { override: true as const }) });
    },
    shutdown() {
      leaving = true;
      l.token = null;
      button.remove();
      note.remove();
      ensure().hidden = true;
      post({ type: 'shutdown' }); // else sent on `ready`
    },
  };
}
