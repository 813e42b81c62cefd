/**
 * loader.js, the script tag's part on every page of every host, kept minimal: it takes over the snippet's
 * queue, draws the launcher for the first `init`, and on intent (hover, focus, touch, click, a greeting
 * that is due, or a call that needs the chat: open, close, toggle, setLocale, shutdown) imports its second
 * part, loader-frame.js (./take-over.ts: the API, the badge, the greeting, the iframe), from its own
 * origin, beside itself. That part checks and runs every call so far, in order, reporting a bad one on the
 * console; from then on this file's `Kefu` passes calls straight to it (so a bad one throws). A second copy
 * of this file does nothing.
 */
import { drawLauncher } from './launcher.ts';
import type { Call, Queue, TakenOver } from './take-over.ts';

const w = window as unknown as { Kefu?: Queue };
if (!w.Kefu?.loaded) {
  const src = (document.currentScript as HTMLScriptElement).src;
  const calls: Call[] = [];
  let full: TakenOver | undefined;
  let loading: Promise<TakenOver | undefined> | undefined;
  let drawn = false;
  const load = () =>
    (loading ||= (import(/* @vite-ignore */ new URL('loader-frame.js', src).href) as Promise<typeof import('./take-over.ts')>).then(
      (m) => (full = m.takeOver(src, calls)),
      (e) => {
        loading = undefined; // offline: try again on the next intent
        console.error(e);
        return undefined;
      },
    ));
  const kefu: Queue = (...call: Call) => {
    if (full) return full.kefu(...call);
    calls.push(call);
    const [command, options] = call as [unknown, Record<string, any> | undefined];
    if (command == 'init' && !drawn) {
      drawn = true;
      try {
        call.d = drawLauncher({ ...options }, () => void load().then((f) => f?.ensure()), () => kefu('toggle'));
        if (options!.greeting) setTimeout(load, options!.greeting.delay * 1000 || 0);
      } catch {
        // options it cannot draw with: reported when the second part checks them
      }
    } else if (/^(open|close|toggle|setLocale|shutdown)$/.test(command as string)) load();
    if (command == 'on') return () => (call.r ? (call.r as () => void)() : (call.x = 1));
  };
  kefu.loaded = true;
  const queued = w.Kefu?.q || [];
  w.Kefu = kefu;
  for (const args of queued) kefu(...Array.from(args));
}
