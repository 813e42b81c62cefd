/**
 * The script-tag loader: one small IIFE around ./core.ts; the frame part (./frame.ts) is fetched from
 * beside this file (loader-frame.js, an ES module) on intent. The snippet's queue keeps calls made before this
 * file arrived (`Kefu('init', {...})`, `Kefu('open')`); they are replayed in order, and a bad one is reported
 * on the console without stopping the rest. A second copy of the script does nothing.
 */
import { createKefu } from './core.ts';

interface KefuQueue {
  (command: string, ...args: unknown[]): unknown;
  q?: ArrayLike<unknown>[];
  loaded?: boolean;
}

const COMMANDS = ['init', 'open', 'close', 'toggle', 'identify', 'setLocale', 'on', 'shutdown'] as const;

function start(): void {
  const w = window as unknown as { Kefu?: KefuQueue };
  if (w.Kefu?.loaded) return;
  const queued = w.Kefu?.q ?? [];
  const src = (document.currentScript as HTMLScriptElement | null)?.src || location.href;
  const kefu = createKefu(src, () => import(/* @vite-ignore */ new URL('loader-frame.js', src).href) as Promise<typeof import('./frame.ts')>);
  const api: KefuQueue = (command, a?: any, b?: any) => {
    // An allow-list of the API's own methods: never a name reaching the prototype.
    if (!(COMMANDS as readonly string[]).includes(command)) throw new Error(`Kefu: command must be one of ${COMMANDS.join(', ')} (got "${String(command)}")`);
    return (kefu[command as (typeof COMMANDS)[number]] as (a: unknown, b: unknown) => unknown)(a, b);
  };
  api.loaded = true;
  w.Kefu = api;
  for (const args of queued) {
    try {
      api(...(Array.from(args) as [string]));
    } catch (e) {
      console.error(e);
    }
  }
}

start();
