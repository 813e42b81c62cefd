/**
 * The host-page loader: one small IIFE, no framework. It draws the launcher button and creates the chat
 * iframe (on the Kefu origin) only on intent — hover, focus or click. Calls made through the snippet's
 * queue (`Kefu('init', {...})`, `Kefu('open')`) before this file arrived are replayed in order.
 */
import { HOST_NS, isWidgetToHost, type HostToWidget } from '../../protocol/host-messages.ts';
import { loaderStrings } from './strings.ts';

interface InitOptions {
  site?: string;
  locale?: string;
}
type Command = 'init' | 'open' | 'close';
interface KefuFn {
  (command: Command, options?: InitOptions): void;
  q?: IArguments[];
  loaded?: boolean;
}

const w = window as unknown as { Kefu?: KefuFn };

function start(): void {
  if (w.Kefu?.loaded) return; // idempotent: a second copy of the script does nothing
  const queued = w.Kefu?.q ?? [];
  const script = document.currentScript as HTMLScriptElement | null;
  const kefuOrigin = new URL(script?.src ?? location.href, location.href).origin;

  let options: InitOptions | null = null;
  let button: HTMLButtonElement | null = null;
  let frame: HTMLIFrameElement | null = null;
  let frameReady = false;
  let isOpen = false;

  const post = (message: HostToWidget) => {
    if (frame?.contentWindow && frameReady) frame.contentWindow.postMessage(message, kefuOrigin);
  };

  const ensureFrame = () => {
    if (frame || !options) return;
    const params = new URLSearchParams({ host: location.origin, locale: options.locale ?? navigator.language });
    if (options.site) params.set('site', options.site);
    frame = document.createElement('iframe');
    frame.src = `${kefuOrigin}/widget?${params}`;
    frame.title = loaderStrings(options.locale ?? navigator.language)[0];
    frame.setAttribute('allow', 'clipboard-write');
    Object.assign(frame.style, {
      position: 'fixed', insetBlockEnd: '88px', insetInlineEnd: '16px', width: 'min(380px, calc(100vw - 32px))',
      height: 'min(600px, calc(100vh - 112px))', border: '0', borderRadius: '12px', zIndex: '2147483646',
      boxShadow: '0 8px 32px rgba(0,0,0,.25)', display: 'none', colorScheme: 'normal', background: '#fff',
    });
    document.body.appendChild(frame);
  };

  const setOpen = (open: boolean) => {
    ensureFrame();
    if (!frame || !button) return;
    isOpen = open;
    frame.style.display = open ? 'block' : 'none';
    button.setAttribute('aria-expanded', String(open));
    post({ ns: HOST_NS, type: open ? 'open' : 'close' });
    if (!open) button.focus();
  };

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== kefuOrigin || !frame || event.source !== frame.contentWindow || !isWidgetToHost(event.data)) return;
    switch (event.data.type) {
      case 'ready':
        frameReady = true;
        post({ ns: HOST_NS, type: isOpen ? 'open' : 'close' });
        post({ ns: HOST_NS, type: 'page', url: location.href, title: document.title });
        break;
      case 'close-requested':
        setOpen(false);
        break;
      case 'unread':
        button?.setAttribute('data-unread', String(event.data.count));
        break;
    }
  });

  const init = (o: InitOptions = {}) => {
    if (options) return;
    options = o;
    button = document.createElement('button');
    button.type = 'button';
    button.id = 'kefu-launcher';
    button.setAttribute('aria-label', loaderStrings(o.locale ?? navigator.language)[0]);
    button.setAttribute('aria-expanded', 'false');
    button.textContent = '💬';
    Object.assign(button.style, {
      position: 'fixed', insetBlockEnd: '16px', insetInlineEnd: '16px', width: '56px', height: '56px',
      borderRadius: '50%', border: '0', background: '#1d4ed8', color: '#fff', fontSize: '26px',
      cursor: 'pointer', zIndex: '2147483647', boxShadow: '0 4px 16px rgba(0,0,0,.3)',
    });
    for (const intent of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(intent, ensureFrame, { once: true, passive: true });
    button.addEventListener('click', () => setOpen(!isOpen));
    document.body.appendChild(button);
  };

  const api: KefuFn = (command, arg) => {
    switch (command) {
      case 'init':
        return init(arg);
      case 'open':
        return setOpen(true);
      case 'close':
        return setOpen(false);
      default:
        throw new Error(`Kefu: unknown command "${String(command)}"`);
    }
  };
  api.loaded = true;
  w.Kefu = api;
  for (const args of queued) api(args[0], args[1]);
}

start();
